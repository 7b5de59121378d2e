/**
 * The access token, kept in sessionStorage (gone when the tab closes) until it expires.
 * Nothing else of the person is stored in the browser.
 */
export interface Session {
  accessToken: string;
  expiresAt: string;
}

const KEY = 'zyklus.session';
const listeners = new Set<() => void>();

export function readSession(now = Date.now()): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.accessToken !== 'string' || Date.parse(session.expiresAt) <= now) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

export function clearSession(): void {
  if (sessionStorage.getItem(KEY) === null) return;
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: called whenever the session starts or ends. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
