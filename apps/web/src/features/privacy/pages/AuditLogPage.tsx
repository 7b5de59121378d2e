import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/PageTitle';
import { AuditTable } from './AuditTable';
import { PrivacyNav } from './PrivacyNav';

/** Program managers: the privacy audit log (who, when, whose data, which action; no data). */
export function AuditLogPage() {
  const { t } = useTranslation('privacy');
  return (
    <Stack gap="lg">
      <PageTitle>{t('audit.title')}</PageTitle>
      <PrivacyNav />
      <Text maw={760}>{t('audit.intro')}</Text>
      <AuditTable />
    </Stack>
  );
}
