import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  DeleteReminderRuleDocument,
  UpdateReminderRuleDocument,
  type ReminderRuleFieldsFragment,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import type { EventKindInfo } from '../rule-form';
import { useRuleLabels } from './rule-labels';
import { RuleForm, type CohortChoice } from './RuleForm';
import { RulePreview } from './RulePreview';
import { useScopeOptions } from './scope-options';

/**
 * One rule: what it sends to whom when, for which events (the programme, a cohort, or one scope
 * such as a peer group, by name); edit, on/off, preview, delete.
 */
export function RuleCard({
  rule,
  kinds,
  cohorts,
  programmeRules,
  justSaved,
  onSaved,
  onDeleted,
}: {
  rule: ReminderRuleFieldsFragment;
  kinds: readonly EventKindInfo[];
  cohorts: readonly CohortChoice[];
  programmeRules: readonly ReminderRuleFieldsFragment[];
  /** Saved a moment ago: say so and show its preview. */
  justSaved: boolean;
  onSaved: (rule: ReminderRuleFieldsFragment) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('reminders');
  const labels = useRuleLabels(kinds);
  const [editing, setEditing] = useState(false);
  // null: as the card says (open right after saving); then as the person toggled it.
  const [previewing, setPreviewing] = useState<boolean | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [toggled, toggle] = useMutation(UpdateReminderRuleDocument);
  const [deleted, remove] = useMutation(DeleteReminderRuleDocument);
  const headingId = `rule-${rule.id}`;
  const showPreview = previewing ?? justSaved;
  const kind = kinds.find((k) => k.kind === rule.eventKind);
  const scopes = useScopeOptions(rule.programmeId, rule.scopeId ? kind : undefined);
  const scope = rule.cohortId
    ? (cohorts.find((c) => c.id === rule.cohortId)?.label ?? t('cohort'))
    : rule.scopeId
      ? (scopes.find((s) => s.id === rule.scopeId)?.label ?? kind?.scopeLabel ?? t('scopeOther'))
      : t('scopeProgramme');

  if (editing) {
    return (
      <Card withBorder>
        <RuleForm
          programmeId={rule.programmeId}
          kinds={kinds}
          cohorts={cohorts}
          programmeRules={programmeRules}
          rule={rule}
          onSaved={(saved) => {
            setEditing(false);
            setPreviewing(null);
            onSaved(saved);
          }}
          onCancel={() => setEditing(false)}
        />
      </Card>
    );
  }

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {labels.summary(rule)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('ruleDetails', { kind: labels.kindLabel(rule.eventKind), scope })}
            </Text>
          </div>
          {!rule.enabled && (
            <Badge color="gray" variant="light">
              {t('disabled')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
            {t('edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            loading={toggled.fetching}
            onClick={() => void toggle({ input: { id: rule.id, enabled: !rule.enabled } })}
          >
            {rule.enabled ? t('disable') : t('enable')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            aria-expanded={showPreview}
            onClick={() => setPreviewing(!showPreview)}
          >
            {t('preview')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            {t('delete')}
          </Button>
        </Group>
        <FormError message={errorMessage(toggled.error ?? deleted.error)} />
        {confirming && (
          <Alert color="red" variant="light" role="alertdialog" aria-label={t('delete')}>
            <Stack gap="xs">
              <Text size="sm">{t('deleteConfirm')}</Text>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  color="red"
                  loading={deleted.fetching}
                  onClick={() =>
                    void remove({ id: rule.id }).then((a) => {
                      if (!a.error) onDeleted();
                    })
                  }
                >
                  {t('deleteYes')}
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                  {t('deleteNo')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {justSaved && <Text role="status">{t('saved')}</Text>}
        {showPreview && <RulePreview ruleId={rule.id} />}
      </Stack>
    </Card>
  );
}
