import {
  Button,
  Card,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CreateLocalWorkshopDocument,
  type LocalCycleViewFragment,
  type WorkshopFormat,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { DaysEditor, type DayRow } from '../../planning/pages/DaysEditor';
import { FORMATS, LocalWorkshopCard } from './LocalWorkshopCard';
import { PlanForm } from './PlanForm';

/** The cycle's local workshops: each editable card, a new one by hand, planning missing steps. */
export function WorkshopsPanel({
  cycle,
  editable,
  onChanged,
}: {
  cycle: LocalCycleViewFragment;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('localCycles');
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('workshops.title')}
      </Title>
      {cycle.workshops.length === 0 && <Text>{t('workshops.none')}</Text>}
      {cycle.workshops.map((w) => (
        <LocalWorkshopCard
          // A new status starts the card afresh; saving days or details keeps what the person
          // is typing in the card's other fields (the reload after a save used to wipe them).
          key={`${w.id}-${w.status}`}
          workshop={w}
          editable={editable}
          onDone={onChanged}
        />
      ))}
      {editable && <NewWorkshopForm localCycleId={cycle.id} onDone={onChanged} />}
      {editable && (
        <Card withBorder>
          <PlanForm participationId={cycle.participationId} again onPlanned={onChanged} />
        </Card>
      )}
    </Stack>
  );
}

function NewWorkshopForm({ localCycleId, onDone }: { localCycleId: string; onDone: () => void }) {
  const { t } = useTranslation('localCycles');
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<WorkshopFormat>('IN_PERSON');
  const [days, setDays] = useState<DayRow[]>([{ date: '', startTime: '09:00', endTime: '13:00' }]);
  const [created, setCreated] = useState(false);
  const [result, create] = useMutation(CreateLocalWorkshopDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(false);
    const answer = await create({ input: { localCycleId, title, format, days: [...days] } });
    if (!answer.error) {
      setTitle('');
      setCreated(true);
      onDone();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-local-workshop">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="new-local-workshop">
            {t('workshops.newTitle')}
          </Title>
          <FormError
            message={formError(result.error, [
              'title',
              'format',
              'days',
              'date',
              'startTime',
              'endTime',
            ])}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('workshops.workshopTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fields.title}
              required
            />
            <NativeSelect
              label={t('workshops.format')}
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as WorkshopFormat)}
              data={FORMATS.map((f) => ({
                value: f,
                label: t(`enums.WorkshopFormat.${f}`, { ns: 'app' }),
              }))}
            />
          </SimpleGrid>
          <DaysEditor
            days={days}
            onChange={setDays}
            disabled={false}
            error={fields.days ?? fields.date ?? fields.endTime ?? fields.startTime}
          />
          <div>
            <Button type="submit" variant="light" loading={result.fetching}>
              {t('workshops.create')}
            </Button>
          </div>
          {created && <Text role="status">{t('workshops.created')}</Text>}
        </Stack>
      </form>
    </Card>
  );
}
