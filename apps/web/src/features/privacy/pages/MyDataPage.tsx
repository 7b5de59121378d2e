import { Alert, Button, Card, Checkbox, List, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  MyDataDocument,
  RequestMyErasureDocument,
  RequestMyExportDocument,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { ExportList } from './ExportList';

/** "Meine Daten": a copy of everything about me (Art. 15/20), and asking to be erased (Art. 17). */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  const [result, refetch] = useQuery({ query: MyDataDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="lg" maw={760}>
      <PageTitle>{t('mine.title')}</PageTitle>
      <Text>{t('mine.intro')}</Text>
      <QueryResult result={result} retry={reload}>
        {(data) => (
          <>
            <ExportSection onDone={reload}>
              <ExportList exports={data.personalDataExports} />
            </ExportSection>
            <ErasureSection requestedAt={data.myErasureRequest?.requestedAt} onDone={reload} />
          </>
        )}
      </QueryResult>
    </Stack>
  );
}

function ExportSection({ onDone, children }: { onDone: () => void; children: ReactNode }) {
  const { t } = useTranslation('privacy');
  const [result, request] = useMutation(RequestMyExportDocument);
  const [done, setDone] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="my-export">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-export">
          {t('mine.exportTitle')}
        </Title>
        <Text>{t('mine.exportText')}</Text>
        <FormError message={errorMessage(result.error)} />
        <div>
          <Button
            loading={result.fetching}
            onClick={() =>
              void request({}).then((answer) => {
                if (answer.data) {
                  setDone(true);
                  onDone();
                }
              })
            }
          >
            {t('mine.exportButton')}
          </Button>
        </div>
        {done && <Text role="status">{t('mine.exportRequested')}</Text>}
        {children}
      </Stack>
    </Card>
  );
}

function ErasureSection({
  requestedAt,
  onDone,
}: {
  requestedAt: string | undefined;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('privacy');
  const [result, request] = useMutation(RequestMyErasureDocument);
  const [sure, setSure] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="my-erasure">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-erasure">
          {t('mine.erasureTitle')}
        </Title>
        {requestedAt ? (
          <Alert title={t('mine.erasureOpenTitle')} role="status" color="blue" variant="light">
            {t('mine.erasureOpen', { when: formatInstant(requestedAt, i18n.language) })}
          </Alert>
        ) : (
          <>
            <Text>{t('mine.erasureText')}</Text>
            <List spacing={4}>
              <List.Item>{t('mine.erasureWhat')}</List.Item>
              <List.Item>{t('mine.erasureKept')}</List.Item>
              <List.Item>{t('mine.erasureHint')}</List.Item>
            </List>
            <FormError message={errorMessage(result.error)} />
            <Checkbox
              label={t('mine.erasureCheck')}
              checked={sure}
              onChange={(e) => setSure(e.currentTarget.checked)}
            />
            <div>
              <Button
                color="red"
                variant="light"
                disabled={!sure}
                loading={result.fetching}
                onClick={() =>
                  void request({}).then((answer) => {
                    if (answer.data) onDone();
                  })
                }
              >
                {t('mine.erasureButton')}
              </Button>
            </div>
          </>
        )}
      </Stack>
    </Card>
  );
}
