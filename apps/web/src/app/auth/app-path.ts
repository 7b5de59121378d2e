/**
 * A page of this app to return to after signing in, or null: only a path with one leading
 * slash (never `//host` or `/\host`, which would leave the app), like the server checks for
 * the `next` of a sign-in link.
 */
export function appPath(value: string | null | undefined): string | null {
  if (!value || !/^\/(?![/\\])[^\\\s\p{Cc}]*$/u.test(value)) return null;
  return value.startsWith('/sign-in') ? null : value;
}
