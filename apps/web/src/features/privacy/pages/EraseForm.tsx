import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErasePersonDocument } from '../../../gql/graphql';
import { errorReason, fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** Reasons of `erasePerson` that concern the confirmation and are shown next to its field. */
const FIELD_REASONS = ['LAST_ADMIN'] as const;

/** Whether what was typed repeats the name as shown (the server checks the same). */
export function confirms(typed: string, name: string): boolean {
  return typed.trim() !== '' && typed.trim() === name.trim();
}

/**
 * Erasing a person: a deliberate second step that repeats their name. The button stays
 * disabled until the name matches; the server's refusals (a mismatch, the last admin) appear
 * next to the field, by reason.
 */
export function EraseForm({
  personId,
  name,
  onErased,
}: {
  personId: string;
  name: string;
  onErased: () => void;
}) {
  const { t } = useTranslation('privacy');
  const [typed, setTyped] = useState('');
  const [result, erase] = useMutation(ErasePersonDocument);
  const reason = errorReason(result.error);
  const fieldError =
    fieldErrors(result.error).confirm ??
    ((FIELD_REASONS as readonly string[]).includes(reason ?? '')
      ? t(`person.${reason}`)
      : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirms(typed, name)) return;
    // The person's name changes everywhere: lists of people, exports and requests reload.
    const answer = await erase(
      { personId, confirm: typed.trim() },
      { additionalTypenames: ['Person', 'PersonalDataExport', 'ErasureRequest'] },
    );
    if (answer.data) onErased();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="erase-person">
      <Stack gap="sm" maw={520}>
        <Title order={2} size="h3" id="erase-person">
          {t('person.eraseTitle')}
        </Title>
        <Text>{t('person.eraseText', { name })}</Text>
        <FormError message={fieldError ? undefined : formError(result.error, ['confirm'])} />
        <TextInput
          label={t('person.confirm')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          error={fieldError}
          autoComplete="off"
          required
        />
        <div>
          <Button
            type="submit"
            color="red"
            disabled={!confirms(typed, name)}
            loading={result.fetching}
          >
            {t('person.eraseButton', { name })}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
