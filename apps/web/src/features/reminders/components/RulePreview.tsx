import { Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PreviewRemindersDocument } from '../../../gql/graphql';
import { formatInstant } from '../../../ui/format';
import { QueryResult } from '../../../ui/QueryResult';

/** Who a saved rule would mail about which upcoming event, when (a dry run of the planner). */
export function RulePreview({ ruleId }: { ruleId: string }) {
  const { t, i18n } = useTranslation('reminders');
  const captionId = useId();
  const [result, retry] = useQuery({
    query: PreviewRemindersDocument,
    variables: { ruleId },
    requestPolicy: 'network-only',
  });
  return (
    <QueryResult result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
      {({ previewReminders }) =>
        previewReminders.length === 0 ? (
          <Text size="sm">{t('previewEmpty')}</Text>
        ) : (
          // The caption above the scrolling table, so a phone shows all of it.
          <Stack gap={4}>
            <Text size="sm" id={captionId}>
              {t('previewOf')}
            </Text>
            <Table.ScrollContainer minWidth={520}>
              <Table aria-labelledby={captionId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('due')}</Table.Th>
                    <Table.Th>{t('recipient')}</Table.Th>
                    <Table.Th>{t('workshop')}</Table.Th>
                    <Table.Th>{t('status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {previewReminders.map((p, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{formatInstant(p.dueAt, i18n.language)}</Table.Td>
                      <Table.Td>{p.recipient?.name ?? '–'}</Table.Td>
                      <Table.Td>{p.event?.title ?? '–'}</Table.Td>
                      <Table.Td>
                        {t(`enums.ReminderStatus.${p.status}`, { ns: 'app' })}
                        {p.reason ? ` (${p.reason})` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )
      }
    </QueryResult>
  );
}
