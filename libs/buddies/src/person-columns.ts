import { Language } from '@zyklus/common';
import { PersonRow, Role } from '@zyklus/identity';

/** The columns `personColumns(alias, prefix)` selects, as the driver returns them. */
export type PersonColumns<P extends string> = Record<
  `${P}_id` | `${P}_name` | `${P}_email`,
  string
> &
  Record<`${P}_language`, Language> &
  Record<`${P}_roles`, Role[]> &
  Record<`${P}_last_signed_in_at`, Date | null> &
  Record<`${P}_created_at`, Date>;

/** SELECT list of a person's row (table alias `alias`) with column names prefixed `prefix_`. */
export const personColumns = (alias: string, prefix: string) => `
         ${alias}.id AS ${prefix}_id, ${alias}.name AS ${prefix}_name,
         ${alias}.email AS ${prefix}_email, ${alias}.preferred_language AS ${prefix}_language,
         ${alias}.roles AS ${prefix}_roles, ${alias}.last_signed_in_at AS ${prefix}_last_signed_in_at,
         ${alias}.created_at AS ${prefix}_created_at`;

/** The person of a row read with `personColumns(…, prefix)`. */
export function personOf<P extends string>(row: PersonColumns<P>, prefix: P): PersonRow {
  const columns = row as unknown as Record<string, unknown>;
  const column = <T>(name: string) => columns[`${prefix}_${name}`] as T;
  return {
    id: column<string>('id'),
    name: column<string>('name'),
    email: column<string>('email'),
    preferredLanguage: column<Language>('language'),
    roles: column<Role[]>('roles'),
    lastSignedInAt: column<Date | null>('last_signed_in_at'),
    createdAt: column<Date>('created_at'),
  };
}
