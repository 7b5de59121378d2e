import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MyCohortsDocument } from '../../../gql/graphql';
import { formatDay } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';

/** The coordinator's cohorts, latest first, with the fellow networks by name. */
export function MyCohortPage() {
  const { t, i18n } = useTranslation('myCohort');
  const [result, retry] = useQuery({ query: MyCohortsDocument });
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <QueryResult result={result} retry={retry}>
        {({ myCohorts }) =>
          myCohorts.length === 0 ? (
            <Text>{t('none')}</Text>
          ) : (
            [...myCohorts].reverse().map((cohort) => (
              <Card withBorder key={cohort.id} component="section">
                <Stack gap="xs">
                  <Title order={2} size="h3">
                    {t('cohort', { number: cohort.number, title: cohort.title })}
                  </Title>
                  <Text size="sm">
                    {cohort.programme.name} ·{' '}
                    {t('period', {
                      start: formatDay(cohort.startDate, i18n.language),
                      end: formatDay(cohort.endDate, i18n.language),
                    })}
                  </Text>
                  {cohort.myParticipation && (
                    <Text>
                      {t('yourNetwork', {
                        network: cohort.myParticipation.network.name,
                        status: t(`enums.ParticipationStatus.${cohort.myParticipation.status}`, {
                          ns: 'app',
                        }),
                      })}
                    </Text>
                  )}
                  {cohort.participations && (
                    <>
                      <Title order={3} size="h4">
                        {t('fellows')}
                      </Title>
                      <List>
                        {cohort.participations.map((p) => (
                          <List.Item key={p.id}>
                            {p.network.name} ({p.network.city})
                          </List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Stack>
              </Card>
            ))
          )
        }
      </QueryResult>
    </Stack>
  );
}
