import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { WorkshopDocument } from '../../../gql/graphql';
import { DownloadButton } from '../../../ui/DownloadButton';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { WorkshopDays } from './WorkshopDays';

/** One workshop: days and times with the zone, place or link, description, .ics download. */
export function WorkshopPage() {
  const { t } = useTranslation('workshops');
  const { id = '' } = useParams();
  const [result, retry] = useQuery({ query: WorkshopDocument, variables: { id } });
  return (
    <QueryResult result={result} retry={retry}>
      {({ workshop }) => (
        <Stack gap="md">
          <PageTitle>{workshop.title}</PageTitle>
          <Group gap="xs">
            <Badge variant="light" color={workshop.status === 'CANCELLED' ? 'red' : undefined}>
              {t(`enums.WorkshopStatus.${workshop.status}`, { ns: 'app' })}
            </Badge>
            <Badge variant="outline">
              {t(`enums.WorkshopFormat.${workshop.format}`, { ns: 'app' })}
            </Badge>
            <Text size="sm">
              {workshop.cohort.number}. {workshop.cohort.title}
            </Text>
          </Group>
          {workshop.status === 'CANCELLED' && (
            <Alert color="red" variant="light">
              {t('cancelled', { reason: workshop.cancellationReason ?? '' })}
            </Alert>
          )}
          <section>
            <Title order={2} size="h3" mb={4}>
              {t('days')}
            </Title>
            <WorkshopDays workshop={workshop} />
          </section>
          {workshop.place && (
            <section>
              <Title order={2} size="h3" mb={4}>
                {t('where')}
              </Title>
              <Text>{workshop.place.name}</Text>
              {workshop.place.address && <Text>{workshop.place.address}</Text>}
            </section>
          )}
          {workshop.format !== 'IN_PERSON' && (
            <section>
              <Title order={2} size="h3" mb={4}>
                {t('link')}
              </Title>
              {workshop.onlineUrl ? (
                <Anchor href={workshop.onlineUrl} rel="noreferrer noopener" target="_blank">
                  {workshop.onlineUrl}
                </Anchor>
              ) : (
                <Text>{t('linkHidden')}</Text>
              )}
            </section>
          )}
          {workshop.description && (
            <section>
              <Title order={2} size="h3" mb={4}>
                {t('description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{workshop.description}</Text>
            </section>
          )}
          {workshop.facilitators.length > 0 && (
            <section>
              <Title order={2} size="h3" mb={4}>
                {t('facilitators')}
              </Title>
              {workshop.facilitators.map((f) => (
                <Text key={f.name}>
                  {f.name}
                  {f.organisation ? ` (${f.organisation})` : ''}
                  {f.contribution ? ` – ${f.contribution}` : ''}
                </Text>
              ))}
            </section>
          )}
          {workshop.status !== 'DRAFT' && (
            <DownloadButton
              path={`/calendar/events/workshop/${workshop.id}.ics`}
              fileName={`${workshop.title}.ics`}
              label={t('download')}
              failed={t('downloadFailed')}
            />
          )}
        </Stack>
      )}
    </QueryResult>
  );
}
