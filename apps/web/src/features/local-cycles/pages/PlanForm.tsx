import { Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  LocalTemplateDocument,
  PlanLocalCycleDocument,
  type LocalCycleViewFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** Plans the cycle from the programme's local template (again: adds only missing steps). */
export function PlanForm({
  participationId,
  programmeId,
  again,
  onPlanned,
}: {
  participationId: string;
  /** Shows the template's steps first (before the first planning). */
  programmeId?: string;
  again: boolean;
  onPlanned: (cycle: LocalCycleViewFragment) => void;
}) {
  const { t } = useTranslation('localCycles');
  const [startDate, setStartDate] = useState('');
  const [result, plan] = useMutation(PlanLocalCycleDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await plan({ input: { participationId, startDate } });
    if (answer.data) onPlanned(answer.data.planLocalCycle);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="plan-title">
          {t('plan.title')}
        </Title>
        <Text size="sm">{again ? t('plan.again') : t('plan.intro')}</Text>
        {programmeId && <TemplateSteps programmeId={programmeId} />}
        <FormError message={formError(result.error, ['startDate'])} />
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('plan.start')}
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fields.startDate}
            required
          />
          <Button type="submit" variant={again ? 'default' : 'filled'} loading={result.fetching}>
            {again ? t('plan.againButton') : t('plan.button')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TemplateSteps({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('localCycles');
  const [result] = useQuery({ query: LocalTemplateDocument, variables: { programmeId } });
  const steps = result.data?.localTemplate;
  if (!steps) return null;
  if (steps.length === 0) return <Text c="red.8">{t('plan.noTemplate')}</Text>;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('plan.template')}
      </Text>
      <List size="sm" type="ordered">
        {steps.map((s) => (
          <List.Item key={s.id}>
            {t('plan.step', {
              title: s.title,
              format: t(`enums.WorkshopFormat.${s.defaultFormat}`, { ns: 'app' }),
              days: s.durationDays.toLocaleString(),
              gap: s.gapDays,
            })}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
