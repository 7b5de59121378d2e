import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ChangePeerGroupStatusDocument,
  ManagerPeerGroupDocument,
  MyPeerGroupsDocument,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { useViewer } from '../../../app/viewer-context';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { MembersSection } from './MembersSection';
import { MemberGroup } from './MyRoundsPage';
import { ManagerRounds } from './ManagerRounds';
import { SeriesForm } from './SeriesForm';

/**
 * `/runden/gruppen/<id>` (the program managers' nudge links here): for program managers the
 * group with members, status, its rounds with roles filled and answer/attendance counts, and
 * planning. Never case texts, key questions or minutes: this page does not ask for them.
 * Members who open the address see their own view of the group.
 */
export function PeerGroupPage() {
  const viewer = useViewer();
  return viewer.isManager ? <ManagerGroupPage /> : <MemberGroupPage />;
}

function ManagerGroupPage() {
  const { t } = useTranslation('peer-rounds');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ManagerPeerGroupDocument, variables: { id } });
  const [status, changeStatus] = useMutation(ChangePeerGroupStatusDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ peerGroup: group }) => {
        const open = group.status !== 'ENDED';
        return (
          <Stack gap="lg">
            <PageTitle>{group.name}</PageTitle>
            <Group gap="xs">
              <Badge variant="light">{t(`enums.PeerGroupMethod.${group.method}`)}</Badge>
              <Badge variant="outline">{t(`enums.PeerGroupStatus.${group.status}`)}</Badge>
              <Text size="sm">
                {group.cohorts.map((c) => t('cohortNumber', { number: c.number })).join(', ')}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {t('group.confidential')}
            </Text>
            {group.warnings.map((w) => (
              <Alert key={w} color="orange" variant="light">
                {w}
              </Alert>
            ))}
            {status.error && <FormError message={errorMessage(status.error)} />}
            {open && (
              <Group>
                {group.status === 'FORMING' && (
                  <Button
                    loading={status.fetching}
                    onClick={() =>
                      void changeStatus({ input: { groupId: group.id, status: 'ACTIVE' } }).then(
                        reload,
                      )
                    }
                  >
                    {t('group.activate')}
                  </Button>
                )}
                <Button
                  color="red"
                  variant="light"
                  loading={status.fetching}
                  onClick={() => {
                    if (window.confirm(t('group.endConfirm')))
                      void changeStatus({ input: { groupId: group.id, status: 'ENDED' } }).then(
                        reload,
                      );
                  }}
                >
                  {t('group.end')}
                </Button>
              </Group>
            )}
            <MembersSection group={group} editable={open} onDone={reload} />
            <ManagerRounds group={group} editable={open} onDone={reload} />
            {open && (
              <section aria-labelledby="series-title">
                <Title order={2} size="h3" id="series-title" mb="sm">
                  {t('series.title')}
                </Title>
                <SeriesForm groupId={group.id} onDone={reload} />
              </section>
            )}
            <Anchor component={Link} to="/runden/gruppen">
              {t('groups.back')}
            </Anchor>
          </Stack>
        );
      }}
    </QueryResult>
  );
}

function MemberGroupPage() {
  const { t } = useTranslation('peer-rounds');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: MyPeerGroupsDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ myPeerGroups, peerCaseTextWarning }) => {
        const group = myPeerGroups.find((g) => g.id === id);
        if (!group) {
          return (
            <Stack>
              <Title order={1}>{t('errors.NOT_FOUND.title', { ns: 'app' })}</Title>
              <Text>{t('errors.NOT_FOUND.text', { ns: 'app' })}</Text>
            </Stack>
          );
        }
        return (
          <Stack gap="lg">
            <MemberGroup
              group={group}
              textWarning={peerCaseTextWarning}
              onDone={reload}
              headingLevel={1}
            />
            <Anchor component={Link} to="/runden">
              {t('my.back')}
            </Anchor>
          </Stack>
        );
      }}
    </QueryResult>
  );
}
