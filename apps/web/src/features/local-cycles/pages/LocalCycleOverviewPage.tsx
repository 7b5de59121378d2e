import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LocalCycleOverviewDocument, type SelfAnalysisPhase } from '../../../gql/graphql';
import { DownloadButton } from '../../../ui/DownloadButton';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { CohortNav } from '../../cohorts/pages/CohortNav';
import { ReopenButton } from './CycleStatusActions';

/**
 * Program managers: where a cohort's networks stand with their local cycles, with totals and
 * as CSV. Figures only: the API never answers an initiative's contact data here.
 */
export function LocalCycleOverviewPage() {
  const { t, i18n } = useTranslation('localCycles');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({
    query: LocalCycleOverviewDocument,
    variables: { cohortId: id },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ cohort, localCycleOverview: overview }) => (
        <Stack gap="md">
          <PageTitle>{t('overview.title', { number: cohort.number })}</PageTitle>
          <CohortNav cohortId={id} />
          <Text>{t('overview.intro')}</Text>
          <Text fw={600} role="status">
            {t('overview.totals', {
              withCycle: overview.totals.networksWithCycle,
              networks: overview.totals.networks,
              enrolled: overview.totals.initiativesEnrolled,
              held: overview.totals.workshopsHeld,
            })}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('overview.network')}</Table.Th>
                  <Table.Th scope="col">{t('overview.status')}</Table.Th>
                  <Table.Th scope="col">{t('overview.enrolled')}</Table.Th>
                  <Table.Th scope="col">{t('overview.invited')}</Table.Th>
                  <Table.Th scope="col">{t('overview.held')}</Table.Th>
                  <Table.Th scope="col">{t('overview.phases')}</Table.Th>
                  <Table.Th scope="col">{t('overview.lastActivity')}</Table.Th>
                  <Table.Th scope="col">{t('overview.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {overview.rows.map((row) => (
                  <Table.Tr key={row.participationId}>
                    <Table.Th scope="row">{row.networkName}</Table.Th>
                    <Table.Td>
                      {row.cycleStatus
                        ? t(`enums.LocalCycleStatus.${row.cycleStatus}`)
                        : t('enums.LocalCycleStatus.none')}
                    </Table.Td>
                    <Table.Td>{row.initiativesEnrolled}</Table.Td>
                    <Table.Td>{row.initiativesInvited}</Table.Td>
                    <Table.Td>
                      {t('overview.heldOf', {
                        held: row.workshopsHeld,
                        planned: row.workshopsPlanned,
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Phases phases={row.phases} />
                    </Table.Td>
                    <Table.Td>
                      {row.lastActivityAt ? formatInstant(row.lastActivityAt, i18n.language) : '–'}
                    </Table.Td>
                    <Table.Td>
                      {row.localCycleId && (
                        <Group gap={4} wrap="wrap">
                          <Anchor
                            component={Link}
                            to={`/local-cycle/${row.localCycleId}`}
                            aria-label={t('overview.open', { network: row.networkName })}
                            size="sm"
                          >
                            {t('overview.openShort')}
                          </Anchor>
                          {row.cycleStatus === 'COMPLETED' && (
                            <ReopenButton
                              cycleId={row.localCycleId}
                              label={t('overview.reopenOf', { network: row.networkName })}
                              onDone={reload}
                            />
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('overview.total')}</Table.Th>
                  <Table.Td>
                    {overview.totals.networksWithCycle}/{overview.totals.networks}
                  </Table.Td>
                  <Table.Td>{overview.totals.initiativesEnrolled}</Table.Td>
                  <Table.Td />
                  <Table.Td>{overview.totals.workshopsHeld}</Table.Td>
                  <Table.Td>
                    <Phases phases={overview.totals.phases} />
                  </Table.Td>
                  <Table.Td />
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <DownloadButton
            path={`/exports/cohorts/${id}/local-cycles.csv`}
            fileName={`cohort-${cohort.number}-local-cycles.csv`}
            label={t('overview.download')}
            failed={t('overview.downloadFailed')}
          />
        </Stack>
      )}
    </QueryResult>
  );
}

/** The phases with at least one initiative, in order. */
function Phases({ phases }: { phases: readonly { phase: SelfAnalysisPhase; count: number }[] }) {
  const { t } = useTranslation('localCycles');
  const shown = phases.filter((p) => p.count > 0);
  if (shown.length === 0) return <>–</>;
  return (
    <Stack gap={0}>
      {shown.map((p) => (
        <Text size="xs" key={p.phase}>
          {t('overview.phaseCount', {
            phase: t(`enums.SelfAnalysisPhase.${p.phase}`),
            count: p.count,
          })}
        </Text>
      ))}
    </Stack>
  );
}
