import { Button, Card, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  ManagerCohortsDocument,
  PreviewRemindersDocument,
  ReminderRulesDocument,
} from '../../../gql/graphql';
import { formatInstant } from '../../../ui/format';
import { QueryResult } from '../../../ui/QueryResult';

/** A programme's reminder rules, each with a preview of whom it would mail when. */
export function RulesSection() {
  const { t } = useTranslation('reminders');
  const [programmes] = useQuery({ query: ManagerCohortsDocument });
  const list = programmes.data?.programmes ?? [];
  const [chosen, setChosen] = useState('');
  const programmeId = chosen || list[0]?.id || '';
  const [rules, refetch] = useQuery({
    query: ReminderRulesDocument,
    variables: { programmeId },
    pause: !programmeId,
  });
  const [previewing, setPreviewing] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('programme')}
        value={programmeId}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={list.map((p) => ({ value: p.id, label: p.name }))}
        maw={360}
      />
      {programmeId && (
        <QueryResult result={rules} retry={() => refetch({ requestPolicy: 'network-only' })}>
          {({ reminderRules }) => (
            <Stack gap="xs">
              {reminderRules.map((rule) => (
                <Card withBorder key={rule.id}>
                  <Group justify="space-between">
                    <Text>
                      {t('offset', {
                        days: rule.offsetDays,
                        minutes: rule.offsetMinutes,
                        anchor: rule.anchor,
                      })}{' '}
                      {t('audience', { audience: rule.audience })} · {rule.template}
                      {!rule.enabled && ` (${t('disabled')})`}
                    </Text>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-expanded={previewing === rule.id}
                      onClick={() => setPreviewing(previewing === rule.id ? null : rule.id)}
                    >
                      {t('preview')}
                    </Button>
                  </Group>
                  {previewing === rule.id && <Preview ruleId={rule.id} />}
                </Card>
              ))}
            </Stack>
          )}
        </QueryResult>
      )}
    </Stack>
  );
}

function Preview({ ruleId }: { ruleId: string }) {
  const { t, i18n } = useTranslation('reminders');
  const [result, retry] = useQuery({ query: PreviewRemindersDocument, variables: { ruleId } });
  return (
    <QueryResult result={result} retry={retry}>
      {({ previewReminders }) =>
        previewReminders.length === 0 ? (
          <Text size="sm">{t('previewEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Caption>{t('previewOf')}</Table.Caption>
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
                    <Table.Td>{p.workshop?.title ?? '–'}</Table.Td>
                    <Table.Td>
                      {t(`enums.ReminderStatus.${p.status}`, { ns: 'app' })}
                      {p.reason ? ` (${p.reason})` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryResult>
  );
}
