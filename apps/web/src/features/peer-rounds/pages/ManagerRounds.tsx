import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CancelPeerRoundDocument,
  MovePeerRoundDocument,
  PlanPeerRoundDocument,
  type ManagerRoundFragment,
  type PeerRoundFormat,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { earlier, roundWhen, upcoming } from '../round-time';

/**
 * The group's rounds for program managers: when, where, status, roles filled, answer and
 * attendance counts (never contents); move or cancel one, plan a single one.
 */
export function ManagerRounds({
  group,
  editable,
  onDone,
}: {
  group: { id: string; rounds: readonly ManagerRoundFragment[] };
  editable: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const ahead = upcoming(group.rounds);
  const past = earlier(group.rounds);
  return (
    <section aria-labelledby="rounds-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rounds-title">
          {t('rounds.title')}
        </Title>
        {group.rounds.length === 0 && <Text size="sm">{t('rounds.none')}</Text>}
        {[...ahead, ...past].map((r) => (
          <RoundCard
            key={`${r.id}-${r.startsAt}-${r.status}`}
            round={r}
            editable={editable}
            onDone={onDone}
          />
        ))}
        {editable && <PlanOneForm groupId={group.id} onDone={onDone} />}
      </Stack>
    </section>
  );
}

function RoundCard({
  round,
  editable,
  onDone,
}: {
  round: ManagerRoundFragment;
  editable: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('peer-rounds');
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>('view');
  const future = round.status === 'PLANNED' && Date.parse(round.startsAt) > Date.now();
  const when = roundWhen(round, i18n.language);
  const filled = (['MODERATOR', 'CASE_GIVER', 'SECRETARY'] as const).map((role) => {
    const names = round.roles.filter((r) => r.role === role).map((r) => r.name);
    return `${t(`enums.PeerRole.${role}`)}: ${names.join(', ') || t('roles.nobody')}`;
  });
  return (
    <Card withBorder padding="sm" component="article" aria-label={when}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{when}</Text>
          <Badge variant="light" color={round.status === 'CANCELLED' ? 'red' : undefined}>
            {t(`enums.PeerRoundStatus.${round.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {round.format === 'ONLINE' ? t('online') : (round.place ?? t('inPerson'))}
        </Text>
        <Text size="sm">{filled.join(' · ')}</Text>
        <Text size="sm">
          {t('rsvpCounts', {
            yes: round.rsvpCounts.yes,
            no: round.rsvpCounts.no,
            maybe: round.rsvpCounts.maybe,
          })}
          {' · '}
          {round.attendanceCount != null
            ? t('attendanceCount', { count: round.attendanceCount })
            : t('rounds.noAttendance')}
        </Text>
        {round.cancellationReason && (
          <Text size="sm" c="red.9">
            {t('cancelledBecause', { reason: round.cancellationReason })}
          </Text>
        )}
        {editable && future && mode === 'view' && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => setMode('move')}
              aria-label={t('rounds.moveFor', { when })}
            >
              {t('rounds.move')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setMode('cancel')}
              aria-label={t('rounds.cancelFor', { when })}
            >
              {t('rounds.cancel')}
            </Button>
          </Group>
        )}
        {mode === 'move' && (
          <MoveForm round={round} onClose={() => setMode('view')} onDone={onDone} />
        )}
        {mode === 'cancel' && (
          <CancelForm roundId={round.id} onClose={() => setMode('view')} onDone={onDone} />
        )}
      </Stack>
    </Card>
  );
}

function MoveForm({
  round,
  onClose,
  onDone,
}: {
  round: ManagerRoundFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const [date, setDate] = useState(round.time.date);
  const [startTime, setStart] = useState(round.time.startTime.slice(0, 5));
  const [endTime, setEnd] = useState(round.time.endTime.slice(0, 5));
  const [result, move] = useMutation(MovePeerRoundDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await move({ input: { roundId: round.id, date, startTime, endTime } });
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
          <TextInput
            type="date"
            label={t('rounds.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fields.date}
          />
          <TextInput
            type="time"
            label={t('series.startTime')}
            value={startTime}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={fields.startTime}
          />
          <TextInput
            type="time"
            label={t('series.endTime')}
            value={endTime}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={fields.endTime}
          />
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

function CancelForm({
  roundId,
  onClose,
  onDone,
}: {
  roundId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const [reason, setReason] = useState('');
  const [result, cancel] = useMutation(CancelPeerRoundDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await cancel({ input: { roundId, reason } });
    if (!answer.error) {
      onClose();
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <FormError message={formError(result.error, ['reason'])} />
        <Textarea
          label={t('rounds.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.reason}
          required
          maxLength={1000}
        />
        <Group gap="xs">
          <Button size="xs" color="red" type="submit" loading={result.fetching}>
            {t('rounds.confirmCancel')}
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('cancel', { ns: 'app' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlanOneForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation('peer-rounds');
  const [date, setDate] = useState('');
  const [startTime, setStart] = useState('18:00');
  const [endTime, setEnd] = useState('19:30');
  const [format, setFormat] = useState<PeerRoundFormat>('ONLINE');
  const [where, setWhere] = useState('');
  const [result, plan] = useMutation(PlanPeerRoundDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await plan({
      input: {
        groupId,
        date,
        startTime,
        endTime,
        format,
        ...(format === 'ONLINE' ? { onlineUrl: where.trim() } : { place: where.trim() }),
      },
    });
    if (!answer.error) {
      setDate('');
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
          <TextInput
            type="date"
            label={t('rounds.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fields.date}
            required
          />
          <TextInput
            type="time"
            label={t('series.startTime')}
            value={startTime}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={fields.startTime}
          />
          <TextInput
            type="time"
            label={t('series.endTime')}
            value={endTime}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={fields.endTime}
          />
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
