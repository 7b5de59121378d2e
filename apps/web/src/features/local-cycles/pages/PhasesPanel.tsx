import {
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  ChangeSelfAnalysisPhaseDocument,
  type LocalCycleViewFragment,
  type SelfAnalysisPhase,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { formatInstant } from '../../../ui/format';
import { FormError } from '../../../ui/QueryResult';
import { goesBack, PHASES } from '../phases';

type Enrolment = LocalCycleViewFragment['enrolments'][number];

/** Each enrolled initiative's self-analysis phase: change it (back with a reason), the history. */
export function PhasesPanel({
  cycle,
  editable,
  onChanged,
}: {
  cycle: LocalCycleViewFragment;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const enrolled = cycle.enrolments.filter(
    (e) => e.status === 'ENROLLED' || e.status === 'COMPLETED',
  );
  return (
    <section aria-labelledby="phases-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="phases-title">
          {t('phases.title')}
        </Title>
        <Text size="sm">{t('phases.intro')}</Text>
        {enrolled.length === 0 && <Text>{t('phases.none')}</Text>}
        {enrolled.map((e) => (
          <PhaseCard
            key={`${e.id}-${e.phase}`}
            enrolment={e}
            editable={editable}
            onChanged={onChanged}
          />
        ))}
      </Stack>
    </section>
  );
}

export function PhaseCard({
  enrolment,
  editable,
  onChanged,
}: {
  enrolment: Enrolment;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('localCycles');
  const [phase, setPhase] = useState<SelfAnalysisPhase>(enrolment.phase);
  const [reason, setReason] = useState('');
  const [result, change] = useMutation(ChangeSelfAnalysisPhaseDocument);
  const fields = fieldErrors(result.error);
  const back = goesBack(enrolment.phase, phase);
  const name = enrolment.initiative.name;
  const headingId = `phase-${enrolment.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await change({
      input: {
        enrolmentId: enrolment.id,
        phase,
        ...(back ? { reason: reason.trim() } : {}),
      },
    });
    if (!answer.error) onChanged();
  };

  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {name}
          </Title>
          <Group gap={6}>
            <Badge variant="light">{t(`enums.SelfAnalysisPhase.${enrolment.phase}`)}</Badge>
            <Text size="xs" c="dimmed">
              {t('phases.since', {
                date: formatInstant(enrolment.phaseSince, i18n.language, 'Europe/Berlin'),
              })}
            </Text>
          </Group>
        </Group>
        {editable && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="xs">
              <FormError message={formError(result.error, ['phase', 'reason'])} />
              <Group align="flex-end" gap="sm" wrap="wrap">
                <NativeSelect
                  label={t('phases.newPhase', { name })}
                  value={phase}
                  onChange={(e) => setPhase(e.currentTarget.value as SelfAnalysisPhase)}
                  error={fields.phase}
                  data={PHASES.map((p) => ({ value: p, label: t(`enums.SelfAnalysisPhase.${p}`) }))}
                />
                <Button
                  type="submit"
                  variant="light"
                  disabled={phase === enrolment.phase}
                  loading={result.fetching}
                >
                  {t('phases.change')}
                </Button>
              </Group>
              {back && (
                <Textarea
                  label={t('phases.reason')}
                  description={t('phases.reasonHint')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={fields.reason}
                  required
                  rows={2}
                />
              )}
            </Stack>
          </form>
        )}
        <div>
          <Text size="sm" fw={600}>
            {t('phases.history')}
          </Text>
          {enrolment.phaseHistory.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('phases.noHistory')}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {enrolment.phaseHistory.map((h, index) => (
                <List.Item key={`${h.changedAt}-${index}`}>
                  {t('phases.entry', {
                    date: formatInstant(h.changedAt, i18n.language, 'Europe/Berlin'),
                    from: t(`enums.SelfAnalysisPhase.${h.fromPhase}`),
                    to: t(`enums.SelfAnalysisPhase.${h.toPhase}`),
                  })}
                  {h.changedBy && ` ${t('phases.by', { name: h.changedBy })}`}
                  {h.reason && `: ${h.reason}`}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Card>
  );
}
