import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  ReminderLedgerDocument,
  RetryReminderDocument,
  type ReminderStatus,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { RulesSection } from './RulesSection';

const STATUSES: ReminderStatus[] = ['PENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'];

/** The reminder ledger with a status filter, failures with their error and a retry; the rules. */
export function LedgerPage() {
  const { t, i18n } = useTranslation('reminders');
  const [status, setStatus] = useState<ReminderStatus | ''>('');
  const [result, refetch] = useQuery({
    query: ReminderLedgerDocument,
    variables: { status: status ? [status] : null },
  });
  const [retried, retry] = useMutation(RetryReminderDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <NativeSelect
        label={t('status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ReminderStatus | '')}
        data={[
          { value: '', label: t('all') },
          ...STATUSES.map((s) => ({
            value: s,
            label: t(`enums.ReminderStatus.${s}`, { ns: 'app' }),
          })),
        ]}
        maw={260}
      />
      <FormError message={errorMessage(retried.error)} />
      <QueryResult result={result} retry={reload}>
        {({ reminders }) => (
          <Stack gap="xs">
            <Text size="sm">{t('total', { count: reminders.totalCount })}</Text>
            {reminders.nodes.length === 0 ? (
              <Text>{t('none')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
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
                    {reminders.nodes.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>{formatInstant(r.dueAt, i18n.language)}</Table.Td>
                        <Table.Td>{r.recipient?.name ?? '–'}</Table.Td>
                        <Table.Td>{r.workshop?.title ?? '–'}</Table.Td>
                        <Table.Td>{t(`enums.ReminderStatus.${r.status}`, { ns: 'app' })}</Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            <Text size="sm">{r.lastError ?? r.reason ?? ''}</Text>
                            {r.status === 'FAILED' && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                aria-label={t('retryOf', { name: r.recipient?.name ?? '' })}
                                onClick={() => void retry({ id: r.id }).then(reload)}
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
          </Stack>
        )}
      </QueryResult>
      <Title order={2} size="h3">
        {t('rules')}
      </Title>
      <RulesSection />
    </Stack>
  );
}
