import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import {
  CreateReminderRuleDocument,
  UpdateReminderRuleDocument,
  type ReminderAnchor,
  type ReminderRuleFieldsFragment,
  type ReminderTemplate,
} from '../../../gql/graphql';
import { formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import {
  ANCHORS,
  APPLIES_TO_FIELDS,
  appliesTo,
  appliesToChange,
  audiencesOf,
  changeDraft,
  checkDraft,
  createInput,
  draftOf,
  newDraft,
  RULE_FIELDS,
  ruleFieldErrors,
  TEMPLATES,
  updateInput,
  type EventKindInfo,
  type RuleDraft,
  type RuleField,
} from '../rule-form';
import { useRuleLabels } from './rule-labels';
import { useScopeOptions } from './scope-options';

export interface CohortChoice {
  id: string;
  label: string;
}

/**
 * Adds a rule or changes one. "Gilt für" offers the programme, its cohorts and, for a kind that
 * declares a scope (e.g. peer rounds: one peer group), the programme's scopes by name as the
 * server lists them. The browser checks what it can (whole numbers in range, a nudge for a
 * NUDGE, an audience of the kind) and shows the server's answer next to the field it names, by
 * `extensions.fields` or else by `extensions.reason`. Kind, nudge and scope of a saved rule are
 * fixed (the API changes audience, times, mail and on/off).
 */
export function RuleForm({
  programmeId,
  kinds,
  cohorts,
  programmeRules,
  rule,
  onSaved,
  onCancel,
}: {
  programmeId: string;
  kinds: readonly EventKindInfo[];
  cohorts: readonly CohortChoice[];
  /** The programme's own rules, which a cohort or scope rule may replace. */
  programmeRules: readonly ReminderRuleFieldsFragment[];
  rule?: ReminderRuleFieldsFragment;
  onSaved: (rule: ReminderRuleFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('reminders');
  const labels = useRuleLabels(kinds);
  const headingId = useId();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftOf(rule) : newDraft(kinds)));
  const [checked, setChecked] = useState<Partial<Record<RuleField, string>>>({});
  const [serverError, setServerError] = useState<CombinedError | undefined>();
  const [created, create] = useMutation(CreateReminderRuleDocument);
  const [updated, update] = useMutation(UpdateReminderRuleDocument);
  const editing = rule !== undefined;
  const kind = kinds.find((k) => k.kind === draft.eventKind);
  const scopes = useScopeOptions(programmeId, kind);
  const server = ruleFieldErrors(serverError);
  const error = (field: RuleField) => (checked[field] ? t(checked[field]) : server[field]);

  const set = (change: Partial<RuleDraft>) => {
    setDraft((d) => changeDraft(d, change, kinds));
    const fields = Object.keys(change) as RuleField[];
    setChecked((c) =>
      Object.fromEntries(Object.entries(c).filter(([f]) => !fields.includes(f as RuleField))),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkDraft(draft, kinds);
    setChecked(problems);
    setServerError(undefined);
    if (Object.keys(problems).length > 0) return;
    const answer = editing
      ? await update({ input: updateInput(rule, draft) }).then((a) => ({
          error: a.error,
          rule: a.data?.updateReminderRule,
        }))
      : await create({ input: createInput(programmeId, draft) }).then((a) => ({
          error: a.error,
          rule: a.data?.createReminderRule,
        }));
    setServerError(answer.error);
    if (answer.rule) onSaved(answer.rule);
  };

  const templates = editing
    ? // A nudge stays a nudge; a reminder may become a follow-up and back.
      TEMPLATES.filter((tpl) => (rule.template === 'NUDGE' ? tpl === 'NUDGE' : tpl !== 'NUDGE'))
    : TEMPLATES.filter((tpl) => tpl !== 'NUDGE' || (kind?.nudges.length ?? 0) > 0);
  const replaceable = programmeRules.filter(
    (r) => !r.cohortId && !r.scopeId && r.eventKind === draft.eventKind,
  );
  const scopeItems = scopes.map((s) => ({ value: `scope:${s.id}`, label: s.label }));
  // A saved rule's scope shows while the list loads (or if it left the list).
  if (draft.scopeId && !scopes.some((s) => s.id === draft.scopeId)) {
    scopeItems.push({ value: `scope:${draft.scopeId}`, label: kind?.scopeLabel ?? draft.scopeId });
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {editing ? t('editRuleTitle') : t('newRuleTitle')}
        </Title>
        <FormError message={formError(serverError, [...RULE_FIELDS, ...APPLIES_TO_FIELDS])} />
        {editing && (
          <Text size="sm" c="dimmed">
            {t('fixedAfterCreate')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('scope')}
            value={appliesTo(draft)}
            disabled={editing}
            onChange={(e) => set(appliesToChange(e.currentTarget.value))}
            error={error('appliesTo')}
            data={[
              { value: '', label: t('scopeProgramme') },
              ...(cohorts.length
                ? [
                    {
                      group: t('cohort'),
                      items: cohorts.map((c) => ({ value: `cohort:${c.id}`, label: c.label })),
                    },
                  ]
                : []),
              ...(scopeItems.length
                ? [{ group: kind?.scopeLabel ?? t('scopeOther'), items: scopeItems }]
                : []),
            ]}
          />
          <NativeSelect
            label={t('eventKind')}
            value={draft.eventKind}
            disabled={editing}
            onChange={(e) => set({ eventKind: e.currentTarget.value })}
            error={error('eventKind')}
            data={kinds.map((k) => ({ value: k.kind, label: labels.kindLabel(k.kind) }))}
          />
          <NativeSelect
            label={t('template')}
            value={draft.template}
            onChange={(e) => set({ template: e.currentTarget.value as ReminderTemplate })}
            error={error('template')}
            data={templates.map((tpl) => ({ value: tpl, label: t(`templates.${tpl}`) }))}
          />
          {draft.template === 'NUDGE' && (
            <NativeSelect
              label={t('nudge')}
              value={draft.nudge}
              disabled={editing}
              onChange={(e) => set({ nudge: e.currentTarget.value })}
              error={error('nudge')}
              data={(kind?.nudges ?? []).map((n) => ({
                value: n.name,
                label: labels.nudgeLabel(draft.eventKind, n.name),
              }))}
            />
          )}
          <NativeSelect
            label={t('audience')}
            value={draft.audience}
            onChange={(e) => set({ audience: e.currentTarget.value })}
            error={error('audience')}
            data={audiencesOf(draft, kinds).map((a) => ({
              value: a,
              label: labels.audienceLabel(draft.eventKind, a),
            }))}
          />
          <NativeSelect
            label={t('anchor')}
            value={draft.anchor}
            onChange={(e) => set({ anchor: e.currentTarget.value as ReminderAnchor })}
            error={error('anchor')}
            data={ANCHORS.map((a) => ({ value: a, label: t(`anchors.${a}`) }))}
          />
          <TextInput
            label={t('offsetDays')}
            description={t('offsetDaysHint')}
            type="number"
            step={1}
            value={draft.offsetDays}
            onChange={(e) => set({ offsetDays: e.currentTarget.value })}
            error={error('offsetDays')}
          />
          <TextInput
            label={t('offsetMinutes')}
            description={t('offsetMinutesHint')}
            type="number"
            step={1}
            value={draft.offsetMinutes}
            onChange={(e) => set({ offsetMinutes: e.currentTarget.value })}
            error={error('offsetMinutes')}
          />
          {(draft.cohortId || draft.scopeId) && (
            <NativeSelect
              label={t('replaces')}
              value={draft.replacesRuleId}
              disabled={editing}
              onChange={(e) => set({ replacesRuleId: e.currentTarget.value })}
              error={error('replacesRuleId')}
              data={[
                { value: '', label: t('replacesNone') },
                ...replaceable.map((r) => ({ value: r.id, label: labels.summary(r) })),
              ]}
            />
          )}
        </SimpleGrid>
        <Checkbox
          label={t('enabledLabel')}
          checked={draft.enabled}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
        />
        <Group gap="sm">
          <Button type="submit" loading={created.fetching || updated.fetching}>
            {editing ? t('save') : t('create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
