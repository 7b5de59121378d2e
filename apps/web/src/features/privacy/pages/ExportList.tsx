import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportRowFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../ui/format';
import { DownloadButton } from '../../../ui/DownloadButton';

/** The path of an export's ZIP on this server (the API's `archiveUrl`, on this origin). */
export function archivePath(row: Pick<ExportRowFragment, 'archiveUrl'>): string | null {
  return row.archiveUrl ? new URL(row.archiveUrl).pathname : null;
}

/** "zyklus-daten-2026-12-06.zip" */
export function archiveFileName(row: Pick<ExportRowFragment, 'requestedAt'>): string {
  return `zyklus-daten-${row.requestedAt.slice(0, 10)}.zip`;
}

/** "12,3 KB" */
export function kilobytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    maximumFractionDigits: 1,
  }).format(bytes / 1024);
}

/** Exports with their expiry, last download and a download button while they are valid. */
export function ExportList({ exports }: { exports: readonly ExportRowFragment[] }) {
  const { t, i18n } = useTranslation('privacy');
  const when = (iso: string) => formatInstant(iso, i18n.language);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('exports.title')}
      </Title>
      <Text size="sm">{t('exports.keptDays')}</Text>
      {exports.length === 0 && <Text>{t('exports.none')}</Text>}
      {exports.map((row) => {
        const path = archivePath(row);
        return (
          <Card withBorder key={row.id} padding="sm">
            <Stack gap={6}>
              <Group gap="xs" justify="space-between">
                <Text fw={600}>{t('exports.requestedOn', { when: when(row.requestedAt) })}</Text>
                {!path && <Badge color="gray">{t('exports.expired')}</Badge>}
              </Group>
              <Text size="sm">
                {t('exports.details', {
                  until: when(row.expiresAt),
                  size: t('exports.kb', { size: kilobytes(row.archiveBytes, i18n.language) }),
                  downloaded: row.downloadedAt ? when(row.downloadedAt) : t('exports.never'),
                })}
              </Text>
              {path && (
                <DownloadButton
                  path={path}
                  fileName={archiveFileName(row)}
                  label={t('exports.download')}
                  ariaLabel={t('exports.downloadOf', { when: when(row.requestedAt) })}
                  failed={t('download.failed')}
                />
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
