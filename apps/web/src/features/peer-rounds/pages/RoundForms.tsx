import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  MovePeerRoundDocument,
  PlanPeerRoundDocument,
  type ManagerRoundFragment,
  type PeerRoundFormat,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** A round's day and wall-clock times in the programme's zone ("18:00"). */
interface RoundTime {
  date: string;
  startTime: string;
  endTime: string;
}

/** Day, start and end of one round, each with the server's message for it. */
function RoundTimeFields({
  time,
  onChange,
  fields,
  dateRequired = false,
}: {
  time: RoundTime;
  onChange: (time: RoundTime) => void;
  fields: Record<string, string>;
  dateRequired?: boolean;
}) {
  const { t } = useTranslation('peer-rounds');
  return (
    <>
      <TextInput
        type="date"
        label={t('rounds.date')}
        value={time.date}
        onChange={(e) => onChange({ ...time, date: e.currentTarget.value })}
        error={fields.date}
        required={dateRequired}
      />
      <TextInput
        type="time"
        label={t('series.startTime')}
        value={time.startTime}
        onChange={(e) => onChange({ ...time, startTime: e.currentTarget.value })}
        error={fields.startTime}
      />
      <TextInput
        type="time"
        label={t('series.endTime')}
        value={time.endTime}
        onChange={(e) => onChange({ ...time, endTime: e.currentTarget.value })}
        error={fields.endTime}
      />
    </>
  );
}

/** Moves one round to another day or time; members are told. */
export function MoveForm({
  round,
  onClose,
  onDone,
}: {
  round: ManagerRoundFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const [time, setTime] = useState<RoundTime>({
    date: round.time.date,
    startTime: round.time.startTime.slice(0, 5),
    endTime: round.time.endTime.slice(0, 5),
  });
  const [result, move] = useMutation(MovePeerRoundDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await move({ input: { roundId: round.id, ...time } });
    if (!answer.error) {
      onClose();
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <FormError message={formError(result.error, ['date', 'startTime', 'endTime'])} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <RoundTimeFields time={time} onChange={setTime} fields={fields} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('rounds.moveHint')}
        </Text>
        <Group gap="xs">
          <Button size="xs" type="submit" loading={result.fetching}>
            {t('rounds.confirmMove')}
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('cancel', { ns: 'app' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Plans a single round outside a series. */
export function PlanOneForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation('peer-rounds');
  const [time, setTime] = useState<RoundTime>({ date: '', startTime: '18:00', endTime: '19:30' });
  const [format, setFormat] = useState<PeerRoundFormat>('ONLINE');
  const [where, setWhere] = useState('');
  const [result, plan] = useMutation(PlanPeerRoundDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await plan({
      input: {
        groupId,
        ...time,
        format,
        ...(format === 'ONLINE' ? { onlineUrl: where.trim() } : { place: where.trim() }),
      },
    });
    if (!answer.error) {
      setTime((current) => ({ ...current, date: '' }));
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-one-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="plan-one-title">
          {t('rounds.planOne')}
        </Title>
        <FormError
          message={formError(result.error, ['date', 'startTime', 'endTime', 'onlineUrl', 'place'])}
        />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <RoundTimeFields time={time} onChange={setTime} fields={fields} dateRequired />
          <NativeSelect
            label={t('series.format')}
            data={(['ONLINE', 'IN_PERSON'] as const).map((f) => ({
              value: f,
              label: t(`enums.PeerRoundFormat.${f}`),
            }))}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as PeerRoundFormat)}
          />
          <TextInput
            label={format === 'ONLINE' ? t('series.onlineUrl') : t('series.place')}
            value={where}
            onChange={(e) => setWhere(e.currentTarget.value)}
            error={format === 'ONLINE' ? fields.onlineUrl : fields.place}
          />
        </Group>
        <Group>
          <Button type="submit" variant="light" loading={result.fetching}>
            {t('rounds.planOneButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
