import { Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { GiveTandemFeedbackDocument, type TandemDetailFragment } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** Feedback once the pairing has ended: 1–5 and a text, once per side. */
export function FeedbackSection({ pairing }: { pairing: TandemDetailFragment }) {
  const { t } = useTranslation('buddies');
  const [rating, setRating] = useState('5');
  const [text, setText] = useState('');
  const [result, give] = useMutation(GiveTandemFeedbackDocument);
  const given = result.data?.giveBuddyFeedback ?? pairing.myFeedback;
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await give({
      input: { pairingId: pairing.id, rating: Number(rating), text: text.trim() || null },
    });
  };
  return (
    <Card withBorder component="section" aria-labelledby="tandem-feedback">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tandem-feedback">
          {t('feedback')}
        </Title>
        {given ? (
          <Text role="status">
            {t('yourFeedback', { rating: given.rating })}
            {given.text ? ` – ${given.text}` : ''}
          </Text>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="sm">
              <Text size="sm">{t('feedbackIntro')}</Text>
              <FormError message={formError(result.error, ['rating', 'text'])} />
              <NativeSelect
                label={t('rating')}
                value={rating}
                onChange={(e) => setRating(e.currentTarget.value)}
                error={fields.rating}
                data={['1', '2', '3', '4', '5']}
              />
              <Textarea
                label={t('feedbackText')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={fields.text}
              />
              <Group>
                <Button type="submit" variant="light" loading={result.fetching}>
                  {t('sendFeedback')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
