import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  ReminderLedgerDocument,
  RetryReminderDocument,
  type ReminderLedgerQuery,
  type ReminderLedgerQueryVariables,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatInstant } from '../../../ui/format';
import { FormError, QueryResult } from '../../../ui/QueryResult';

type Row = ReminderLedgerQuery['reminders']['nodes'][number];

/** One filtered list of the ledger, 50 at a time ("load more" adds the next page below). */
export function LedgerTable({
  variables,
}: {
  variables: Omit<ReminderLedgerQueryVariables, 'after'>;
}) {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Row[]>([]);
  // The whole list's size, kept while the next page loads.
  const [total, setTotal] = useState(0);
  const [result, refetch] = useQuery({
    query: ReminderLedgerDocument,
    variables: { ...variables, after },
  });
  const [retried, retry] = useMutation(RetryReminderDocument);
  // Only the answer for the page asked for (not the previous page's, while the next loads).
  const current =
    result.data && (result.operation?.variables.after ?? null) === after ? result.data : undefined;
  const reload = () => {
    setEarlier([]);
    setAfter(null);
    refetch({ requestPolicy: 'network-only' });
  };
  const more = () => {
    if (!current) return;
    setEarlier([...earlier, ...current.reminders.nodes]);
    setTotal(current.reminders.totalCount);
    setAfter(current.reminders.pageInfo.endCursor ?? null);
  };
  const rows = (data: ReminderLedgerQuery | undefined) => (
    <LedgerRows
      rows={[...earlier, ...(data?.reminders.nodes ?? [])]}
      total={data?.reminders.totalCount ?? total}
      loadingMore={!data}
      hasMore={data?.reminders.pageInfo.hasNextPage ?? false}
      onMore={more}
      onRetry={(id) => void retry({ id }).then(reload)}
    />
  );
  return (
    <Stack gap="xs">
      <FormError message={errorMessage(retried.error)} />
      {earlier.length === 0 ? (
        <QueryResult result={{ ...result, data: current }} retry={reload}>
          {(data) => rows(data)}
        </QueryResult>
      ) : (
        rows(current)
      )}
    </Stack>
  );
}

function LedgerRows({
  rows,
  total,
  hasMore,
  loadingMore,
  onMore,
  onRetry,
}: {
  rows: Row[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  onRetry: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('reminders');
  // A person by name; a contact without an account only as whose contact it is (never an address).
  const recipientOf = (r: Row) =>
    r.recipient?.name ?? (r.contact ? t('contactOf', { label: r.contact.label }) : '');
  return (
    <Stack gap="xs">
      <Text size="sm" role="status">
        {rows.length < total
          ? t('shown', { shown: rows.length, count: total })
          : t('total', { count: total })}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('due')}</Table.Th>
                <Table.Th>{t('recipient')}</Table.Th>
                <Table.Th>{t('workshop')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatInstant(r.dueAt, i18n.language)}</Table.Td>
                  <Table.Td>{recipientOf(r) || '–'}</Table.Td>
                  <Table.Td>{r.event?.title ?? '–'}</Table.Td>
                  <Table.Td>{t(`enums.ReminderStatus.${r.status}`, { ns: 'app' })}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {r.lastError ?? r.reason ?? ''}
                      </Text>
                      {r.status === 'FAILED' && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('retryOf', { name: recipientOf(r) })}
                          onClick={() => onRetry(r.id)}
                        >
                          {t('retry')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(hasMore || loadingMore) && (
        <div>
          <Button variant="default" loading={loadingMore} onClick={onMore}>
            {t('more')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
