import { Button, Checkbox, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  GivePeerRoundFeedbackDocument,
  RecordPeerRoundAttendanceDocument,
  WritePeerRoundMinutesDocument,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { formatInstant } from '../../../ui/format';

interface Props {
  roundId: string;
  status: string;
  members: readonly { personId: string; name: string }[];
  attendance: readonly { personId: string; name: string }[] | null;
  minutes: { text: string; updatedAt: string } | null;
  feedback: { rating: number; reflection?: string | null } | null;
  onDone: () => void;
}

/** Once a round has begun: who was there, the minutes, and (after a held round) feedback. */
export function AfterRoundSection(props: Props) {
  return (
    <Stack gap="lg">
      <AttendanceForm {...props} />
      <MinutesForm {...props} />
      {props.status === 'HELD' && <FeedbackForm {...props} />}
    </Stack>
  );
}

function AttendanceForm({ roundId, status, members, attendance, onDone }: Props) {
  const { t } = useTranslation('peer-rounds');
  const [present, setPresent] = useState<string[]>((attendance ?? []).map((a) => a.personId));
  const [saved, setSaved] = useState(false);
  const [result, record] = useMutation(RecordPeerRoundAttendanceDocument);
  const save = async (held: boolean) => {
    setSaved(false);
    const answer = await record({
      input: { roundId, held, presentPersonIds: held ? present : [] },
    });
    if (!answer.error) {
      setSaved(true);
      onDone();
    }
  };
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('attendance.title')}
      </Title>
      {status !== 'PLANNED' && (
        <Text size="sm">{t(`attendance.recorded.${status}`, { count: present.length })}</Text>
      )}
      <FormError message={formError(result.error, [])} />
      <Checkbox.Group label={t('attendance.present')} value={present} onChange={setPresent}>
        <Stack gap={4} mt="xs">
          {members.map((m) => (
            <Checkbox key={m.personId} value={m.personId} label={m.name} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group>
        <Button loading={result.fetching} onClick={() => void save(true)}>
          {t('attendance.held')}
        </Button>
        <Button variant="default" loading={result.fetching} onClick={() => void save(false)}>
          {t('attendance.notHeld')}
        </Button>
      </Group>
      {saved && <Text role="status">{t('attendance.saved')}</Text>}
    </Stack>
  );
}

function MinutesForm({ roundId, minutes, onDone }: Props) {
  const { t, i18n } = useTranslation('peer-rounds');
  const [text, setText] = useState(minutes?.text ?? '');
  const [saved, setSaved] = useState(false);
  const [result, write] = useMutation(WritePeerRoundMinutesDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await write({ input: { roundId, text } });
    if (!answer.error) {
      setSaved(true);
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="minutes-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="minutes-title">
          {t('minutes.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {minutes
            ? t('minutes.updated', { when: formatInstant(minutes.updatedAt, i18n.language) })
            : t('minutes.confidential')}
        </Text>
        <FormError message={formError(result.error, ['text'])} />
        <Textarea
          label={t('minutes.label')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text}
          rows={5}
          maxLength={50000}
        />
        <Group>
          <Button type="submit" loading={result.fetching} disabled={!text.trim()}>
            {t('minutes.save')}
          </Button>
        </Group>
        {saved && <Text role="status">{t('minutes.saved')}</Text>}
      </Stack>
    </form>
  );
}

function FeedbackForm({ roundId, feedback, onDone }: Props) {
  const { t } = useTranslation('peer-rounds');
  const [rating, setRating] = useState('');
  const [reflection, setReflection] = useState('');
  const [result, give] = useMutation(GivePeerRoundFeedbackDocument);
  const fields = fieldErrors(result.error);
  if (feedback) {
    return (
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('feedback.title')}
        </Title>
        <Text>{t('feedback.given', { rating: feedback.rating })}</Text>
        {feedback.reflection && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {feedback.reflection}
          </Text>
        )}
      </Stack>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await give({
      input: { roundId, rating: Number(rating), reflection: reflection.trim() || null },
    });
    if (!answer.error) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="feedback-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="feedback-title">
          {t('feedback.title')}
        </Title>
        <Text size="sm">{t('feedback.intro')}</Text>
        <FormError message={formError(result.error, ['rating', 'reflection'])} />
        <Radio.Group
          label={t('feedback.rating')}
          value={rating}
          onChange={setRating}
          error={fields.rating}
        >
          <Group gap="md" mt="xs">
            {[1, 2, 3, 4, 5].map((n) => (
              <Radio key={n} value={String(n)} label={t(`feedback.scale.${n}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('feedback.reflection')}
          value={reflection}
          onChange={(e) => setReflection(e.currentTarget.value)}
          error={fields.reflection}
          rows={3}
          maxLength={5000}
        />
        <Group>
          <Button type="submit" loading={result.fetching} disabled={!rating}>
            {t('feedback.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
