import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ErasurePreviewDocument,
  PersonPrivacyDocument,
  RequestPersonExportDocument,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { AuditTable } from './AuditTable';
import { EraseForm } from './EraseForm';
import { ErasurePreviewTable } from './ErasurePreviewTable';
import { ExportList } from './ExportList';
import { PrivacyNav } from './PrivacyNav';

/** Program managers: one person's export, erasure preview and erasure, and their log entries. */
export function PersonPrivacyPage() {
  const { t, i18n } = useTranslation('privacy');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({
    query: PersonPrivacyDocument,
    variables: { personId: id },
  });
  const [erased, setErased] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ person, personalDataExports, erasureRequests }) => {
        const request = erasureRequests.find((r) => r.personId === person.id);
        return (
          <Stack gap="lg">
            <PageTitle>{t('person.title', { name: person.name })}</PageTitle>
            <PrivacyNav />
            {person.email && <Text>{person.email}</Text>}
            {erased && (
              <Alert color="teal" variant="light" role="status">
                {t('person.erased')}
              </Alert>
            )}
            {request && (
              <Alert color="orange" variant="light">
                {t('person.requested', {
                  name: person.name,
                  when: formatInstant(request.requestedAt, i18n.language),
                })}
              </Alert>
            )}
            <ExportCard personId={person.id} name={person.name} onDone={reload}>
              <ExportList exports={personalDataExports} />
            </ExportCard>
            {!erased && (
              <Card withBorder component="section" aria-labelledby="erasure-preview">
                <Stack gap="sm">
                  <Title order={2} size="h3" id="erasure-preview">
                    {t('person.previewTitle')}
                  </Title>
                  <Text>{t('person.previewText')}</Text>
                  <Preview personId={person.id} />
                </Stack>
              </Card>
            )}
            {!erased && (
              <Card withBorder>
                <EraseForm
                  personId={person.id}
                  name={person.name}
                  onErased={() => {
                    setErased(true);
                    reload();
                  }}
                />
              </Card>
            )}
            <Card withBorder component="section" aria-labelledby="person-audit">
              <Title order={2} size="h3" id="person-audit" mb="sm">
                {t('person.auditTitle')}
              </Title>
              <AuditTable personId={person.id} />
            </Card>
          </Stack>
        );
      }}
    </QueryResult>
  );
}

function Preview({ personId }: { personId: string }) {
  const [result, refetch] = useQuery({ query: ErasurePreviewDocument, variables: { personId } });
  return (
    <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ erasurePreview }) => <ErasurePreviewTable contexts={erasurePreview.contexts} />}
    </QueryResult>
  );
}

function ExportCard({
  personId,
  name,
  onDone,
  children,
}: {
  personId: string;
  name: string;
  onDone: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('privacy');
  const [result, request] = useMutation(RequestPersonExportDocument);
  const [done, setDone] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="person-export">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-export">
          {t('person.exportTitle')}
        </Title>
        <Text>{t('person.exportText', { name })}</Text>
        <FormError message={errorMessage(result.error)} />
        <div>
          <Button
            variant="default"
            loading={result.fetching}
            onClick={() =>
              void request({ personId }).then((answer) => {
                if (answer.data) {
                  setDone(true);
                  onDone();
                }
              })
            }
          >
            {t('person.exportButton', { name })}
          </Button>
        </div>
        {done && <Text role="status">{t('person.exportDone')}</Text>}
        {children}
      </Stack>
    </Card>
  );
}
