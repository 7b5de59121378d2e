import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The pages of one cohort for program managers. */
export function CohortNav({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('cohorts');
  return (
    <Group gap="md" wrap="wrap" component="nav" aria-label={t('nav')}>
      <Anchor component={NavLink} to={`/cohorts/${cohortId}`} end>
        {t('overview')}
      </Anchor>
      <Anchor component={NavLink} to={`/cohorts/${cohortId}/workshops`}>
        {t('workshops')}
      </Anchor>
      <Anchor component={NavLink} to={`/cohorts/${cohortId}/attendance`}>
        {t('attendance')}
      </Anchor>
      <Anchor component={NavLink} to={`/cohorts/${cohortId}/buddy-matching`}>
        {t('buddyMatching')}
      </Anchor>
      <Anchor component={NavLink} to={`/cohorts/${cohortId}/tandems`}>
        {t('tandems')}
      </Anchor>
      <Anchor component={NavLink} to={`/cohorts/${cohortId}/local-cycles`}>
        {t('localCycles')}
      </Anchor>
    </Group>
  );
}
