import { Alert, Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { RespondToPeerRoundDocument, type RsvpAnswer } from '../../../gql/graphql';
import { formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { proposedAnswer } from '../round-time';

const ANSWERS: RsvpAnswer[] = ['YES', 'NO', 'MAYBE'];

/**
 * Yes, no or maybe. A mailed link may propose an answer (`?answer=NO`): it is preselected,
 * but nothing is stored until the person presses the button (mail scanners open links too).
 */
export function RsvpSection({
  roundId,
  current,
  onDone,
}: {
  roundId: string;
  current: RsvpAnswer | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const location = useLocation();
  const proposed = proposedAnswer(location.search);
  const [answer, setAnswer] = useState<RsvpAnswer | null>(proposed ?? current);
  const [saved, setSaved] = useState<RsvpAnswer | null>(null);
  const [result, respond] = useMutation(RespondToPeerRoundDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return;
    setSaved(null);
    const reply = await respond({ input: { roundId, answer } });
    if (!reply.error) {
      setSaved(answer);
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rsvp-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rsvp-title">
          {t('rsvp.title')}
        </Title>
        <Text size="sm">
          {current
            ? t('rsvp.current', { answer: t(`enums.RsvpAnswer.${current}`) })
            : t('rsvp.none')}
        </Text>
        {proposed && proposed !== current && !saved && (
          <Alert variant="light">{t('rsvp.proposed')}</Alert>
        )}
        <FormError message={formError(result.error, [])} />
        <Radio.Group
          label={t('rsvp.question')}
          value={answer ?? ''}
          onChange={(value) => setAnswer(value as RsvpAnswer)}
        >
          <Group gap="md" mt="xs">
            {ANSWERS.map((a) => (
              <Radio key={a} value={a} label={t(`enums.RsvpAnswer.${a}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={result.fetching} disabled={!answer}>
            {t('rsvp.send')}
          </Button>
        </Group>
        {saved && (
          <Text role="status">{t('rsvp.saved', { answer: t(`enums.RsvpAnswer.${saved}`) })}</Text>
        )}
      </Stack>
    </form>
  );
}
