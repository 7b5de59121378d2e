import { Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1, also the document title ("… – Zyklus"). */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} – ${t('name')}`;
  }, [children, t]);
  return (
    <Title order={1} mb="md">
      {children}
    </Title>
  );
}
