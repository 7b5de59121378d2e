import { Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { MyProfileDocument, UpdateMyProfileDocument, type Language } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { setLanguage } from '../../../app/i18n';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';

/** Name and preferred language of the signed-in person. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const [result, retry] = useQuery({ query: MyProfileDocument });
  return (
    <Stack gap="md" maw={520}>
      <PageTitle>{t('title')}</PageTitle>
      <QueryResult result={result} retry={retry}>
        {({ me }) => <ProfileForm key={me.id} me={me} />}
      </QueryResult>
    </Stack>
  );
}

function ProfileForm({
  me,
}: {
  me: { name: string; email?: string | null; preferredLanguage: Language };
}) {
  const { t } = useTranslation('profile');
  const [name, setName] = useState(me.name);
  const [language, setLang] = useState<Language>(me.preferredLanguage);
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(UpdateMyProfileDocument);
  const fields = fieldErrors(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await update({ input: { name, preferredLanguage: language } });
    if (answer.data) {
      setSaved(true);
      await setLanguage(answer.data.updateMyProfile.preferredLanguage === 'EN' ? 'en' : 'de');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError message={formError(result.error, ['name', 'preferredLanguage'])} />
        <TextInput
          label={t('name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
          required
          autoComplete="name"
        />
        <TextInput label={t('email')} value={me.email ?? ''} readOnly />
        <NativeSelect
          label={t('language')}
          value={language}
          onChange={(e) => setLang(e.currentTarget.value as Language)}
          error={fields.preferredLanguage}
          data={[
            { value: 'DE', label: t('de') },
            { value: 'EN', label: t('en') },
          ]}
        />
        <div>
          <Button type="submit" loading={result.fetching}>
            {t('save', { ns: 'app' })}
          </Button>
        </div>
        {saved && <Text role="status">{t('saved')}</Text>}
      </Stack>
    </form>
  );
}
