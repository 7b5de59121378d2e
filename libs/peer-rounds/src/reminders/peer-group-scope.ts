import { cohortsSql } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { ReminderScopeOption, ReminderScopeSpec } from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { PeerGroupStatus } from '../peer-enums';

interface GroupRow {
  id: string;
  name: string;
  status: PeerGroupStatus;
  numbers: number[];
}

const list = (language: Language, items: string[]) =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(items);

/** "Runde Nord (5. und 6. Durchgang)", "Runde Süd (cohort 7, ended)". */
function labelOf(group: GroupRow, language: Language): string {
  const de = language === Language.DE;
  const parts: string[] = [];
  if (group.numbers.length) {
    parts.push(
      de
        ? `${list(
            language,
            group.numbers.map((n) => `${n}.`),
          )} Durchgang`
        : `${group.numbers.length === 1 ? 'cohort' : 'cohorts'} ${list(language, group.numbers.map(String))}`,
    );
  }
  if (group.status === PeerGroupStatus.ENDED) parts.push(de ? 'beendet' : 'ended');
  return parts.length ? `${group.name} (${parts.join(', ')})` : group.name;
}

/**
 * The scope of peer-round rules: one peer group of the programme ("for this group, remind the
 * members 2 days before each round"). Program managers choose it by the group's name and the
 * cohorts it draws from; groups still forming or active first, ended ones last.
 */
export const PEER_GROUP_SCOPE: ReminderScopeSpec = {
  description: 'peer group',
  label: { de: 'Gruppe der Kollegialen Runden', en: 'peer group' },
  contains: async (manager: EntityManager, programmeId: string, scopeId: string) =>
    (
      await manager.query<unknown[]>(
        `SELECT 1 FROM peer_group WHERE id = $1 AND programme_id = $2`,
        [scopeId, programmeId],
      )
    ).length > 0,
  options: async (
    manager: EntityManager,
    programmeId: string,
    language: Language,
  ): Promise<ReminderScopeOption[]> => {
    const groups = await manager.query<GroupRow[]>(
      `SELECT g.id, g.name, g.status,
              COALESCE(array_agg(c.number ORDER BY c.number)
                         FILTER (WHERE c.number IS NOT NULL), '{}') AS numbers
         FROM peer_group g
         LEFT JOIN peer_group_cohort gc ON gc.group_id = g.id
         LEFT JOIN ${cohortsSql.cohorts} c ON c.id = gc.cohort_id
        WHERE g.programme_id = $1
        GROUP BY g.id
        ORDER BY g.status = '${PeerGroupStatus.ENDED}', g.name, g.id`,
      [programmeId],
    );
    return groups.map((g) => ({ id: g.id, label: labelOf(g, language) }));
  },
};
