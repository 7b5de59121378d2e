import {
  Button,
  Card,
  Checkbox,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  MyBuddyProfileDocument,
  UpdateMyBuddyProfileDocument,
  type BuddyTopic,
  type Bundesland,
  type MyBuddyProfileFieldsFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { BUNDESLAENDER, TOPICS } from './options';

/** An alumnus's buddy profile: capacity 0–3, topics, Bundesländer, languages. */
export function BuddyProfilePage() {
  const { t } = useTranslation('buddies');
  const [result, refetch] = useQuery({ query: MyBuddyProfileDocument });
  return (
    <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ myBuddyProfile }) => (
        <Stack gap="md">
          <PageTitle>{t('profileTitle')}</PageTitle>
          <Text>{t('profileIntro')}</Text>
          {!myBuddyProfile && <Text fw={600}>{t('noProfile')}</Text>}
          <ProfileForm profile={myBuddyProfile ?? null} />
        </Stack>
      )}
    </QueryResult>
  );
}

function ProfileForm({ profile }: { profile: MyBuddyProfileFieldsFragment | null }) {
  const { t } = useTranslation('buddies');
  const [capacity, setCapacity] = useState(String(profile?.capacity ?? 1));
  const [topics, setTopics] = useState<string[]>(profile?.topics ?? []);
  const [regions, setRegions] = useState<string[]>(profile?.bundeslaender ?? []);
  const [languages, setLanguages] = useState((profile?.languages ?? ['de']).join(', '));
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(UpdateMyBuddyProfileDocument);
  const fields = fieldErrors(result.error);
  const current = result.data?.updateMyBuddyProfile ?? profile;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await update({
      input: {
        capacity: Number(capacity),
        topics: topics as BuddyTopic[],
        bundeslaender: regions as Bundesland[],
        languages: languages
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean),
      },
    });
    if (!answer.error) setSaved(true);
  };
  return (
    <Card withBorder component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError
          message={formError(result.error, ['capacity', 'topics', 'bundeslaender', 'languages'])}
        />
        {current && <Text>{t('load', { load: current.load })}</Text>}
        <NativeSelect
          label={t('capacity')}
          value={capacity}
          onChange={(e) => setCapacity(e.currentTarget.value)}
          error={fields.capacity}
          data={['0', '1', '2', '3'].map((v) => ({ value: v, label: t(`capacityOption.${v}`) }))}
        />
        <Checkbox.Group
          label={t('topics')}
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
        <Checkbox.Group
          label={t('bundeslaender')}
          value={regions}
          onChange={setRegions}
          error={fields.bundeslaender}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} verticalSpacing={6} mt={6}>
            {BUNDESLAENDER.map((b) => (
              <Checkbox key={b} value={b} label={t(`enums.Bundesland.${b}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label={t('languages')}
          value={languages}
          onChange={(e) => setLanguages(e.currentTarget.value)}
          error={fields.languages}
        />
        <div>
          <Button type="submit" loading={result.fetching}>
            {t('saveProfile')}
          </Button>
        </div>
        {saved && <Text role="status">{t('profileSaved')}</Text>}
      </Stack>
    </Card>
  );
}
