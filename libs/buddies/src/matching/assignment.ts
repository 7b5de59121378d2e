import { munkres } from 'munkres';
import { POINTS } from './score';

/** One buddy's free places in the proposal. */
export interface Slots {
  buddyId: string;
  /** Places left: capacity minus current and proposed pairings. */
  free: number;
}

/** A newcomer with the score of each buddy for them (buddies absent: not eligible). */
export interface Scored {
  newcomerId: string;
  scores: ReadonlyMap<string, number>;
}

export interface Assigned {
  newcomerId: string;
  buddyId: string;
  /** The buddy's score for this newcomer (without the spreading penalty). */
  score: number;
}

/**
 * The assignment of newcomers to buddies that maximises the total score within the buddies'
 * free places, computed with the Munkres (Hungarian) algorithm of the `munkres` package: each
 * buddy is one column per free place, and the k-th extra place of a buddy costs the load penalty
 * once more, so that among equal totals the load is spread. A newcomer with no eligible buddy
 * left stays unassigned. Pure and deterministic for the same input order.
 */
export function assign(newcomers: readonly Scored[], slots: readonly Slots[]): Assigned[] {
  const columns: { buddyId: string; extra: number }[] = [];
  for (const slot of slots) {
    for (let k = 0; k < slot.free; k++) columns.push({ buddyId: slot.buddyId, extra: k });
  }
  if (!newcomers.length || !columns.length) return [];
  // Costs are non-negative: the best score minus the score; not eligible costs more than any
  // eligible choice can, so it is chosen only where nothing else is left (and dropped below).
  const value = (row: Scored, column: { buddyId: string; extra: number }) => {
    const score = row.scores.get(column.buddyId);
    return score === undefined ? null : score + column.extra * POINTS.PER_CURRENT_PAIRING;
  };
  let best = 0;
  let worst = 0;
  for (const row of newcomers) {
    for (const column of columns) {
      const v = value(row, column);
      if (v !== null) {
        best = Math.max(best, v);
        worst = Math.min(worst, v);
      }
    }
  }
  const forbidden = (best - worst + 1) * (newcomers.length + 1);
  const costs = newcomers.map((row) =>
    columns.map((column) => {
      const v = value(row, column);
      return v === null ? forbidden : best - v;
    }),
  );
  const assigned: Assigned[] = [];
  for (const [r, c] of munkres(costs)) {
    const row = newcomers[r]!;
    const column = columns[c]!;
    const score = row.scores.get(column.buddyId);
    if (score === undefined) continue;
    assigned.push({ newcomerId: row.newcomerId, buddyId: column.buddyId, score });
  }
  return assigned.sort(
    (a, b) =>
      newcomers.findIndex((n) => n.newcomerId === a.newcomerId) -
      newcomers.findIndex((n) => n.newcomerId === b.newcomerId),
  );
}

/** Each newcomer in turn takes the best buddy with a free place: for comparison only. */
export function greedy(newcomers: readonly Scored[], slots: readonly Slots[]): Assigned[] {
  const free = new Map(slots.map((s) => [s.buddyId, s.free]));
  const assigned: Assigned[] = [];
  for (const row of newcomers) {
    let pick: { buddyId: string; score: number } | null = null;
    for (const [buddyId, score] of row.scores) {
      if ((free.get(buddyId) ?? 0) > 0 && (!pick || score > pick.score)) pick = { buddyId, score };
    }
    if (!pick) continue;
    free.set(pick.buddyId, free.get(pick.buddyId)! - 1);
    assigned.push({ newcomerId: row.newcomerId, ...pick });
  }
  return assigned;
}

export const total = (assigned: readonly Assigned[]) => assigned.reduce((s, a) => s + a.score, 0);
