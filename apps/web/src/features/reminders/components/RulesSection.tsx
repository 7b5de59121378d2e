import { Button, Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  ManagerCohortsDocument,
  ReminderEventKindsDocument,
  ReminderRulesDocument,
  type ReminderRuleFieldsFragment,
} from '../../../gql/graphql';
import { QueryResult } from '../../../ui/QueryResult';
import { RuleCard } from './RuleCard';
import { RuleForm, type CohortChoice } from './RuleForm';

/**
 * A programme's reminder rules: add, change, switch off and on, delete, each with a preview of
 * whom it would mail when (shown at once after saving: the API previews saved rules only).
 */
export function RulesSection() {
  const { t } = useTranslation('reminders');
  const [programmes] = useQuery({ query: ManagerCohortsDocument });
  const [kindsResult] = useQuery({ query: ReminderEventKindsDocument });
  const list = programmes.data?.programmes ?? [];
  const [chosen, setChosen] = useState('');
  const programmeId = chosen || list[0]?.id || '';
  const [rules, refetch] = useQuery({
    query: ReminderRulesDocument,
    variables: { programmeId },
    pause: !programmeId,
  });
  const [adding, setAdding] = useState(false);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const kinds = kindsResult.data?.reminderEventKinds ?? [];
  const cohorts: CohortChoice[] = (programmes.data?.cohorts.nodes ?? [])
    .filter((c) => c.programme.id === programmeId)
    .map((c) => ({ id: c.id, label: t('scopeCohort', { number: c.number, title: c.title }) }));

  const saved = (rule: ReminderRuleFieldsFragment) => {
    setAdding(false);
    setNotice(null);
    setJustSaved(rule.id);
    reload();
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('rulesIntro')}</Text>
      <NativeSelect
        label={t('programme')}
        value={programmeId}
        onChange={(e) => {
          setChosen(e.currentTarget.value);
          setAdding(false);
          setJustSaved(null);
        }}
        data={list.map((p) => ({ value: p.id, label: p.name }))}
        maw={360}
      />
      {notice && <Text role="status">{notice}</Text>}
      {programmeId && (
        <QueryResult result={rules} retry={reload}>
          {({ reminderRules }) => (
            <Stack gap="xs">
              {adding ? (
                <Card withBorder>
                  <RuleForm
                    programmeId={programmeId}
                    kinds={kinds}
                    cohorts={cohorts}
                    programmeRules={reminderRules}
                    onSaved={saved}
                    onCancel={() => setAdding(false)}
                  />
                </Card>
              ) : (
                <Group>
                  <Button
                    variant="light"
                    disabled={kinds.length === 0}
                    onClick={() => {
                      setAdding(true);
                      setJustSaved(null);
                      setNotice(null);
                    }}
                  >
                    {t('newRule')}
                  </Button>
                </Group>
              )}
              {reminderRules.length === 0 && <Text>{t('noRules')}</Text>}
              {reminderRules.map((rule) => (
                <RuleCard
                  key={rule.id}
                  rule={rule}
                  kinds={kinds}
                  cohorts={cohorts}
                  programmeRules={reminderRules}
                  justSaved={justSaved === rule.id}
                  onSaved={saved}
                  onDeleted={() => {
                    setJustSaved(null);
                    setNotice(t('deleted'));
                    reload();
                  }}
                />
              ))}
            </Stack>
          )}
        </QueryResult>
      )}
    </Stack>
  );
}
