import type { CombinedError } from 'urql';

/** A row of the matching board: which buddy is chosen for a new coordinator, and whether to propose. */
export interface RowChoice {
  selected: boolean;
  buddyId: string | null;
}

export type Choices = Record<string, RowChoice>;

interface SuggestionsLike {
  newcomers: readonly {
    newCoordinator: { id: string };
    candidates: readonly { buddy: { id: string } }[];
  }[];
  proposal: readonly { newCoordinator: { id: string }; buddy: { id: string } }[];
}

/**
 * The board's first state: every new coordinator the proposed assignment covers is selected
 * with their assigned buddy; the others are not selected and show their best-ranked buddy.
 */
export function initialChoices(suggestions: SuggestionsLike): Choices {
  const assigned = new Map(suggestions.proposal.map((p) => [p.newCoordinator.id, p.buddy.id]));
  const choices: Choices = {};
  for (const n of suggestions.newcomers) {
    const buddyId = assigned.get(n.newCoordinator.id) ?? n.candidates[0]?.buddy.id ?? null;
    choices[n.newCoordinator.id] = {
      selected: assigned.has(n.newCoordinator.id),
      buddyId,
    };
  }
  return choices;
}

/** The pairs to propose, in the board's order: selected rows with a buddy chosen. */
export function pairsToPropose(
  order: readonly string[],
  choices: Choices,
): { newCoordinatorId: string; buddyId: string }[] {
  return order.flatMap((id) => {
    const choice = choices[id];
    return choice?.selected && choice.buddyId
      ? [{ newCoordinatorId: id, buddyId: choice.buddyId }]
      : [];
  });
}

/**
 * The server names a bad pair by its place in the list sent (`pairs.2.buddyId`): the message
 * belongs to that new coordinator's row. Errors that name no pair are returned under "".
 */
export function errorsByRow(
  error: CombinedError | undefined,
  sent: readonly { newCoordinatorId: string }[],
): Record<string, string> {
  const result: Record<string, string> = {};
  const first = error?.graphQLErrors[0];
  if (!first) return result;
  const fields = (first.extensions?.fields ?? []) as { field: string; message: string }[];
  for (const f of fields) {
    const index = /^(?:input\.)?pairs\.(\d+)\./.exec(f.field)?.[1];
    const row = index === undefined ? undefined : sent[Number(index)]?.newCoordinatorId;
    result[row ?? ''] ??= f.message;
  }
  if (fields.length === 0) result[''] = first.message;
  return result;
}
