import type { AttendanceStatus, RecordAttendanceInput } from '../../gql/graphql';

/** Cell key: workshop and participation. */
export const cellKey = (workshopId: string, participationId: string) =>
  `${workshopId}/${participationId}`;

/** The changed cells, grouped by workshop, as the one matrix mutation takes them. */
export function changesByWorkshop(
  edits: ReadonlyMap<string, AttendanceStatus>,
  original: ReadonlyMap<string, AttendanceStatus | null>,
): RecordAttendanceInput[] {
  const byWorkshop = new Map<string, RecordAttendanceInput>();
  for (const [key, status] of edits) {
    if (original.get(key) === status) continue;
    const [workshopId = '', participationId = ''] = key.split('/');
    const item = byWorkshop.get(workshopId) ?? { workshopId, entries: [] };
    item.entries.push({ participationId, status });
    byWorkshop.set(workshopId, item);
  }
  return [...byWorkshop.values()];
}
