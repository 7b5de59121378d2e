import type { CombinedError } from 'urql';
import { errorReason, fieldErrors } from '../../app/graphql/errors';
import type {
  CreateReminderRuleInput,
  ReminderAnchor,
  ReminderEventKindsQuery,
  ReminderRuleFieldsFragment,
  ReminderTemplate,
  UpdateReminderRuleInput,
} from '../../gql/graphql';

export type EventKindInfo = ReminderEventKindsQuery['reminderEventKinds'][number];

/** What the rule form holds: numbers as typed, so a half-typed "-" is not lost. */
export interface RuleDraft {
  /** A cohort's id for a cohort rule, else ''. */
  cohortId: string;
  /** For a rule of the scope the kind declares (e.g. one peer group): its id, else ''. */
  scopeId: string;
  eventKind: string;
  template: ReminderTemplate;
  nudge: string;
  audience: string;
  anchor: ReminderAnchor;
  offsetDays: string;
  offsetMinutes: string;
  enabled: boolean;
  /** For a cohort or scope rule: the programme rule it takes the place of ('' none). */
  replacesRuleId: string;
}

/**
 * The form's fields, in the order they appear (for messages that name none). `appliesTo` is
 * "Gilt für": the programme, a cohort (`cohortId`) or a scope (`scopeId`).
 */
export const RULE_FIELDS = [
  'appliesTo',
  'eventKind',
  'template',
  'nudge',
  'audience',
  'anchor',
  'offsetDays',
  'offsetMinutes',
  'replacesRuleId',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** What "Gilt für" says as one value: '' (the programme), `cohort:<id>` or `scope:<id>`. */
export function appliesTo(draft: Pick<RuleDraft, 'cohortId' | 'scopeId'>): string {
  if (draft.scopeId) return `scope:${draft.scopeId}`;
  return draft.cohortId ? `cohort:${draft.cohortId}` : '';
}

/** The draft's cohort and scope for a value of "Gilt für". */
export function appliesToChange(value: string): Pick<RuleDraft, 'cohortId' | 'scopeId'> {
  const [what, id = ''] = value.split(/:(.*)/);
  return { cohortId: what === 'cohort' ? id : '', scopeId: what === 'scope' ? id : '' };
}

export const TEMPLATES: ReminderTemplate[] = ['REMINDER', 'FOLLOW_UP', 'NUDGE'];
export const ANCHORS: ReminderAnchor[] = ['START', 'END'];

/** A new rule starts as "a day before the start, to the kind's first audience". */
export function newDraft(kinds: readonly EventKindInfo[]): RuleDraft {
  const kind = kinds.find((k) => k.kind === 'WORKSHOP') ?? kinds[0];
  return {
    cohortId: '',
    scopeId: '',
    eventKind: kind?.kind ?? 'WORKSHOP',
    template: 'REMINDER',
    nudge: '',
    audience: kind?.audiences[0]?.name ?? '',
    anchor: 'START',
    offsetDays: '-1',
    offsetMinutes: '0',
    enabled: true,
    replacesRuleId: '',
  };
}

export function draftOf(rule: ReminderRuleFieldsFragment): RuleDraft {
  return {
    cohortId: rule.cohortId ?? '',
    scopeId: rule.scopeId ?? '',
    eventKind: rule.eventKind,
    template: rule.template,
    nudge: rule.nudge ?? '',
    audience: rule.audience,
    anchor: rule.anchor,
    offsetDays: String(rule.offsetDays),
    offsetMinutes: String(rule.offsetMinutes),
    enabled: rule.enabled,
    replacesRuleId: rule.replacesRuleId ?? '',
  };
}

/** The audiences the draft may name: its nudge's for a NUDGE, else its kind's. */
export function audiencesOf(draft: RuleDraft, kinds: readonly EventKindInfo[]): string[] {
  const kind = kinds.find((k) => k.kind === draft.eventKind);
  if (!kind) return [];
  if (draft.template === 'NUDGE') {
    return kind.nudges.find((n) => n.name === draft.nudge)?.audiences ?? [];
  }
  return kind.audiences.map((a) => a.name);
}

/**
 * The draft after one field changed, keeping nudge and audience ones the kind allows; another
 * kind has other scopes and other programme rules to replace, so those start over.
 */
export function changeDraft(
  draft: RuleDraft,
  change: Partial<RuleDraft>,
  kinds: readonly EventKindInfo[],
): RuleDraft {
  const next = { ...draft, ...change };
  const kind = kinds.find((k) => k.kind === next.eventKind);
  if (next.eventKind !== draft.eventKind) {
    next.scopeId = '';
    next.replacesRuleId = '';
  }
  if (next.template !== 'NUDGE') next.nudge = '';
  else if (!kind?.nudges.some((n) => n.name === next.nudge))
    next.nudge = kind?.nudges[0]?.name ?? '';
  const audiences = audiencesOf(next, kinds);
  if (!audiences.includes(next.audience)) next.audience = audiences[0] ?? '';
  if (!next.cohortId && !next.scopeId) next.replacesRuleId = '';
  return next;
}

const DAYS = 366;
const MINUTES = 10080;

function whole(text: string, limit: number): 'required' | 'whole' | 'range' | null {
  if (text.trim() === '') return 'required';
  if (!/^[-−]?\d+$/.test(text.trim())) return 'whole';
  return Math.abs(toInt(text)) > limit ? 'range' : null;
}

function toInt(text: string): number {
  return Number.parseInt(text.trim().replace('−', '-'), 10);
}

/**
 * What the browser can tell before asking the server, as i18n keys by field: whole numbers in
 * the server's ranges, a nudge for a NUDGE, an audience. The server checks all of it again.
 */
export function checkDraft(
  draft: RuleDraft,
  kinds: readonly EventKindInfo[],
): Partial<Record<RuleField, string>> {
  const problems: Partial<Record<RuleField, string>> = {};
  const days = whole(draft.offsetDays, DAYS);
  if (days) problems.offsetDays = `invalid.days.${days}`;
  const minutes = whole(draft.offsetMinutes, MINUTES);
  if (minutes) problems.offsetMinutes = `invalid.minutes.${minutes}`;
  if (draft.template === 'NUDGE' && !draft.nudge) problems.nudge = 'invalid.nudge';
  if (!audiencesOf(draft, kinds).includes(draft.audience)) problems.audience = 'invalid.audience';
  return problems;
}

export function createInput(programmeId: string, draft: RuleDraft): CreateReminderRuleInput {
  return {
    programmeId,
    cohortId: draft.cohortId || null,
    scopeId: draft.scopeId || null,
    replacesRuleId: draft.replacesRuleId || null,
    eventKind: draft.eventKind,
    template: draft.template,
    nudge: draft.nudge || null,
    audience: draft.audience,
    anchor: draft.anchor,
    offsetDays: toInt(draft.offsetDays),
    offsetMinutes: toInt(draft.offsetMinutes),
    enabled: draft.enabled,
  };
}

/** Only what changed; kind, nudge, scope and replaced rule stay as the rule was created. */
export function updateInput(
  rule: ReminderRuleFieldsFragment,
  draft: RuleDraft,
): UpdateReminderRuleInput {
  const input: UpdateReminderRuleInput = { id: rule.id };
  if (draft.audience !== rule.audience) input.audience = draft.audience;
  if (draft.anchor !== rule.anchor) input.anchor = draft.anchor;
  if (toInt(draft.offsetDays) !== rule.offsetDays) input.offsetDays = toInt(draft.offsetDays);
  if (toInt(draft.offsetMinutes) !== rule.offsetMinutes) {
    input.offsetMinutes = toInt(draft.offsetMinutes);
  }
  if (draft.template !== rule.template) input.template = draft.template;
  if (draft.enabled !== rule.enabled) input.enabled = draft.enabled;
  return input;
}

/**
 * The field an answer's `extensions.reason` belongs to when the server named none (it usually
 * does, in `extensions.fields`): the form puts the message there, never parsing its text.
 */
const REASON_FIELDS: Record<string, RuleField> = {
  AUDIENCE_NOT_OF_KIND: 'audience',
  NUDGE_NOT_OF_KIND: 'nudge',
  NUDGE_WITHOUT_TEMPLATE: 'nudge',
  UNKNOWN_EVENT_KIND: 'eventKind',
  SCOPE_NOT_OF_KIND: 'appliesTo',
  COHORT_NOT_FOUND: 'appliesTo',
  REPLACES_FOREIGN_RULE: 'replacesRuleId',
  DUPLICATE_RULE: 'offsetDays',
};

/** What the server may name that the form shows at "Gilt für". */
export const APPLIES_TO_FIELDS = ['cohortId', 'scopeId'] as const;

/** The server's messages by form field: as the answer names them, else by reason. */
export function ruleFieldErrors(
  error: CombinedError | undefined,
): Partial<Record<RuleField, string>> {
  if (!error) return {};
  const named = fieldErrors(error);
  const result: Partial<Record<RuleField, string>> = {};
  for (const field of RULE_FIELDS) if (named[field]) result[field] = named[field];
  const scope = named.scopeId ?? named.cohortId;
  if (scope) result.appliesTo ??= scope;
  const reason = errorReason(error);
  const field = reason ? REASON_FIELDS[reason] : undefined;
  const message = error.graphQLErrors[0]?.message;
  if (field && message && Object.keys(result).length === 0) result[field] = message;
  return result;
}
