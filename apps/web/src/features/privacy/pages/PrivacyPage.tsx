import { Anchor, Card, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PrivacyOverviewDocument, PrivacyPeopleDocument } from '../../../gql/graphql';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { PrivacyNav } from './PrivacyNav';

/** Program managers: open erasure requests, finding a person's privacy page, and the links. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation('privacy');
  const [result, refetch] = useQuery({ query: PrivacyOverviewDocument });
  return (
    <Stack gap="lg">
      <PageTitle>{t('manager.title')}</PageTitle>
      <PrivacyNav />
      <Text maw={760}>{t('manager.intro')}</Text>
      <Card withBorder component="section" aria-labelledby="erasure-requests">
        <Title order={2} size="h3" id="erasure-requests" mb="sm">
          {t('manager.requestsTitle')}
        </Title>
        <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
          {({ erasureRequests }) =>
            erasureRequests.length === 0 ? (
              <Text>{t('manager.requestsNone')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('manager.person')}</Table.Th>
                    <Table.Th>{t('manager.requestedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {erasureRequests.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/privacy/people/${r.personId}`}>
                          {r.person?.name ?? r.personId}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatInstant(r.requestedAt, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryResult>
      </Card>
      <FindPerson />
    </Stack>
  );
}

function FindPerson() {
  const { t } = useTranslation('privacy');
  const [search, setSearch] = useState('');
  const [result] = useQuery({
    query: PrivacyPeopleDocument,
    variables: { search },
    pause: search.trim().length < 2,
  });
  const people = result.data?.people.nodes ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="find-person">
      <Stack gap="sm">
        <Title order={2} size="h3" id="find-person">
          {t('manager.findTitle')}
        </Title>
        <TextInput
          type="search"
          label={t('manager.find')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={360}
        />
        {result.data && people.length === 0 && <Text>{t('manager.findNone')}</Text>}
        {people.length > 0 && (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {people.map((p) => (
              <li key={p.id}>
                <Anchor
                  component={Link}
                  to={`/privacy/people/${p.id}`}
                  aria-label={t('manager.open', { name: p.name })}
                >
                  {p.name}
                </Anchor>{' '}
                <Text span size="sm">
                  {p.email}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
