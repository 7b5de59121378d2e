import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The program managers' data-protection pages, linked from each of them. */
export function PrivacyNav() {
  const { t } = useTranslation('privacy');
  return (
    <Group gap="md" component="nav" aria-label={t('manager.title')}>
      <Anchor component={Link} to="/privacy">
        {t('manager.title')}
      </Anchor>
      <Anchor component={Link} to="/privacy/retention">
        {t('manager.retention')}
      </Anchor>
      <Anchor component={Link} to="/privacy/audit-log">
        {t('manager.auditLog')}
      </Anchor>
    </Group>
  );
}
