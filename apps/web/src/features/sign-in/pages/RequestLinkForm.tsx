import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RequestSignInLinkDocument } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/**
 * Email → sign-in link. The answer is the same whether or not the address is known. `next` is
 * the page the mailed link opens after signing in (the link usually opens in a new tab).
 */
export function RequestLinkForm({ intro, next }: { intro: string; next?: string }) {
  const { t } = useTranslation('signIn');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [result, request] = useMutation(RequestSignInLinkDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await request({
      email: email.trim(),
      ...(next && next !== '/' ? { next } : {}),
    });
    if (!answer.error) setSentTo(email.trim());
  };

  if (sentTo) {
    return (
      <Stack gap="md">
        <Text role="status">{t('sent', { email: sentTo })}</Text>
        <div>
          <Button variant="default" onClick={() => setSentTo(null)}>
            {t('sendAgain')}
          </Button>
        </div>
      </Stack>
    );
  }

  const fields = fieldErrors(result.error);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text>{intro}</Text>
        <FormError message={formError(result.error, ['email'])} />
        <TextInput
          label={t('email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fields.email}
        />
        <div>
          <Button type="submit" loading={result.fetching}>
            {t('send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
