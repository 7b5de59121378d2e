import { Anchor, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  CalendarFeedDocument,
  CreateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';

/** The calendar subscription: make an address (shown once), copy it, webcal://, revoke. */
export function CalendarPage() {
  const { t, i18n } = useTranslation('calendar');
  const [result, refetch] = useQuery({ query: CalendarFeedDocument });
  const [created, create] = useMutation(CreateCalendarFeedDocument);
  const [revokedResult, revoke] = useMutation(RevokeCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Stack gap="md" maw={720}>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <FormError message={errorMessage(created.error ?? revokedResult.error)} />
      <QueryResult result={result} retry={reload}>
        {({ calendarFeed: feed }) => (
          <Stack gap="md">
            {revoked && !feed && <Text role="status">{t('revoked')}</Text>}
            {feed ? (
              <Text>
                {t('active', { created: formatInstant(feed.createdAt, i18n.language) })}{' '}
                {feed.lastUsedAt
                  ? t('lastUsed', { when: formatInstant(feed.lastUsedAt, i18n.language) })
                  : t('neverUsed')}
              </Text>
            ) : (
              !revoked && <Text>{t('none')}</Text>
            )}
            {url && (
              <Stack gap="xs">
                <TextInput
                  label={t('address')}
                  value={url}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                />
                <Group gap="sm">
                  <CopyButton value={url}>
                    {({ copied, copy }) => (
                      <Button variant="default" onClick={copy}>
                        {copied ? t('copied') : t('copy')}
                      </Button>
                    )}
                  </CopyButton>
                  <Anchor href={url.replace(/^https?:/, 'webcal:')}>{t('webcal')}</Anchor>
                </Group>
              </Stack>
            )}
            <Group gap="sm">
              <Button
                loading={created.fetching}
                onClick={() =>
                  void create({}).then((answer) => {
                    if (answer.data) {
                      setUrl(answer.data.createCalendarFeed.url);
                      setRevoked(false);
                      reload();
                    }
                  })
                }
              >
                {feed ? t('replace') : t('create')}
              </Button>
              {feed && (
                <Button
                  color="red"
                  variant="light"
                  loading={revokedResult.fetching}
                  onClick={() =>
                    void revoke({}).then((answer) => {
                      if (answer.data) {
                        setUrl(null);
                        setRevoked(true);
                        reload();
                      }
                    })
                  }
                >
                  {t('revoke')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </QueryResult>
    </Stack>
  );
}
