/** A coordinator who could join a group. */
export interface Candidate {
  personId: string;
  name: string;
  networkId: string;
  networkName: string;
  bundesland: string;
}

/**
 * Proposes groups of about `size` that mix networks and Bundesländer. The heuristic (simple and
 * documented on purpose): sort the candidates by Bundesland (the most frequent first), then by
 * network and name, and deal them out like cards to ceil(n / size) groups in turn. Neighbours in
 * the sorted list — same Bundesland, same network — land in different groups, so each group
 * mixes as many Bundesländer as the cohort has to offer; group sizes differ by at most one.
 */
export function suggestGroups(candidates: readonly Candidate[], size: number): Candidate[][] {
  if (!candidates.length) return [];
  const groups = Math.max(1, Math.round(candidates.length / size));
  const frequency = new Map<string, number>();
  for (const c of candidates) frequency.set(c.bundesland, (frequency.get(c.bundesland) ?? 0) + 1);
  const sorted = [...candidates].sort(
    (a, b) =>
      frequency.get(b.bundesland)! - frequency.get(a.bundesland)! ||
      a.bundesland.localeCompare(b.bundesland) ||
      a.networkName.localeCompare(b.networkName) ||
      a.name.localeCompare(b.name),
  );
  const result: Candidate[][] = Array.from({ length: groups }, () => []);
  sorted.forEach((candidate, index) => result[index % groups]!.push(candidate));
  return result;
}
