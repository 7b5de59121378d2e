import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  RetentionDocument,
  SetRetentionPeriodDocument,
  type RetentionQuery,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { formatDay, formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { PrivacyNav } from './PrivacyNav';

type Rule = RetentionQuery['retentionRules'][number];

/** Program managers: retention periods (all programmes or one), the next run's preview, past runs. */
export function RetentionPage() {
  const { t, i18n } = useTranslation('privacy');
  const [programmeId, setProgrammeId] = useState('');
  const [result, refetch] = useQuery({
    query: RetentionDocument,
    variables: { programmeId: programmeId || null },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="lg">
      <PageTitle>{t('retention.title')}</PageTitle>
      <PrivacyNav />
      <Text maw={760}>{t('retention.intro')}</Text>
      <QueryResult result={result} retry={reload}>
        {(data) => {
          const labels = new Map(data.retentionRules.map((r) => [r.dataClass, r.label]));
          const label = (dataClass: string) => labels.get(dataClass) ?? dataClass;
          const due = data.retentionPreview.filter((c) => c.count > 0);
          return (
            <>
              <Card withBorder component="section" aria-labelledby="retention-preview">
                <Title order={2} size="h3" id="retention-preview" mb="xs">
                  {t('retention.previewTitle')}
                </Title>
                <Text size="sm" mb="xs">
                  {t('retention.previewText')}
                </Text>
                {due.length === 0 ? (
                  <Text>{t('retention.previewNone')}</Text>
                ) : (
                  <Table>
                    <Table.Tbody>
                      {due.map((c) => (
                        <Table.Tr key={c.dataClass}>
                          <Table.Th scope="row">{label(c.dataClass)}</Table.Th>
                          <Table.Td ta="right">{c.count}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Card>
              <Card withBorder component="section" aria-labelledby="retention-rules">
                <Stack gap="sm">
                  <Title order={2} size="h3" id="retention-rules">
                    {t('retention.title')}
                  </Title>
                  <NativeSelect
                    label={t('retention.programme')}
                    value={programmeId}
                    onChange={(e) => setProgrammeId(e.currentTarget.value)}
                    data={[
                      { value: '', label: t('retention.allProgrammes') },
                      ...data.programmes.map((p) => ({ value: p.id, label: p.name })),
                    ]}
                    maw={360}
                  />
                  {data.retentionRules.map((rule) => (
                    <RuleRow
                      key={`${rule.dataClass}-${programmeId}`}
                      rule={rule}
                      programmeId={programmeId || null}
                      onSaved={reload}
                    />
                  ))}
                </Stack>
              </Card>
              <Card withBorder component="section" aria-labelledby="retention-runs">
                <Title order={2} size="h3" id="retention-runs" mb="xs">
                  {t('retention.runsTitle')}
                </Title>
                {data.retentionRuns.length === 0 ? (
                  <Text>{t('retention.runsNone')}</Text>
                ) : (
                  <Table.ScrollContainer minWidth={360}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('retention.ranAt')}</Table.Th>
                          <Table.Th>{t('retention.counts')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.retentionRuns.map((run) => {
                          const done = run.counts.filter((c) => c.count > 0);
                          return (
                            <Table.Tr key={run.ranAt}>
                              <Table.Td>
                                {formatDay(run.day, i18n.language)} (
                                {formatInstant(run.ranAt, i18n.language)})
                              </Table.Td>
                              <Table.Td>
                                {done.length === 0
                                  ? t('retention.nothingDone')
                                  : done.map((c) => `${label(c.dataClass)}: ${c.count}`).join(', ')}
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Card>
            </>
          );
        }}
      </QueryResult>
    </Stack>
  );
}

function RuleRow({
  rule,
  programmeId,
  onSaved,
}: {
  rule: Rule;
  programmeId: string | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation('privacy');
  const [days, setDays] = useState<number | string>(rule.days);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetRetentionPeriodDocument);
  const editable = programmeId === null || rule.perProgramme;
  const fields = fieldErrors(result.error);
  return (
    <Card withBorder padding="sm" component="section" aria-label={rule.label}>
      <Stack gap={6}>
        <Text fw={600}>{rule.label}</Text>
        <Text size="sm">
          {t('retention.from')}: {rule.from} · {t('retention.then')}: {t(`actions.${rule.action}`)}{' '}
          · {t('retention.defaultDays', { days: rule.defaultDays })}
        </Text>
        {editable ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setSaved(false);
              void save({
                input: { dataClass: rule.dataClass, days: Number(days), programmeId },
              }).then((answer) => {
                if (answer.data) {
                  setSaved(true);
                  onSaved();
                }
              });
            }}
          >
            <FormError message={formError(result.error, ['days', 'dataClass', 'programmeId'])} />
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={t('retention.days')}
                aria-label={t('retention.daysFor', { label: rule.label })}
                value={days}
                onChange={setDays}
                min={1}
                max={3650}
                error={fields.days ?? fields.programmeId}
                w={160}
              />
              <Button
                type="submit"
                variant="default"
                loading={result.fetching}
                aria-label={t('retention.saveFor', { label: rule.label })}
              >
                {t('retention.save')}
              </Button>
              {saved && (
                <Text role="status" size="sm">
                  {t('retention.saved')}
                </Text>
              )}
            </Group>
          </form>
        ) : (
          <Text size="sm">
            {t('retention.days')}: {rule.days} ({t('retention.onlyAll')})
          </Text>
        )}
      </Stack>
    </Card>
  );
}
