import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import {
  PlanTandemSessionDocument,
  RescheduleTandemSessionDocument,
  type SessionFormat,
  type TandemSessionFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { zonedInstant, zonedParts } from '../zoned-time';
import { FORMATS } from './options';

interface Values {
  date: string;
  start: string;
  end: string;
  format: SessionFormat;
  place: string;
  link: string;
  topic: string;
}

function initialValues(timeZone: string, session?: TandemSessionFragment): Values {
  if (!session) {
    return { date: '', start: '', end: '', format: 'ONLINE', place: '', link: '', topic: '' };
  }
  const start = zonedParts(session.startsAt, timeZone);
  return {
    date: start.date,
    start: start.time,
    end: zonedParts(session.endsAt, timeZone).time,
    format: session.format,
    place: session.place ?? '',
    link: session.onlineUrl ?? '',
    topic: session.topic ?? '',
  };
}

/**
 * Plans a session, or moves and changes a planned one: a day, start and end in the programme's
 * time zone,
 * the format with place or link, a topic. Empty day or times are named next to their field
 * before anything is sent; the server's answers (ends before it starts, in the past, a bad link)
 * appear next to the field they concern.
 */
export function SessionForm({
  pairingId,
  timeZone,
  session,
  idPrefix,
  onDone,
}: {
  pairingId: string;
  /** The programme's time zone, in which the times are entered. */
  timeZone: string;
  session?: TandemSessionFragment;
  idPrefix: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const [values, setValues] = useState<Values>(() => initialValues(timeZone, session));
  const [missing, setMissing] = useState<(keyof Values)[]>([]);
  const [error, setError] = useState<CombinedError | undefined>();
  const [planned, plan] = useMutation(PlanTandemSessionDocument);
  const [moved, reschedule] = useMutation(RescheduleTandemSessionDocument);
  const fields = fieldErrors(error);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const required = (key: keyof Values) => (missing.includes(key) ? t('required') : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = (['date', 'start', 'end'] as const).filter((k) => !values[k]);
    setMissing(empty);
    if (empty.length > 0) return;
    const common = {
      startsAt: zonedInstant(values.date, values.start, timeZone),
      endsAt: zonedInstant(values.date, values.end, timeZone),
      format: values.format,
      place: values.format === 'IN_PERSON' ? values.place.trim() || null : null,
      onlineUrl: values.format === 'ONLINE' ? values.link.trim() || null : null,
      topic: values.topic.trim() || null,
    };
    const answer = session
      ? await reschedule({ input: { id: session.id, ...common } })
      : await plan({ input: { pairingId, ...common } });
    setError(answer.error);
    if (!answer.error) {
      if (!session) setValues(initialValues(timeZone));
      onDone();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <FormError
          message={formError(error, [
            'startsAt',
            'endsAt',
            'format',
            'place',
            'onlineUrl',
            'topic',
          ])}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            id={`${idPrefix}-date`}
            type="date"
            label={t('date')}
            value={values.date}
            onChange={(e) => set('date')(e.currentTarget.value)}
            error={required('date') ?? fields.startsAt}
            required
            miw={150}
          />
          <TextInput
            id={`${idPrefix}-start`}
            type="time"
            label={t('start')}
            value={values.start}
            onChange={(e) => set('start')(e.currentTarget.value)}
            error={required('start')}
            required
            miw={110}
          />
          <TextInput
            id={`${idPrefix}-end`}
            type="time"
            label={t('endTime')}
            value={values.end}
            onChange={(e) => set('end')(e.currentTarget.value)}
            error={required('end') ?? fields.endsAt}
            required
            miw={110}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('timesIn', { zone: timeZone })}
        </Text>
        <NativeSelect
          id={`${idPrefix}-format`}
          label={t('format')}
          value={values.format}
          onChange={(e) => set('format')(e.currentTarget.value)}
          error={fields.format}
          data={FORMATS.map((f) => ({ value: f, label: t(`enums.SessionFormat.${f}`) }))}
        />
        {values.format === 'IN_PERSON' && (
          <TextInput
            id={`${idPrefix}-place`}
            label={t('place')}
            value={values.place}
            onChange={(e) => set('place')(e.currentTarget.value)}
            error={fields.place}
          />
        )}
        {values.format === 'ONLINE' && (
          <TextInput
            id={`${idPrefix}-link`}
            type="url"
            label={t('link')}
            value={values.link}
            onChange={(e) => set('link')(e.currentTarget.value)}
            error={fields.onlineUrl}
          />
        )}
        <TextInput
          id={`${idPrefix}-topic`}
          label={t('topic')}
          value={values.topic}
          onChange={(e) => set('topic')(e.currentTarget.value)}
          error={fields.topic}
        />
        <Group>
          <Button type="submit" loading={planned.fetching || moved.fetching}>
            {session ? t('saveChange') : t('plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
