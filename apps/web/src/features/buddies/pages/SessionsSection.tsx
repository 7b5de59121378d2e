import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CancelTandemSessionDocument,
  RecordTandemSessionOutcomeDocument,
  SetTandemSessionNotesDocument,
  type TandemDetailFragment,
  type TandemSessionFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { formatDay, formatTimes } from '../../../ui/format';
import { FormError } from '../../../ui/QueryResult';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { zonedParts } from '../zoned-time';
import { partnerOf } from './MyTandemsPage';
import { SessionForm } from './SessionForm';

/** The pair's sessions: plan, move, cancel, mark what happened, notes (the pair's alone). */
export function SessionsSection({
  pairing,
  onDone,
}: {
  pairing: TandemDetailFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const partner = partnerOf(pairing);
  const [planned, setPlanned] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="tandem-sessions">
      <Stack gap="md">
        <Title order={2} size="h4" id="tandem-sessions">
          {t('sessions')}
        </Title>
        {pairing.sessions.length === 0 && <Text>{t('noSessions')}</Text>}
        {pairing.sessions.map((s) => (
          <SessionCard key={s.id} pairing={pairing} session={s} onDone={onDone} />
        ))}
        {pairing.status === 'ACTIVE' && pairing.mySide && (
          <section aria-labelledby="tandem-plan">
            <Title order={3} size="h5" id="tandem-plan">
              {t('planSession')}
            </Title>
            <Text size="sm" mb="xs">
              {t('planIntro', { name: partner.name })}
            </Text>
            <SessionForm
              pairingId={pairing.id}
              timeZone={pairing.timeZone}
              idPrefix="plan"
              onDone={() => {
                setPlanned(true);
                onDone();
              }}
            />
            {planned && (
              <Text role="status" mt="xs">
                {t('planned', { name: partner.name })}
              </Text>
            )}
          </section>
        )}
      </Stack>
    </Card>
  );
}

function SessionCard({
  pairing,
  session,
  onDone,
}: {
  pairing: TandemDetailFragment;
  session: TandemSessionFragment;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('buddies');
  const [changing, setChanging] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [changed, setChanged] = useState(false);
  const [, cancel] = useMutation(CancelTandemSessionDocument);
  const day = formatDay(zonedParts(session.startsAt, pairing.timeZone).date, i18n.language);
  const headingId = `session-${session.id}`;
  const planned = session.status === 'PLANNED';
  const started = new Date(session.startsAt).getTime() <= Date.now();
  const inPair = pairing.mySide !== null && pairing.mySide !== undefined;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {t('sessionOf', { day })}
          </Title>
          <Badge variant="light" color={session.status === 'CANCELLED' ? 'red' : undefined}>
            {t(`enums.SessionStatus.${session.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {formatTimes(session.startsAt, session.endsAt, pairing.timeZone, i18n.language)} ·{' '}
          {t(`enums.SessionFormat.${session.format}`)}
          {session.place ? ` · ${session.place}` : ''}
        </Text>
        {session.onlineUrl && (
          <Anchor href={session.onlineUrl} size="sm" style={{ wordBreak: 'break-all' }}>
            {session.onlineUrl}
          </Anchor>
        )}
        {session.topic && <Text size="sm">{session.topic}</Text>}
        <Text size="xs" c="dimmed">
          {t(`plannedBy.${session.plannedBy}`)}
        </Text>
        {session.cancellationReason && <Text size="sm">{session.cancellationReason}</Text>}
        {planned && inPair && !started && (
          <Group gap="xs">
            <Button size="compact-sm" variant="default" onClick={() => setChanging(true)}>
              {t('change')}
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => setCancelling(true)}
            >
              {t('cancelSession')}
            </Button>
          </Group>
        )}
        {changed && (
          <Text role="status" size="sm">
            {t('changed', { name: partnerOf(pairing).name })}
          </Text>
        )}
        {inPair && (started || !planned) && session.status !== 'CANCELLED' && (
          <OutcomeAndNotes session={session} onDone={onDone} />
        )}
      </Stack>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('changeTitle')}>
        <SessionForm
          pairingId={pairing.id}
          timeZone={pairing.timeZone}
          session={session}
          idPrefix={`change-${session.id}`}
          onDone={() => {
            setChanging(false);
            setChanged(true);
            onDone();
          }}
        />
      </Modal>
      <ReasonDialog
        opened={cancelling}
        title={t('cancelTitle')}
        reasonLabel={t('cancelReason')}
        confirmLabel={t('confirmCancel')}
        confirmColor="red"
        onConfirm={(reason) => cancel({ input: { id: session.id, reason: reason.trim() || null } })}
        onClose={() => setCancelling(false)}
        onDone={onDone}
      />
    </Card>
  );
}

/** After the start: HELD or DID_NOT_HAPPEN, and the pair's notes. */
function OutcomeAndNotes({
  session,
  onDone,
}: {
  session: TandemSessionFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const [notes, setNotes] = useState(session.notes ?? '');
  const { error, saved, run } = useAction(onDone);
  const [recorded, record] = useMutation(RecordTandemSessionOutcomeDocument);
  const [written, write] = useMutation(SetTandemSessionNotesDocument);
  const fields = fieldErrors(error);
  const text = notes.trim() ? notes : null;
  return (
    <Stack gap="xs">
      <FormError message={formError(error, ['notes'])} />
      <Textarea
        id={`notes-${session.id}`}
        label={t('notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={fields.notes}
        autosize
        minRows={2}
      />
      <Group gap="xs">
        {session.status === 'PLANNED' ? (
          <>
            <Button
              size="compact-sm"
              loading={recorded.fetching}
              onClick={() =>
                void run(() => record({ input: { id: session.id, outcome: 'HELD', notes: text } }))
              }
            >
              {t('held')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              loading={recorded.fetching}
              onClick={() =>
                void run(() =>
                  record({ input: { id: session.id, outcome: 'DID_NOT_HAPPEN', notes: text } }),
                )
              }
            >
              {t('didNotHappen')}
            </Button>
          </>
        ) : (
          <Button
            size="compact-sm"
            variant="default"
            loading={written.fetching}
            onClick={() => void run(() => write({ input: { id: session.id, notes: text } }))}
          >
            {t('saveNotes')}
          </Button>
        )}
      </Group>
      {saved && (
        <Text role="status" size="sm">
          {t('notesSaved')}
        </Text>
      )}
    </Stack>
  );
}
