import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import {
  CancelWorkshopDocument,
  PublishWorkshopDocument,
  RescheduleWorkshopDocument,
  UpdateWorkshopPlaceDocument,
  type PlannedWorkshopFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { FormError } from '../../../ui/QueryResult';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { DaysEditor, type DayRow } from './DaysEditor';

/** One workshop of the plan: its days, place and link, publish and cancel. */
export function WorkshopEditor({
  workshop,
  onDone,
}: {
  workshop: PlannedWorkshopFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation('planning');
  const open = workshop.status === 'DRAFT' || workshop.status === 'PUBLISHED';
  const [days, setDays] = useState<DayRow[]>(
    workshop.days.map((d) => ({
      date: d.date,
      startTime: d.startTime.slice(0, 5),
      endTime: d.endTime.slice(0, 5),
    })),
  );
  const [place, setPlace] = useState(workshop.place?.name ?? '');
  const [address, setAddress] = useState(workshop.place?.address ?? '');
  const [link, setLink] = useState(workshop.onlineUrl ?? '');
  const [cancelling, setCancelling] = useState(false);
  const { error, saved, run } = useAction(onDone);
  const [rescheduled, reschedule] = useMutation(RescheduleWorkshopDocument);
  const [updated, update] = useMutation(UpdateWorkshopPlaceDocument);
  const [published, publish] = useMutation(PublishWorkshopDocument);
  const [, cancel] = useMutation(CancelWorkshopDocument);
  const fields = fieldErrors(error);
  const headingId = `workshop-${workshop.id}`;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/workshops/${workshop.id}`} inherit>
              {workshop.title}
            </Anchor>
          </Title>
          <Badge variant="light" color={workshop.status === 'CANCELLED' ? 'red' : undefined}>
            {t(`enums.WorkshopStatus.${workshop.status}`, { ns: 'app' })}
          </Badge>
        </Group>
        {workshop.warnings.map((w) => (
          <Alert key={w} color="yellow" variant="light">
            {w}
          </Alert>
        ))}
        {workshop.cancellationReason && <Text>{workshop.cancellationReason}</Text>}
        <FormError
          message={formError(error, [
            'days',
            'date',
            'startTime',
            'endTime',
            'place',
            'name',
            'onlineUrl',
          ])}
        />
        <DaysEditor
          days={days}
          onChange={setDays}
          disabled={!open}
          error={fields.days ?? fields.date ?? fields.endTime ?? fields.startTime}
        />
        {open && (
          <div>
            <Button
              variant="default"
              loading={rescheduled.fetching}
              onClick={() =>
                void run(() =>
                  reschedule({ input: { id: workshop.id, days: days.map((d) => ({ ...d })) } }),
                )
              }
            >
              {t('saveDays')}
            </Button>
          </div>
        )}
        {workshop.format !== 'ONLINE' && (
          <Group grow align="flex-start">
            <TextInput
              label={t('place')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              error={fields.place ?? fields.name}
              disabled={!open}
            />
            <TextInput
              label={t('address')}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              error={fields.address}
              disabled={!open}
            />
          </Group>
        )}
        {workshop.format !== 'IN_PERSON' && (
          <TextInput
            label={t('link')}
            type="url"
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
            error={fields.onlineUrl}
            disabled={!open}
          />
        )}
        {open && (
          <Group gap="sm">
            <Button
              variant="default"
              loading={updated.fetching}
              onClick={() =>
                void run(() =>
                  update({
                    input: {
                      id: workshop.id,
                      ...(workshop.format !== 'ONLINE' && place
                        ? { place: { name: place, address: address || null } }
                        : {}),
                      ...(workshop.format !== 'IN_PERSON' && link ? { onlineUrl: link } : {}),
                    },
                  }),
                )
              }
            >
              {t('saveDetails')}
            </Button>
            {workshop.status === 'DRAFT' && (
              <Button
                loading={published.fetching}
                onClick={() => void run(() => publish({ id: workshop.id }))}
              >
                {t('publish')}
              </Button>
            )}
            <Button color="red" variant="light" onClick={() => setCancelling(true)}>
              {t('cancelWorkshop')}
            </Button>
          </Group>
        )}
        {saved && <Text role="status">{t('saved')}</Text>}
      </Stack>
      <ReasonDialog
        opened={cancelling}
        title={t('cancelTitle', { title: workshop.title })}
        reasonLabel={t('cancelReason')}
        required
        confirmLabel={t('confirmCancel')}
        confirmColor="red"
        onConfirm={(reason) => cancel({ input: { id: workshop.id, reason } })}
        onClose={() => setCancelling(false)}
        onDone={onDone}
      />
    </Card>
  );
}
