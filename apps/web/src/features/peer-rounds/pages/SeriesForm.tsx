import { Button, Group, List, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PlanPeerRoundsDocument } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { formatDay } from '../../../ui/format';
import { seriesInput, validateSeries, type SeriesValues } from '../series-form';

const EMPTY: SeriesValues = {
  firstDate: '',
  startTime: '18:00',
  endTime: '19:30',
  everyWeeks: '4',
  end: 'count',
  count: '6',
  until: '',
  format: 'ONLINE',
  onlineUrl: '',
  place: '',
};

/**
 * Plans a series: the first day, the wall-clock times (which stay across daylight saving),
 * every N weeks, and a count or a last day. Shows the days the server left out as holidays.
 */
export function SeriesForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation('peer-rounds');
  const [values, setValues] = useState<SeriesValues>(EMPTY);
  const [checked, setChecked] = useState(false);
  const [planned, setPlanned] = useState<{ count: number; skipped: string[] } | null>(null);
  const [result, plan] = useMutation(PlanPeerRoundsDocument);
  const local = checked ? validateSeries(values) : {};
  const server = fieldErrors(result.error);
  const error = (field: keyof SeriesValues) =>
    local[field] ? t(`series.problems.${local[field]}`) : server[field];
  const set = (field: keyof SeriesValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setPlanned(null);
    if (Object.keys(validateSeries(values)).length > 0) return;
    const answer = await plan({ input: seriesInput(groupId, values) });
    if (!answer.error && answer.data) {
      setPlanned({
        count: answer.data.planPeerRounds.rounds.length,
        skipped: answer.data.planPeerRounds.skippedDates,
      });
      setChecked(false);
      onDone();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('series.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('series.intro')}</Text>
        <FormError
          message={formError(result.error, [
            'firstDate',
            'startTime',
            'endTime',
            'everyWeeks',
            'count',
            'until',
            'onlineUrl',
            'place',
          ])}
        />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('series.firstDate')}
            value={values.firstDate}
            onChange={(e) => set('firstDate')(e.currentTarget.value)}
            error={error('firstDate')}
            required
          />
          <TextInput
            type="time"
            label={t('series.startTime')}
            value={values.startTime}
            onChange={(e) => set('startTime')(e.currentTarget.value)}
            error={error('startTime')}
            required
          />
          <TextInput
            type="time"
            label={t('series.endTime')}
            value={values.endTime}
            onChange={(e) => set('endTime')(e.currentTarget.value)}
            error={error('endTime')}
            required
          />
          <TextInput
            type="number"
            label={t('series.everyWeeks')}
            min={1}
            max={12}
            value={values.everyWeeks}
            onChange={(e) => set('everyWeeks')(e.currentTarget.value)}
            error={error('everyWeeks')}
            required
            w={160}
          />
        </Group>
        <Radio.Group
          label={t('series.endLabel')}
          value={values.end}
          onChange={(v) => set('end')(v)}
        >
          <Group gap="md" mt="xs">
            <Radio value="count" label={t('series.byCount')} />
            <Radio value="until" label={t('series.byUntil')} />
          </Group>
        </Radio.Group>
        {values.end === 'count' ? (
          <TextInput
            type="number"
            label={t('series.count')}
            min={1}
            max={52}
            value={values.count}
            onChange={(e) => set('count')(e.currentTarget.value)}
            error={error('count')}
            w={200}
          />
        ) : (
          <TextInput
            type="date"
            label={t('series.until')}
            value={values.until}
            onChange={(e) => set('until')(e.currentTarget.value)}
            error={error('until')}
            w={200}
          />
        )}
        <NativeSelect
          label={t('series.format')}
          data={(['ONLINE', 'IN_PERSON'] as const).map((f) => ({
            value: f,
            label: t(`enums.PeerRoundFormat.${f}`),
          }))}
          value={values.format}
          onChange={(e) => set('format')(e.currentTarget.value)}
          maw={300}
        />
        {values.format === 'ONLINE' ? (
          <TextInput
            type="url"
            label={t('series.onlineUrl')}
            placeholder="https://"
            value={values.onlineUrl}
            onChange={(e) => set('onlineUrl')(e.currentTarget.value)}
            error={error('onlineUrl')}
          />
        ) : (
          <TextInput
            label={t('series.place')}
            value={values.place}
            onChange={(e) => set('place')(e.currentTarget.value)}
            error={error('place')}
          />
        )}
        <Group>
          <Button type="submit" loading={result.fetching}>
            {t('series.submit')}
          </Button>
        </Group>
        {planned && (
          <Stack gap={4} role="status">
            <Text fw={700}>{t('series.done', { count: planned.count })}</Text>
            {planned.skipped.length > 0 ? (
              <>
                <Text size="sm">{t('series.skipped')}</Text>
                <List size="sm">
                  {planned.skipped.map((d) => (
                    <List.Item key={d}>{formatDay(d, i18n.language)}</List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">{t('series.noneSkipped')}</Text>
            )}
          </Stack>
        )}
      </Stack>
    </form>
  );
}
