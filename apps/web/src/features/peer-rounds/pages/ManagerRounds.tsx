import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CancelPeerRoundDocument, type ManagerRoundFragment } from '../../../gql/graphql';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { earlier, roundWhen, upcoming } from '../round-time';
import { MoveForm, PlanOneForm } from './RoundForms';

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
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [, cancel] = useMutation(CancelPeerRoundDocument);
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
        {editable && future && !moving && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => setMoving(true)}
              aria-label={t('rounds.moveFor', { when })}
            >
              {t('rounds.move')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setCancelling(true)}
              aria-label={t('rounds.cancelFor', { when })}
            >
              {t('rounds.cancel')}
            </Button>
          </Group>
        )}
        {moving && <MoveForm round={round} onClose={() => setMoving(false)} onDone={onDone} />}
      </Stack>
      <ReasonDialog
        opened={cancelling}
        title={t('rounds.cancelFor', { when })}
        reasonLabel={t('rounds.reason')}
        required
        maxLength={1000}
        confirmLabel={t('rounds.confirmCancel')}
        confirmColor="red"
        onConfirm={(reason) => cancel({ input: { roundId: round.id, reason } })}
        onClose={() => setCancelling(false)}
        onDone={onDone}
      />
    </Card>
  );
}
