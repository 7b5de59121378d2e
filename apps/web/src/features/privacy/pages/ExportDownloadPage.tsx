import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PersonalDataExportDocument, type ExportRowFragment } from '../../../gql/graphql';
import { DownloadError, downloadFile } from '../../../app/download';
import { errorReason } from '../../../app/graphql/errors';
import { useViewer } from '../../../app/viewer-context';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { archiveFileName, archivePath, kilobytes } from './ExportList';

/** Why an export cannot be downloaded, as the server says (`extensions.reason` / `reason`). */
export const EXPORT_REASONS = ['EXPORT_EXPIRED', 'EXPORT_NOT_YOURS', 'EXPORT_NOT_FOUND'] as const;
type ExportReason = (typeof EXPORT_REASONS)[number];
const isExportReason = (reason: string | undefined): reason is ExportReason =>
  (EXPORT_REASONS as readonly string[]).includes(reason ?? '');

/**
 * The page the export mail links to (`/my-data/exports/<id>`): the person signs in if they
 * have not, and the page downloads the ZIP with their access token. An expired link, or one
 * for someone else, says so in words.
 */
export function ExportDownloadPage() {
  const { t } = useTranslation('privacy');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: PersonalDataExportDocument, variables: { id } });
  const reason = errorReason(result.error);
  return (
    <Stack gap="md" maw={640}>
      <PageTitle>{t('download.title')}</PageTitle>
      {isExportReason(reason) ? (
        <Refused reason={reason} />
      ) : (
        <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
          {({ personalDataExport }) => <Ready row={personalDataExport} />}
        </QueryResult>
      )}
    </Stack>
  );
}

function Ready({ row }: { row: ExportRowFragment }) {
  const { t, i18n } = useTranslation('privacy');
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed' | ExportReason>('idle');
  const path = archivePath(row);
  if (isExportReason(state)) return <Refused reason={state} />;
  if (!path) return <Refused reason="EXPORT_EXPIRED" />;
  return (
    <Stack gap="sm">
      <Text>
        {t('download.ready', {
          when: formatInstant(row.requestedAt, i18n.language),
          size: t('exports.kb', { size: kilobytes(row.archiveBytes, i18n.language) }),
          until: formatInstant(row.expiresAt, i18n.language),
        })}
      </Text>
      <div>
        <Button
          loading={state === 'busy'}
          onClick={() => {
            setState('busy');
            downloadFile(path, archiveFileName(row)).then(
              () => setState('done'),
              (error: unknown) =>
                setState(
                  error instanceof DownloadError && isExportReason(error.reason)
                    ? error.reason
                    : 'failed',
                ),
            );
          }}
        >
          {t('download.button')}
        </Button>
      </div>
      {state === 'done' && <Text role="status">{t('download.started')}</Text>}
      {state === 'failed' && (
        <Text c="red.8" role="alert">
          {t('download.failed')}
        </Text>
      )}
    </Stack>
  );
}

function Refused({ reason }: { reason: ExportReason }) {
  const { t } = useTranslation('privacy');
  const viewer = useViewer();
  return (
    <Stack gap="sm">
      <Alert color="red" variant="light" role="alert" title={t('download.problem')}>
        {t(`download.${reason}`, { name: viewer.name })}
      </Alert>
      <div>
        <Button component={Link} to="/my-data" variant="light">
          {t('download.toMyData')}
        </Button>
      </div>
    </Stack>
  );
}
