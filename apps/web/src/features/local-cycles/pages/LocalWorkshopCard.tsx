import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CancelLocalWorkshopDocument,
  MarkLocalWorkshopHeldDocument,
  PublishLocalWorkshopDocument,
  RescheduleLocalWorkshopDocument,
  UpdateLocalWorkshopDocument,
  type LocalWorkshopItemFragment,
  type WorkshopFormat,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { formatDay, formatTimes } from '../../../ui/format';
import { FormError } from '../../../ui/QueryResult';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { DaysEditor, type DayRow } from '../../planning/pages/DaysEditor';

export const FORMATS: WorkshopFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
const ZONE = 'Europe/Berlin';

/** One local workshop: days, title, format, place or link; publish, mark held, cancel. */
export function LocalWorkshopCard({
  workshop,
  editable,
  onDone,
}: {
  workshop: LocalWorkshopItemFragment;
  editable: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('localCycles');
  const open = editable && (workshop.status === 'DRAFT' || workshop.status === 'PUBLISHED');
  const [days, setDays] = useState<DayRow[]>(
    workshop.days.map((d) => ({
      date: d.date,
      startTime: d.startTime.slice(0, 5),
      endTime: d.endTime.slice(0, 5),
    })),
  );
  const [title, setTitle] = useState(workshop.title);
  const [format, setFormat] = useState<WorkshopFormat>(workshop.format);
  const [place, setPlace] = useState(workshop.place?.name ?? '');
  const [address, setAddress] = useState(workshop.place?.address ?? '');
  const [link, setLink] = useState(workshop.onlineUrl ?? '');
  const [cancelling, setCancelling] = useState(false);
  const { error, saved, run } = useAction(onDone);
  const [rescheduled, reschedule] = useMutation(RescheduleLocalWorkshopDocument);
  const [updated, update] = useMutation(UpdateLocalWorkshopDocument);
  const [published, publish] = useMutation(PublishLocalWorkshopDocument);
  const [held, markHeld] = useMutation(MarkLocalWorkshopHeldDocument);
  const [, cancel] = useMutation(CancelLocalWorkshopDocument);
  const fields = fieldErrors(error);
  const headingId = `local-workshop-${workshop.id}`;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {workshop.title}
          </Title>
          <Badge variant="light" color={workshop.status === 'CANCELLED' ? 'red' : undefined}>
            {t(`enums.LocalWorkshopStatus.${workshop.status}`)}
          </Badge>
        </Group>
        {workshop.holidays.map((h) => (
          <Alert key={h.date} color="yellow" variant="light" role="note">
            {t('workshops.holiday', {
              date: formatDay(h.date, i18n.language),
              name: i18n.language === 'en' ? h.nameEn : h.name,
            })}
          </Alert>
        ))}
        {workshop.cancellationReason && <Text>{workshop.cancellationReason}</Text>}
        {!open && (
          <Stack gap={2}>
            <List spacing={2} size="sm">
              {workshop.days.map((d) => (
                <List.Item key={d.date}>
                  {formatDay(d.date, i18n.language)},{' '}
                  {formatTimes(d.startsAt, d.endsAt, ZONE, i18n.language)}
                </List.Item>
              ))}
            </List>
            <Text size="sm">
              {t(`enums.WorkshopFormat.${workshop.format}`, { ns: 'app' })}
              {workshop.place &&
                ` · ${workshop.place.name}${workshop.place.address ? `, ${workshop.place.address}` : ''}`}
              {workshop.onlineUrl && ` · ${workshop.onlineUrl}`}
            </Text>
          </Stack>
        )}
        {open && (
          <>
            <FormError
              message={formError(error, [
                'days',
                'date',
                'startTime',
                'endTime',
                'title',
                'format',
                'place',
                'name',
                'address',
                'onlineUrl',
              ])}
            />
            <DaysEditor
              days={days}
              onChange={setDays}
              disabled={false}
              error={fields.days ?? fields.date ?? fields.endTime ?? fields.startTime}
            />
            <div>
              <Button
                variant="default"
                loading={rescheduled.fetching}
                onClick={() =>
                  void run(() => reschedule({ input: { id: workshop.id, days: [...days] } }))
                }
              >
                {t('workshops.saveDays')}
              </Button>
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('workshops.workshopTitle')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fields.title}
              />
              <NativeSelect
                label={t('workshops.format')}
                value={format}
                onChange={(e) => setFormat(e.currentTarget.value as WorkshopFormat)}
                error={fields.format}
                data={FORMATS.map((f) => ({
                  value: f,
                  label: t(`enums.WorkshopFormat.${f}`, { ns: 'app' }),
                }))}
              />
              {format !== 'ONLINE' && (
                <>
                  <TextInput
                    label={t('workshops.place')}
                    value={place}
                    onChange={(e) => setPlace(e.currentTarget.value)}
                    error={fields.place ?? fields.name}
                  />
                  <TextInput
                    label={t('workshops.address')}
                    value={address}
                    onChange={(e) => setAddress(e.currentTarget.value)}
                    error={fields.address}
                  />
                </>
              )}
              {format !== 'IN_PERSON' && (
                <TextInput
                  label={t('workshops.link')}
                  type="url"
                  value={link}
                  onChange={(e) => setLink(e.currentTarget.value)}
                  error={fields.onlineUrl}
                />
              )}
            </SimpleGrid>
            <Group gap="sm">
              <Button
                variant="default"
                loading={updated.fetching}
                onClick={() =>
                  void run(() =>
                    update({
                      input: {
                        id: workshop.id,
                        title,
                        format,
                        ...(format !== 'ONLINE' && place
                          ? { place: { name: place, address: address || null } }
                          : {}),
                        ...(format !== 'IN_PERSON' && link ? { onlineUrl: link } : {}),
                      },
                    }),
                  )
                }
              >
                {t('workshops.saveDetails')}
              </Button>
              {workshop.status === 'DRAFT' && (
                <Button
                  loading={published.fetching}
                  onClick={() => void run(() => publish({ id: workshop.id }))}
                >
                  {t('workshops.publish')}
                </Button>
              )}
              {workshop.status === 'PUBLISHED' && (
                <Button
                  variant="light"
                  loading={held.fetching}
                  onClick={() => void run(() => markHeld({ id: workshop.id }))}
                >
                  {t('workshops.markHeld')}
                </Button>
              )}
              <Button color="red" variant="light" onClick={() => setCancelling(true)}>
                {t('workshops.cancel')}
              </Button>
            </Group>
          </>
        )}
        {saved && <Text role="status">{t('workshops.saved')}</Text>}
      </Stack>
      {open && (
        <ReasonDialog
          opened={cancelling}
          title={t('workshops.cancelTitle', { title: workshop.title })}
          reasonLabel={t('workshops.cancelReason')}
          required
          confirmLabel={t('workshops.confirmCancel')}
          confirmColor="red"
          onConfirm={(reason) => cancel({ input: { id: workshop.id, reason } })}
          onClose={() => setCancelling(false)}
          onDone={onDone}
        />
      )}
    </Card>
  );
}
