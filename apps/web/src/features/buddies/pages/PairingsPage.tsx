import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  CohortTandemsDocument,
  ResolveTandemProblemDocument,
  WithdrawTandemDocument,
  type PairingStatus,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { DownloadButton } from '../../../ui/DownloadButton';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { CohortNav } from '../../cohorts/pages/CohortNav';
import { PAIRING_STATUSES } from './options';

/**
 * A cohort's pairings for program managers: status filter, sessions held and the last one's
 * date (never notes), open problem reports with "resolved", withdrawing a proposal, the CSV.
 */
export function PairingsPage() {
  const { t, i18n } = useTranslation('buddies');
  const { id = '' } = useParams();
  const [status, setStatus] = useState<PairingStatus | ''>('');
  const [result, refetch] = useQuery({
    query: CohortTandemsDocument,
    variables: { cohortId: id, status: status || null },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [, withdraw] = useMutation(WithdrawTandemDocument);
  const [, resolve] = useMutation(ResolveTandemProblemDocument);
  const { error, run } = useAction(reload);
  return (
    <QueryResult result={result} retry={reload}>
      {({ cohort, buddyPairings, buddyProblemReports, buddyFeedbackSummary: feedback }) => {
        const day = (iso: string) => formatInstant(iso, i18n.language, cohort.programme.timeZone);
        return (
          <Stack gap="md">
            <PageTitle>{t('pairingsTitle', { number: cohort.number })}</PageTitle>
            <CohortNav cohortId={id} />
            <Text size="sm">{t('privacy')}</Text>
            <FormError message={errorMessage(error)} />
            <Group align="flex-end" gap="md" wrap="wrap">
              <NativeSelect
                label={t('statusFilter')}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as PairingStatus | '')}
                data={[
                  { value: '', label: t('allStatuses') },
                  ...PAIRING_STATUSES.map((s) => ({
                    value: s,
                    label: t(`enums.PairingStatus.${s}`),
                  })),
                ]}
              />
              <DownloadButton
                path={`/exports/cohorts/${id}/buddy-pairings.csv`}
                fileName={`cohort-${cohort.number}-buddy-pairings.csv`}
                label={t('downloadCsv')}
                failed={t('downloadFailed')}
              />
            </Group>
            {buddyPairings.length === 0 ? (
              <Text>{t('noPairings')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('newCoordinator')}</Table.Th>
                      <Table.Th>{t('buddy')}</Table.Th>
                      <Table.Th>{t('status')}</Table.Th>
                      <Table.Th>{t('sessionsHeld')}</Table.Th>
                      <Table.Th>{t('lastSession')}</Table.Th>
                      <Table.Th>{t('openReports')}</Table.Th>
                      <Table.Th>{t('actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {buddyPairings.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          {p.newCoordinator.name}
                          <Text size="xs" c="dimmed">
                            {p.networkName}
                          </Text>
                        </Table.Td>
                        <Table.Td>{p.buddy.name}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={p.status === 'ACTIVE' ? 'teal' : 'gray'}>
                            {t(`enums.PairingStatus.${p.status}`)}
                          </Badge>
                          {p.endReason && (
                            <Text size="xs">{t(`enums.PairingEndReason.${p.endReason}`)}</Text>
                          )}
                          {p.declineReason && <Text size="xs">{p.declineReason}</Text>}
                        </Table.Td>
                        <Table.Td>{p.sessionsHeld}</Table.Td>
                        <Table.Td>{p.lastSessionHeldAt ? day(p.lastSessionHeldAt) : '–'}</Table.Td>
                        <Table.Td>{p.openProblemReports}</Table.Td>
                        <Table.Td>
                          {p.status === 'PROPOSED' && (
                            <Button
                              size="compact-sm"
                              variant="light"
                              color="red"
                              aria-label={t('withdrawOf', {
                                name: p.newCoordinator.name,
                                buddy: p.buddy.name,
                              })}
                              onClick={() => void run(() => withdraw({ id: p.id }))}
                            >
                              {t('withdraw')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <section aria-labelledby="open-problems">
              <Title order={2} size="h3" mb="xs" id="open-problems">
                {t('problems')}
              </Title>
              {buddyProblemReports.length === 0 ? (
                <Text>{t('noProblems')}</Text>
              ) : (
                <Stack gap="sm">
                  {buddyProblemReports.map((r) => (
                    <Card withBorder key={r.id} component="article">
                      <Stack gap={4}>
                        <Group justify="space-between" wrap="wrap">
                          <Text fw={600}>
                            {t('reportBy', { name: r.reportedBy.name, day: day(r.createdAt) })}
                          </Text>
                          {r.pleaseEnd && (
                            <Badge color="orange" variant="light">
                              {t('wantsEnd')}
                            </Badge>
                          )}
                        </Group>
                        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
                        <div>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('resolveOf', { name: r.reportedBy.name })}
                            onClick={() => void run(() => resolve({ id: r.id }))}
                          >
                            {t('resolve')}
                          </Button>
                        </div>
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              )}
            </section>
            <Text>
              {feedback.count === 0
                ? t('noFeedback')
                : t('feedbackSummary', {
                    count: feedback.count,
                    average: (feedback.averageRating ?? 0).toLocaleString(i18n.language, {
                      maximumFractionDigits: 1,
                    }),
                  })}
            </Text>
          </Stack>
        );
      }}
    </QueryResult>
  );
}
