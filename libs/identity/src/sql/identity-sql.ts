/**
 * The identity context's `person` table as other contexts' SQL may join it (README "Layout";
 * `table-ownership.spec.ts` enforces it): a parenthesised SELECT with stable column names, used
 * after FROM or JOIN with an alias. PostgreSQL folds it into the caller's statement. To read
 * people in a statement of their own, use `PersonDirectory`.
 */
export const identitySql = {
  /**
   * People: id, name, email, preferred_language, roles, last_signed_in_at, erased_at,
   * created_at. Erased people are in it (their name and address already replaced).
   */
  people: `(SELECT id, name, email, preferred_language, roles, last_signed_in_at, erased_at,
                   created_at
              FROM person)`,
} as const;
