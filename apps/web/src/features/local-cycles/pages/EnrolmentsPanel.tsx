import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import {
  EnrolInitiativesDocument,
  InviteInitiativeContactsDocument,
  SetEnrolmentStatusDocument,
  type EnrolmentStatus,
  type InitiativeItemFragment,
  type LocalCycleViewFragment,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

const STATUSES: EnrolmentStatus[] = ['INVITED', 'ENROLLED', 'COMPLETED', 'WITHDRAWN'];

/** Takes initiatives into the cycle in bulk, changes their status in bulk, invites contacts. */
export function EnrolmentsPanel({
  cycle,
  initiatives,
  editable,
  seesContacts,
  onChanged,
}: {
  cycle: LocalCycleViewFragment;
  initiatives: readonly InitiativeItemFragment[];
  editable: boolean;
  seesContacts: boolean;
  onChanged: () => void;
}) {
  const inCycle = new Set(cycle.enrolments.map((e) => e.initiative.id));
  const outside = initiatives.filter((i) => !inCycle.has(i.id));
  return (
    <Stack gap="md">
      {editable && <EnrolForm cycleId={cycle.id} outside={outside} onDone={onChanged} />}
      <EnrolledList
        cycle={cycle}
        editable={editable}
        seesContacts={seesContacts}
        onDone={onChanged}
      />
    </Stack>
  );
}

function EnrolForm({
  cycleId,
  outside,
  onDone,
}: {
  cycleId: string;
  outside: readonly InitiativeItemFragment[];
  onDone: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<EnrolmentStatus>('ENROLLED');
  const [done, setDone] = useState<number | null>(null);
  const [result, enrol] = useMutation(EnrolInitiativesDocument);
  const ids = outside.map((i) => i.id).filter((id) => selected.has(id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const submit = async () => {
    setDone(null);
    const answer = await enrol({ input: { localCycleId: cycleId, initiativeIds: ids, status } });
    if (!answer.error) {
      setDone(ids.length);
      setSelected(new Set());
      onDone();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="enrol-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="enrol-title">
          {t('enrolments.addTitle')}
        </Title>
        <FormError message={errorMessage(result.error)} />
        {outside.length === 0 ? (
          <Text>{t('enrolments.allIn')}</Text>
        ) : (
          <>
            <Checkbox
              label={t('enrolments.selectAll')}
              checked={ids.length === outside.length}
              indeterminate={ids.length > 0 && ids.length < outside.length}
              onChange={(e) =>
                setSelected(new Set(e.currentTarget.checked ? outside.map((i) => i.id) : []))
              }
            />
            <Stack gap={6} pl="md" role="group" aria-label={t('enrolments.addTitle')}>
              {outside.map((i) => (
                <Checkbox
                  key={i.id}
                  label={`${i.name} (${i.city})`}
                  checked={selected.has(i.id)}
                  onChange={(e) => toggle(i.id, e.currentTarget.checked)}
                />
              ))}
            </Stack>
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={t('enrolments.as')}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as EnrolmentStatus)}
                data={(['ENROLLED', 'INVITED'] as const).map((s) => ({
                  value: s,
                  label: t(`enums.EnrolmentStatus.${s}`),
                }))}
              />
              <Button
                onClick={() => void submit()}
                disabled={ids.length === 0}
                loading={result.fetching}
              >
                {t('enrolments.enrol', { count: ids.length })}
              </Button>
            </Group>
          </>
        )}
        {done !== null && <Text role="status">{t('enrolments.enrolled', { count: done })}</Text>}
      </Stack>
    </Card>
  );
}

function EnrolledList({
  cycle,
  editable,
  seesContacts,
  onDone,
}: {
  cycle: LocalCycleViewFragment;
  editable: boolean;
  seesContacts: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<EnrolmentStatus>('ENROLLED');
  const published = cycle.workshops.filter((w) => w.status === 'PUBLISHED');
  const [workshopId, setWorkshopId] = useState(published[0]?.id ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [changed, setStatusOf] = useMutation(SetEnrolmentStatusDocument);
  const [invited, invite] = useMutation(InviteInitiativeContactsDocument);
  const chosen = cycle.enrolments.filter((e) => selected.has(e.id));
  const reachable = chosen.filter((e) => e.initiative.contact?.consentOn);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const applyStatus = async () => {
    setMessage(null);
    const answer = await setStatusOf({
      input: { localCycleId: cycle.id, enrolmentIds: chosen.map((e) => e.id), status },
    });
    setError(answer.error);
    if (!answer.error) {
      setMessage(t('enrolments.applied'));
      setSelected(new Set());
      onDone();
    }
  };

  const sendInvitations = async () => {
    setMessage(null);
    const answer = await invite({
      input: {
        localWorkshopId: workshopId || (published[0]?.id ?? ''),
        initiativeIds: reachable.map((e) => e.initiative.id),
      },
    });
    setError(answer.error);
    if (answer.data) {
      setMessage(t('enrolments.invited', { count: answer.data.inviteInitiativeContacts }));
    }
  };

  return (
    <section aria-labelledby="enrolled-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="enrolled-title">
          {t('enrolments.listTitle')}
        </Title>
        <FormError message={errorMessage(error)} />
        {cycle.enrolments.length === 0 && <Text>{t('enrolments.none')}</Text>}
        {editable && cycle.enrolments.length > 0 && (
          <Checkbox
            label={t('enrolments.selectAll')}
            checked={chosen.length === cycle.enrolments.length}
            indeterminate={chosen.length > 0 && chosen.length < cycle.enrolments.length}
            onChange={(e) =>
              setSelected(new Set(e.currentTarget.checked ? cycle.enrolments.map((x) => x.id) : []))
            }
          />
        )}
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {cycle.enrolments.map((e) => (
            <Group component="li" key={e.id} gap="xs" wrap="wrap">
              {editable ? (
                <Checkbox
                  label={e.initiative.name}
                  checked={selected.has(e.id)}
                  onChange={(ev) => toggle(e.id, ev.currentTarget.checked)}
                />
              ) : (
                <Text>{e.initiative.name}</Text>
              )}
              <Badge variant="light" color={e.status === 'WITHDRAWN' ? 'gray' : undefined}>
                {t(`enums.EnrolmentStatus.${e.status}`)}
              </Badge>
              {seesContacts && e.initiative.contact && (
                <Text size="xs" c="dimmed">
                  {e.initiative.contact.name}
                  {e.initiative.contact.consentOn ? '' : ` · ${t('initiatives.noConsent')}`}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
        {editable && cycle.enrolments.length > 0 && (
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('enrolments.newStatus')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as EnrolmentStatus)}
              data={STATUSES.map((s) => ({ value: s, label: t(`enums.EnrolmentStatus.${s}`) }))}
            />
            <Button
              variant="light"
              disabled={chosen.length === 0}
              loading={changed.fetching}
              onClick={() => void applyStatus()}
            >
              {t('enrolments.apply', { count: chosen.length })}
            </Button>
          </Group>
        )}
        {editable && seesContacts && cycle.enrolments.length > 0 && (
          <Card withBorder component="section" aria-labelledby="invite-title">
            <Stack gap="xs">
              <Title order={3} size="h4" id="invite-title">
                {t('enrolments.inviteTitle')}
              </Title>
              <Text size="sm">{t('enrolments.inviteIntro')}</Text>
              {published.length === 0 ? (
                <Text>{t('enrolments.inviteNoWorkshop')}</Text>
              ) : (
                <Group align="flex-end" gap="sm">
                  <NativeSelect
                    label={t('enrolments.inviteWorkshop')}
                    value={workshopId}
                    onChange={(e) => setWorkshopId(e.currentTarget.value)}
                    data={published.map((w) => ({ value: w.id, label: w.title }))}
                  />
                  <Button
                    variant="light"
                    disabled={reachable.length === 0}
                    loading={invited.fetching}
                    onClick={() => void sendInvitations()}
                  >
                    {t('enrolments.invite', { count: reachable.length })}
                  </Button>
                </Group>
              )}
              {chosen.length > reachable.length && (
                <Text size="sm">
                  {t('enrolments.skipped', { count: chosen.length - reachable.length })}
                </Text>
              )}
            </Stack>
          </Card>
        )}
        {message && <Text role="status">{message}</Text>}
      </Stack>
    </section>
  );
}
