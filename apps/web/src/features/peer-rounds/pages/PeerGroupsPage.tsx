import { Alert, Anchor, Badge, Card, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PeerGroupsOverviewDocument } from '../../../gql/graphql';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { formatDay } from '../../../ui/format';
import { FormGroupForm } from './FormGroupForm';

/** Program managers: the peer groups of a programme, and forming a new one. */
export function PeerGroupsPage() {
  const { t, i18n } = useTranslation('peer-rounds');
  const [programmeId, setProgrammeId] = useState('');
  const [result, refetch] = useQuery({
    query: PeerGroupsOverviewDocument,
    variables: { programmeId: programmeId || null },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ programmes, peerGroups }) => {
        const chosen = programmeId || programmes[0]?.id || '';
        return (
          <Stack gap="lg">
            <PageTitle>{t('groups.title')}</PageTitle>
            {programmes.length > 1 && (
              <NativeSelect
                label={t('groups.programme')}
                data={programmes.map((p) => ({ value: p.id, label: p.name }))}
                value={chosen}
                onChange={(e) => setProgrammeId(e.currentTarget.value)}
                maw={400}
              />
            )}
            {peerGroups.length === 0 && <Text>{t('groups.none')}</Text>}
            {peerGroups.length > 0 && (
              <Table.ScrollContainer minWidth={560}>
                <Table striped>
                  <Table.Caption>{t('groups.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('groups.name')}</Table.Th>
                      <Table.Th scope="col">{t('groups.status')}</Table.Th>
                      <Table.Th scope="col">{t('groups.memberCount')}</Table.Th>
                      <Table.Th scope="col">{t('groups.nextRound')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {peerGroups.map((g) => (
                      <Table.Tr key={g.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/runden/gruppen/${g.id}`}>
                            {g.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {t(`enums.PeerGroupMethod.${g.method}`)} ·{' '}
                            {g.cohorts
                              .map((c) => t('cohortNumber', { number: c.number }))
                              .join(', ')}
                          </Text>
                          {g.warnings.map((w) => (
                            <Text key={w} size="xs" c="red.9">
                              {w}
                            </Text>
                          ))}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light">{t(`enums.PeerGroupStatus.${g.status}`)}</Badge>
                        </Table.Td>
                        <Table.Td>{g.memberCount}</Table.Td>
                        <Table.Td>
                          {g.nextRound
                            ? `${formatDay(g.nextRound.time.date, i18n.language)}, ${g.nextRound.time.startTime.slice(0, 5)}`
                            : t('groups.noNextRound')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {chosen ? (
              <Card withBorder>
                <FormGroupForm programmeId={chosen} />
              </Card>
            ) : (
              <Alert>{t('groups.noProgramme')}</Alert>
            )}
          </Stack>
        );
      }}
    </QueryResult>
  );
}
