import { Language } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { Role } from './role';

/** What other contexts may read of a person to write to them. */
export interface MailContact {
  id: string;
  name: string;
  email: string;
  preferredLanguage: Language;
}

/**
 * The people's table as other contexts read it, in the caller's transaction: they call these
 * functions instead of writing SQL against `person`.
 */
export const PersonDirectory = {
  /** Name, address and language of these people (erased ones left out: never mailed again). */
  async contacts(manager: EntityManager, ids: readonly string[]): Promise<MailContact[]> {
    if (!ids.length) return [];
    const rows = await manager.query<
      { id: string; name: string; email: string; preferred_language: Language }[]
    >(
      `SELECT id, name, email, preferred_language FROM person
        WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      preferredLanguage: r.preferred_language,
    }));
  },

  /** The ids of everyone holding a stored role, ascending. */
  async withRole(manager: EntityManager, role: Role): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM person
        WHERE roles && ARRAY[$1]::varchar[] AND erased_at IS NULL ORDER BY id`,
      [role],
    );
    return rows.map((r) => r.id);
  },
};
