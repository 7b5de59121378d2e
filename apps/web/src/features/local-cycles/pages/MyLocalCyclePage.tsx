import { Card, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { InitiativesDocument, MyLocalCycleDocument } from '../../../gql/graphql';
import { useViewer } from '../../../app/viewer-context';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { InitiativesPanel } from './InitiativesPanel';
import { LocalCycleView } from './LocalCycleView';
import { PlanForm } from './PlanForm';

/**
 * "Mein Zyklus vor Ort": the coordinator's local cycle in a cohort; before it is planned, the
 * network's initiatives and planning from the programme's template.
 */
export function MyLocalCyclePage() {
  const { t } = useTranslation('localCycles');
  const viewer = useViewer();
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: MyLocalCycleDocument, variables: { cohortId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <QueryResult result={result} retry={reload}>
        {({ myCohorts, myLocalCycle: cycle }) => {
          const cohorts = myCohorts.filter((c) => c.myParticipation);
          const chosen =
            cohorts.find((c) => c.id === (cycle?.cohortId ?? cohortId)) ?? cohorts.at(-1);
          if (!chosen?.myParticipation) return <Text>{t('noCohort')}</Text>;
          return (
            <Stack gap="md">
              <Text>{t('intro')}</Text>
              {cohorts.length > 1 && (
                <NativeSelect
                  label={t('cohort')}
                  value={chosen.id}
                  onChange={(e) => setCohortId(e.currentTarget.value)}
                  data={cohorts.map((c) => ({
                    value: c.id,
                    label: t('cohortOption', {
                      number: c.number,
                      network: c.myParticipation?.network.name ?? '',
                    }),
                  }))}
                  maw={420}
                />
              )}
              {cycle ? (
                <LocalCycleView
                  cycle={cycle}
                  coordinates
                  isManager={viewer.isManager}
                  onChanged={reload}
                />
              ) : (
                <NotPlanned
                  participationId={chosen.myParticipation.id}
                  networkId={chosen.myParticipation.network.id}
                  programmeId={chosen.programmeId}
                  onPlanned={() => {
                    setCohortId(chosen.id);
                    reload();
                  }}
                />
              )}
            </Stack>
          );
        }}
      </QueryResult>
    </Stack>
  );
}

function NotPlanned({
  participationId,
  networkId,
  programmeId,
  onPlanned,
}: {
  participationId: string;
  networkId: string;
  programmeId: string;
  onPlanned: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const [initiatives, refetch] = useQuery({ query: InitiativesDocument, variables: { networkId } });
  return (
    <Stack gap="md">
      <Text>{t('noCycle')}</Text>
      <Card withBorder>
        <PlanForm
          participationId={participationId}
          programmeId={programmeId}
          again={false}
          onPlanned={onPlanned}
        />
      </Card>
      <InitiativesPanel
        networkId={networkId}
        initiatives={initiatives.data?.initiatives ?? []}
        editable
        seesContacts
        onChanged={() => refetch({ requestPolicy: 'network-only' })}
      />
    </Stack>
  );
}
