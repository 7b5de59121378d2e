import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/**
 * A home section's loading state: one line with a small spinner, so a section that may turn out
 * empty does not hold a page-sized space (the page spinner is for pages).
 */
export function SectionLoading() {
  const { t } = useTranslation();
  return (
    <Group mih={36} px="xs" align="center">
      <Loader size="xs" aria-label={t('loading')} />
    </Group>
  );
}

/**
 * A home section's answer: the small loading line, one line with "Erneut versuchen" on an error
 * (the rest of the home page stays usable), else the section itself, which may be nothing.
 */
export function SectionQuery<T>({
  result,
  retry,
  children,
}: {
  result: { data?: T; fetching: boolean; error?: CombinedError };
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (result.error && !result.data) {
    return (
      <Group gap="sm" role="alert">
        <Text size="sm">{t('sectionError')}</Text>
        <Button size="compact-sm" variant="light" onClick={retry}>
          {t('retry')}
        </Button>
      </Group>
    );
  }
  if (!result.data) return <SectionLoading />;
  return <>{children(result.data)}</>;
}

/**
 * The frame of a compact home section: a bordered card with its heading and a line or two; a
 * region named by its heading, so assistive technology can list and jump to it.
 */
export function HomeCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
