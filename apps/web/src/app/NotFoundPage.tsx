import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('errors.NOT_FOUND.title')}</Title>
      <Text>{t('errors.NOT_FOUND.text')}</Text>
      <div>
        <Button component={Link} to="/" variant="light">
          {t('toHome')}
        </Button>
      </div>
    </Stack>
  );
}
