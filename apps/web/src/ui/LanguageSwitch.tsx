import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type AppLanguage } from '../app/i18n';

/** Deutsch / English for this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('app');
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language}
      onChange={(value) => void setLanguage(value as AppLanguage)}
      data={[
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
