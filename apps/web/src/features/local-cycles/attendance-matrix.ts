import type {
  LocalAttendanceCellInput,
  LocalAttendanceStatus,
  LocalCycleViewFragment,
} from '../../gql/graphql';

/** One cell of the matrix: a status (or none yet) and an optional head count. */
export interface MatrixCell {
  status: LocalAttendanceStatus | null;
  headCount: number | null;
}

const EMPTY: MatrixCell = { status: null, headCount: null };

/** Cell key: local workshop and initiative. */
export const cellKey = (workshopId: string, initiativeId: string) =>
  `${workshopId}/${initiativeId}`;

/** The saved cells of a cycle by key. */
export function savedCells(attendance: LocalCycleViewFragment['attendance']) {
  return new Map<string, MatrixCell>(
    attendance.map((a) => [
      cellKey(a.localWorkshopId, a.initiativeId),
      { status: a.status, headCount: a.headCount ?? null },
    ]),
  );
}

/** What a cell shows: the edit if there is one, else what is saved, else nothing. */
export function shownCell(
  key: string,
  edits: ReadonlyMap<string, MatrixCell>,
  saved: ReadonlyMap<string, MatrixCell>,
): MatrixCell {
  return edits.get(key) ?? saved.get(key) ?? EMPTY;
}

/**
 * The edited cells that differ from what is saved, as the one matrix mutation takes them: a
 * cell set back to "–" is sent without status (the server clears it), and a head count only
 * travels with a status.
 */
export function changedCells(
  edits: ReadonlyMap<string, MatrixCell>,
  saved: ReadonlyMap<string, MatrixCell>,
): LocalAttendanceCellInput[] {
  const cells: LocalAttendanceCellInput[] = [];
  for (const [key, edit] of edits) {
    const before = saved.get(key) ?? EMPTY;
    const headCount = edit.status ? edit.headCount : null;
    if (before.status === edit.status && (before.headCount ?? null) === headCount) continue;
    const [localWorkshopId = '', initiativeId = ''] = key.split('/');
    cells.push({ localWorkshopId, initiativeId, status: edit.status, headCount });
  }
  return cells;
}
