import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LocalCycleDocument, MyParticipationIdsDocument } from '../../../gql/graphql';
import { useViewer } from '../../../app/viewer-context';
import { PageTitle } from '../../../ui/PageTitle';
import { Loading, QueryResult } from '../../../ui/QueryResult';
import { LocalCycleView } from './LocalCycleView';

/**
 * One local cycle at `/local-cycle/<id>`, the address its mails and reminders link to: its
 * network's coordinator works with it, program managers see it (figures, no contact data).
 */
export function LocalCyclePage() {
  const { t } = useTranslation('localCycles');
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [result, refetch] = useQuery({ query: LocalCycleDocument, variables: { id } });
  const [mine] = useQuery({ query: MyParticipationIdsDocument, pause: !viewer.isCoordinator });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const own = new Set(
    (mine.data?.myCohorts ?? []).flatMap((c) => (c.myParticipation ? [c.myParticipation.id] : [])),
  );
  // A coordinator gets the editing controls only once it is known whose cycle this is.
  if (viewer.isCoordinator && !mine.data && !mine.error) return <Loading />;
  return (
    <QueryResult result={result} retry={reload}>
      {({ localCycle: cycle }) => (
        <Stack gap="md">
          <PageTitle>{t('cycleTitle', { network: cycle.network.name })}</PageTitle>
          <LocalCycleView
            cycle={cycle}
            coordinates={own.has(cycle.participationId)}
            isManager={viewer.isManager}
            onChanged={reload}
          />
        </Stack>
      )}
    </QueryResult>
  );
}
