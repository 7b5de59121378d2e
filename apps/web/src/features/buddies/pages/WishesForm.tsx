import { Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  MyBuddyWishesDocument,
  SetMyBuddyWishesDocument,
  type BuddyTopic,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { TOPICS } from './options';

/** A new coordinator's wishes for a cohort; shown only where they are a new coordinator. */
export function WishesForm({ cohortId, cohortNumber }: { cohortId: string; cohortNumber: number }) {
  const [result] = useQuery({ query: MyBuddyWishesDocument, variables: { cohortId } });
  const wishes = result.data?.myBuddyWishes;
  if (!wishes) return null;
  return <WishesEditor cohortId={cohortId} cohortNumber={cohortNumber} initial={wishes} />;
}

function WishesEditor({
  cohortId,
  cohortNumber,
  initial,
}: {
  cohortId: string;
  cohortNumber: number;
  initial: BuddyTopic[];
}) {
  const { t } = useTranslation('buddies');
  const [topics, setTopics] = useState<string[]>(initial);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetMyBuddyWishesDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await save({ input: { cohortId, topics: topics as BuddyTopic[] } });
    if (!answer.error) setSaved(true);
  };
  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('wishesTitle', { number: cohortNumber })}
        </Title>
        <Text size="sm">{t('wishesIntro')}</Text>
        <FormError message={formError(result.error, ['topics'])} />
        <Checkbox.Group
          label={t('wishesLabel')}
          value={topics}
          onChange={setTopics}
          error={fields.topics}
        >
          <Stack gap={6} mt={6}>
            {TOPICS.map((topic) => (
              <Checkbox key={topic} value={topic} label={t(`enums.BuddyTopic.${topic}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button type="submit" variant="light" loading={result.fetching}>
            {t('saveWishes')}
          </Button>
        </Group>
        {saved && <Text role="status">{t('wishesSaved')}</Text>}
      </Stack>
    </Card>
  );
}
