import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ActivateParticipationDocument,
  CohortOverviewDocument,
  CompleteParticipationDocument,
  MoveUpFromWaitingListDocument,
  WithdrawParticipationDocument,
  type OverviewParticipationFragment,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { DownloadButton } from '../../../ui/DownloadButton';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { AddNetworkForm } from './AddNetworkForm';
import { CohortNav } from './CohortNav';
import { SetCoordinatorDialog } from './SetCoordinatorDialog';

/** A cohort's overview for program managers: networks, coordinators, status, waiting list. */
export function CohortOverviewPage() {
  const { t } = useTranslation('cohorts');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: CohortOverviewDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [activated, activate] = useMutation(ActivateParticipationDocument);
  const [completed, complete] = useMutation(CompleteParticipationDocument);
  const [movedUp, moveUp] = useMutation(MoveUpFromWaitingListDocument);
  const [, withdraw] = useMutation(WithdrawParticipationDocument);
  const [withdrawing, setWithdrawing] = useState<OverviewParticipationFragment | null>(null);
  const [coordinating, setCoordinating] = useState<OverviewParticipationFragment | null>(null);
  const { error, run } = useAction(reload);

  return (
    <QueryResult result={result} retry={reload}>
      {({ cohortOverview: overview }) => (
        <Stack gap="md">
          <PageTitle>
            {t('cohort', { number: overview.cohort.number, title: overview.cohort.title })}
          </PageTitle>
          <CohortNav cohortId={id} />
          <Group gap="sm">
            <Badge variant="light">
              {t(`enums.CohortStatus.${overview.cohort.status}`, { ns: 'app' })}
            </Badge>
            <Text>{t('free', { free: overview.freeCapacity })}</Text>
          </Group>
          <FormError message={errorMessage(error)} />
          <section>
            <Title order={2} size="h3" mb="xs">
              {t('networks')}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('network')}</Table.Th>
                    <Table.Th>{t('coordinator')}</Table.Th>
                    <Table.Th>{t('experience')}</Table.Th>
                    <Table.Th>{t('status')}</Table.Th>
                    <Table.Th>{t('actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {overview.participations
                    .filter((p) => p.status !== 'WAITLISTED')
                    .map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          {p.network.name}
                          <Text size="xs" c="dimmed">
                            {p.network.city}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {p.coordinator?.name ?? t('noCoordinator')}
                          {p.coordinator?.email && (
                            <Text size="xs" c="dimmed">
                              {p.coordinator.email}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {p.coordinatorExperience === 'EXPERIENCED'
                            ? t('alumnus')
                            : p.coordinatorExperience
                              ? t('new')
                              : ''}
                        </Table.Td>
                        <Table.Td>
                          {t(`enums.ParticipationStatus.${p.status}`, { ns: 'app' })}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="wrap">
                            {p.nextStatuses.includes('ACTIVE') && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                loading={activated.fetching}
                                aria-label={`${t('activate')}: ${p.network.name}`}
                                onClick={() => void run(() => activate({ id: p.id }))}
                              >
                                {t('activate')}
                              </Button>
                            )}
                            {p.nextStatuses.includes('COMPLETED') && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                loading={completed.fetching}
                                aria-label={`${t('complete')}: ${p.network.name}`}
                                onClick={() => void run(() => complete({ input: { id: p.id } }))}
                              >
                                {t('complete')}
                              </Button>
                            )}
                            {p.nextStatuses.includes('WITHDRAWN') && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                color="red"
                                aria-label={`${t('withdraw')}: ${p.network.name}`}
                                onClick={() => setWithdrawing(p)}
                              >
                                {t('withdraw')}
                              </Button>
                            )}
                            <Button
                              size="compact-sm"
                              variant="default"
                              aria-label={`${t('setCoordinator')}: ${p.network.name}`}
                              onClick={() => setCoordinating(p)}
                            >
                              {t('setCoordinator')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
          <section>
            <Title order={2} size="h3" mb="xs">
              {t('waitingList')}
            </Title>
            {overview.waitingList.length === 0 ? (
              <Text>{t('waitingEmpty')}</Text>
            ) : (
              <Stack gap="xs">
                <ol>
                  {overview.waitingList.map((p) => (
                    <li key={p.id}>
                      {p.network.name} ({p.coordinator?.name ?? t('noCoordinator')})
                    </li>
                  ))}
                </ol>
                <div>
                  <Button
                    variant="light"
                    loading={movedUp.fetching}
                    onClick={() => void run(() => moveUp({ cohortId: id }))}
                  >
                    {t('moveUp')}
                  </Button>
                </div>
              </Stack>
            )}
          </section>
          <AddNetworkForm cohortId={id} onDone={reload} />
          <Group gap="sm">
            <DownloadButton
              path={`/exports/cohorts/${id}/participants.csv`}
              fileName={`cohort-${overview.cohort.number}-participants.csv`}
              label={t('download')}
              failed={t('downloadFailed')}
            />
            <DownloadButton
              path={`/exports/cohorts/${id}/attendance.csv`}
              fileName={`cohort-${overview.cohort.number}-attendance.csv`}
              label={t('downloadAttendance')}
              failed={t('downloadFailed')}
            />
          </Group>
          <ReasonDialog
            opened={withdrawing !== null}
            title={t('withdrawOf', { network: withdrawing?.network.name ?? '' })}
            reasonLabel={t('withdrawReason')}
            required
            confirmLabel={t('confirmWithdraw')}
            confirmColor="red"
            onConfirm={(reason) => withdraw({ input: { id: withdrawing?.id ?? '', reason } })}
            onClose={() => setWithdrawing(null)}
            onDone={reload}
          />
          <SetCoordinatorDialog
            participation={coordinating}
            onClose={() => setCoordinating(null)}
            onDone={reload}
          />
        </Stack>
      )}
    </QueryResult>
  );
}
