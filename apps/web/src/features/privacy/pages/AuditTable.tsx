import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PrivacyAuditLogDocument } from '../../../gql/graphql';
import { formatInstant } from '../../../ui/format';
import { QueryResult } from '../../../ui/QueryResult';

const PAGE = 25;
const MOST = 100; // the API's limit

/** The privacy audit log (newest first), all of it or about one person, 25 more at a time. */
export function AuditTable({ personId }: { personId?: string }) {
  const { t, i18n } = useTranslation('privacy');
  const [first, setFirst] = useState(PAGE);
  const [result, refetch] = useQuery({
    query: PrivacyAuditLogDocument,
    variables: { personId: personId ?? null, first },
  });
  return (
    <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ privacyAuditLog: entries }) =>
        entries.length === 0 ? (
          <Text>{t('audit.none')}</Text>
        ) : (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.when')}</Table.Th>
                    <Table.Th>{t('audit.action')}</Table.Th>
                    <Table.Th>{t('audit.actor')}</Table.Th>
                    <Table.Th>{t('audit.subject')}</Table.Th>
                    <Table.Th>{t('audit.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{formatInstant(e.at, i18n.language)}</Table.Td>
                      <Table.Td>{t(`audit.actions.${e.action}`)}</Table.Td>
                      <Table.Td>{e.actor?.name ?? t('audit.job')}</Table.Td>
                      <Table.Td>{e.subject?.name ?? '–'}</Table.Td>
                      <Table.Td>
                        {e.details.length === 0
                          ? '–'
                          : e.details.map((d) => `${d.key}: ${d.value}`).join(', ')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {entries.length === first && first < MOST && (
              <div>
                <Button variant="default" onClick={() => setFirst(Math.min(first + PAGE, MOST))}>
                  {t('audit.more')}
                </Button>
              </div>
            )}
          </Stack>
        )
      }
    </QueryResult>
  );
}
