import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CohortWorkshopsDocument, PlanCohortCycleDocument } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { CohortNav } from '../../cohorts/pages/CohortNav';
import { WorkshopEditor } from './WorkshopEditor';

/** Program managers plan a cohort's workshops: from the template, days, place, publish, cancel. */
export function PlanningPage() {
  const { t } = useTranslation('planning');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: CohortWorkshopsDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ cohort }) => (
        <Stack gap="md">
          <PageTitle>{t('title', { number: cohort.number })}</PageTitle>
          <CohortNav cohortId={id} />
          <PlanForm cohortId={id} firstDay={cohort.startDate} onDone={reload} />
          {(cohort.workshops ?? []).length === 0 && <Text>{t('none')}</Text>}
          {(cohort.workshops ?? []).map((w) => (
            <WorkshopEditor
              key={`${w.id}-${w.status}-${w.days.map((d) => d.date).join()}`}
              workshop={w}
              onDone={reload}
            />
          ))}
        </Stack>
      )}
    </QueryResult>
  );
}

function PlanForm({
  cohortId,
  firstDay,
  onDone,
}: {
  cohortId: string;
  firstDay: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('planning');
  const [startDate, setStartDate] = useState(firstDay);
  const [result, plan] = useMutation(PlanCohortCycleDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await plan({ input: { cohortId, startDate } });
    if (!answer.error) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('plan')}
        </Title>
        <Text size="sm">{t('planIntro')}</Text>
        <FormError message={formError(result.error, ['startDate'])} />
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('planStart')}
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fields.startDate}
          />
          <Button type="submit" variant="light" loading={result.fetching}>
            {t('planButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
