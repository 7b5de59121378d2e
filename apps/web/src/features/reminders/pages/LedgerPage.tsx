import { Stack, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ManagerCohortsDocument, ReminderEventKindsDocument } from '../../../gql/graphql';
import { PageTitle } from '../../../ui/PageTitle';
import { LedgerFilterFields } from '../components/LedgerFilterFields';
import { LedgerTable } from '../components/LedgerTable';
import { RulesSection } from '../components/RulesSection';
import { filtersFrom, ledgerVariables, paramsOf, type LedgerFilters } from '../ledger-filters';

/**
 * The reminder ledger with filters kept in the address (status, cohort, kind of event, person,
 * due period), failures with their error and a retry, paged; then the rules.
 */
export function LedgerPage() {
  const { t } = useTranslation('reminders');
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [options] = useQuery({ query: ManagerCohortsDocument });
  const [kinds] = useQuery({ query: ReminderEventKindsDocument });
  const cohorts = options.data?.cohorts.nodes ?? [];
  const programmes = options.data?.programmes ?? [];
  const cohortProgramme = cohorts.find((c) => c.id === filters.cohortId)?.programme.id;
  const timeZone =
    programmes.find((p) => p.id === cohortProgramme)?.timeZone ??
    programmes[0]?.timeZone ??
    'Europe/Berlin';
  const variables = ledgerVariables(filters, timeZone);
  // Changes made before the address has caught up (pick a person, then at once a day) build on
  // each other, not on the filters of the last render.
  const latest = useRef(filters);
  latest.current = filters;
  const change = (changed: Partial<LedgerFilters>) => {
    latest.current = { ...latest.current, ...changed };
    setParams(paramsOf(latest.current), { replace: true });
  };
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <Title order={2} size="h3">
        {t('ledger')}
      </Title>
      <LedgerFilterFields
        filters={filters}
        onChange={change}
        cohorts={cohorts}
        kinds={kinds.data?.reminderEventKinds ?? []}
      />
      {/* New filters, new list: paging starts again at the first page. */}
      <LedgerTable key={JSON.stringify(variables)} variables={variables} />
      <Title order={2} size="h3">
        {t('rules')}
      </Title>
      <RulesSection />
    </Stack>
  );
}
