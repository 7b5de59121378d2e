import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  BuddyMatchingDocument,
  ProposeTandemsDocument,
  type BuddyMatchingQuery,
} from '../../../gql/graphql';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { CohortNav } from '../../cohorts/pages/CohortNav';
import { errorsByRow, initialChoices, pairsToPropose, type Choices } from '../matching-selection';
import { reasonsInWords } from './ReasonList';

type Suggestions = BuddyMatchingQuery['buddySuggestions'];
type NewcomerRow = Suggestions['newcomers'][number];

/**
 * The matching board of a cohort (program managers): each new coordinator without a pairing
 * with the ranked buddies and their reasons, the proposed assignment preselected; selected
 * rows are proposed in one go (all or none), a refusal shown next to the row it concerns.
 */
export function MatchingPage() {
  const { t } = useTranslation('buddies');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: BuddyMatchingDocument, variables: { cohortId: id } });
  const [proposedCount, setProposedCount] = useState<number | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ cohort, buddySuggestions }) => (
        <Stack gap="md">
          <PageTitle>{t('matchingTitle', { number: cohort.number })}</PageTitle>
          <CohortNav cohortId={id} />
          <Text>{t('matchingIntro')}</Text>
          {proposedCount !== null && (
            <Alert color="teal" variant="light" role="status">
              {t('proposed', { count: proposedCount })}
            </Alert>
          )}
          <Board
            key={buddySuggestions.newcomers.map((n) => n.newCoordinator.id).join()}
            cohortId={id}
            suggestions={buddySuggestions}
            onProposed={(count) => {
              setProposedCount(count);
              reload();
            }}
          />
        </Stack>
      )}
    </QueryResult>
  );
}

function Board({
  cohortId,
  suggestions,
  onProposed,
}: {
  cohortId: string;
  suggestions: Suggestions;
  onProposed: (count: number) => void;
}) {
  const { t } = useTranslation('buddies');
  const [choices, setChoices] = useState<Choices>(() => initialChoices(suggestions));
  const [error, setError] = useState<CombinedError | undefined>();
  const [sent, setSent] = useState<{ newCoordinatorId: string; buddyId: string }[]>([]);
  const [proposing, propose] = useMutation(ProposeTandemsDocument);
  const order = suggestions.newcomers.map((n) => n.newCoordinator.id);
  const pairs = pairsToPropose(order, choices);
  const rowErrors = errorsByRow(error, sent);

  if (suggestions.newcomers.length === 0) return <Text>{t('allPaired')}</Text>;

  const change = (id: string, patch: Partial<Choices[string]>) =>
    setChoices((c) => ({ ...c, [id]: { selected: false, buddyId: null, ...c[id], ...patch } }));

  const submit = async () => {
    setSent(pairs);
    const answer = await propose({ input: { cohortId, pairs } });
    setError(answer.error);
    if (!answer.error) onProposed(pairs.length);
  };

  return (
    <Stack gap="md">
      <Text fw={600}>
        {t('totals', { total: suggestions.totalScore, greedy: suggestions.greedyScore })}
      </Text>
      <FormError message={rowErrors['']} />
      {suggestions.newcomers.map((n) => (
        <NewcomerCard
          key={n.newCoordinator.id}
          row={n}
          choice={choices[n.newCoordinator.id] ?? { selected: false, buddyId: null }}
          recommended={
            suggestions.proposal.find((p) => p.newCoordinator.id === n.newCoordinator.id)?.buddy.id
          }
          error={rowErrors[n.newCoordinator.id]}
          onChange={(patch) => change(n.newCoordinator.id, patch)}
        />
      ))}
      <div>
        <Button
          onClick={() => void submit()}
          disabled={pairs.length === 0}
          loading={proposing.fetching}
        >
          {t('propose', { count: pairs.length })}
        </Button>
      </div>
    </Stack>
  );
}

function NewcomerCard({
  row,
  choice,
  recommended,
  error,
  onChange,
}: {
  row: NewcomerRow;
  choice: Choices[string];
  recommended: string | undefined;
  error: string | undefined;
  onChange: (patch: Partial<Choices[string]>) => void;
}) {
  const { t } = useTranslation('buddies');
  const name = row.newCoordinator.name;
  const headingId = `newcomer-${row.newCoordinator.id}`;
  const topics = row.topics.map((topic) => t(`enums.BuddyTopic.${topic}`)).join(', ');
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={headingId}
      style={error ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {name}
            </Title>
            <Text size="sm">
              {row.networkName} · {t(`enums.Bundesland.${row.bundesland}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {topics ? t('wishes', { topics }) : t('noWishes')}
            </Text>
          </div>
          <Checkbox
            label={t('select', { name })}
            checked={choice.selected}
            disabled={row.candidates.length === 0}
            onChange={(e) => onChange({ selected: e.currentTarget.checked })}
          />
        </Group>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {row.candidates.length === 0 ? (
          <Text>{t('noCandidates')}</Text>
        ) : (
          <Radio.Group
            label={t('buddyFor', { name })}
            value={choice.buddyId ?? ''}
            onChange={(buddyId) => onChange({ buddyId, selected: true })}
          >
            <Stack gap="sm" mt="xs">
              {row.candidates.map((c) => (
                <Radio
                  key={c.buddy.id}
                  value={c.buddy.id}
                  label={
                    <Group component="span" gap="xs" wrap="wrap">
                      <Text span fw={600}>
                        {c.buddy.name}
                      </Text>
                      {c.networkName && (
                        <Text span size="sm">
                          ({c.networkName})
                        </Text>
                      )}
                      <Badge component="span" variant="light">
                        {t('points', { score: c.score })}
                      </Badge>
                      {c.buddy.id === recommended && (
                        <Badge component="span" variant="filled" color="teal">
                          {t('recommended')}
                        </Badge>
                      )}
                    </Group>
                  }
                  description={`${t('freePlaces', { free: c.free, capacity: c.capacity })} · ${reasonsInWords(t, c.reasons)}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
      </Stack>
    </Card>
  );
}
