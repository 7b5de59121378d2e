import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DayRow {
  date: string;
  startTime: string;
  endTime: string;
}

/** The days of a workshop as rows of date, start and end (local times of its zone). */
export function DaysEditor({
  days,
  onChange,
  disabled,
  error,
}: {
  days: DayRow[];
  onChange: (days: DayRow[]) => void;
  disabled: boolean;
  error?: string;
}) {
  const { t } = useTranslation('planning');
  const set = (index: number, patch: Partial<DayRow>) =>
    onChange(days.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <Stack gap="xs" role="group" aria-label={t('days')}>
      {days.map((day, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={`${t('dayLabel', { n: index + 1 })}: ${t('date')}`}
            value={day.date}
            onChange={(e) => set(index, { date: e.currentTarget.value })}
            disabled={disabled}
          />
          <TextInput
            type="time"
            label={t('start')}
            value={day.startTime}
            onChange={(e) => set(index, { startTime: e.currentTarget.value })}
            disabled={disabled}
            w={140}
          />
          <TextInput
            type="time"
            label={t('end')}
            value={day.endTime}
            onChange={(e) => set(index, { endTime: e.currentTarget.value })}
            disabled={disabled}
            w={140}
          />
          {!disabled && days.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('removeDay', { n: index + 1 })}
              onClick={() => onChange(days.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
      {!disabled && (
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() =>
              onChange([
                ...days,
                { ...(days.at(-1) ?? { date: '', startTime: '09:00', endTime: '17:00' }) },
              ])
            }
          >
            {t('addDay')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
