import { useQuery } from 'urql';
import { ReminderScopeOptionsDocument } from '../../../gql/graphql';
import type { EventKindInfo } from '../rule-form';

/** One scope a rule may name (e.g. a peer group), as the server labels it. */
export interface ScopeChoice {
  id: string;
  label: string;
}

const NONE: readonly ScopeChoice[] = [];

/**
 * The programme's scopes of a kind, by name (`reminderScopeOptions`): what "Gilt für" offers
 * besides programme and cohorts, and how a scope rule names its scope. Nothing is asked for a
 * kind without a scope; cards and the form of one kind share the one answer.
 */
export function useScopeOptions(
  programmeId: string,
  kind: EventKindInfo | undefined,
): readonly ScopeChoice[] {
  const [result] = useQuery({
    query: ReminderScopeOptionsDocument,
    variables: { programmeId, eventKind: kind?.kind ?? '' },
    pause: !programmeId || !kind?.scope,
  });
  return (kind?.scope && result.data?.reminderScopeOptions) || NONE;
}
