import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummaryFragment } from '../../../gql/graphql';
import { formatDay, formatTimes } from '../../../ui/format';

/** Each day of a workshop with its times in the workshop's zone. */
export function WorkshopDays({ workshop }: { workshop: WorkshopSummaryFragment }) {
  const { i18n } = useTranslation();
  return (
    <List spacing={2}>
      {workshop.days.map((day) => (
        <List.Item key={day.date}>
          {formatDay(day.date, i18n.language)},{' '}
          {formatTimes(day.startsAt, day.endsAt, workshop.timeZone, i18n.language)}
        </List.Item>
      ))}
    </List>
  );
}
