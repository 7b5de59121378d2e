import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ManagerCohortsDocument } from '../../../gql/graphql';
import { formatDay } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';

/** Program managers: every programme with its cohorts, newest first. */
export function CohortsPage() {
  const { t } = useTranslation('cohorts');
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <CohortList />
    </Stack>
  );
}

/** The programmes and their cohorts (also the program managers' home section). */
export function CohortList() {
  const { t, i18n } = useTranslation('cohorts');
  const [result, retry] = useQuery({ query: ManagerCohortsDocument });
  return (
    <Stack gap="md">
      <QueryResult result={result} retry={retry}>
        {({ programmes, cohorts }) =>
          programmes.map((programme) => {
            const own = cohorts.nodes
              .filter((c) => c.programme.id === programme.id)
              .sort((a, b) => b.number - a.number);
            return (
              <Stack gap="sm" key={programme.id} component="section">
                <Title order={2} size="h3">
                  {programme.name}
                </Title>
                {own.length === 0 && <Text>{t('none')}</Text>}
                {own.map((cohort) => (
                  <Card withBorder key={cohort.id}>
                    <Group justify="space-between" gap="xs">
                      <Anchor component={Link} to={`/cohorts/${cohort.id}`} fw={600}>
                        {t('cohort', { number: cohort.number, title: cohort.title })}
                      </Anchor>
                      <Badge variant="light">
                        {t(`enums.CohortStatus.${cohort.status}`, { ns: 'app' })}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {formatDay(cohort.startDate, i18n.language)} –{' '}
                      {formatDay(cohort.endDate, i18n.language)}
                    </Text>
                    {cohort.participationCounts && (
                      <Text size="sm">
                        {t('places', {
                          occupying: cohort.participationCounts.occupying,
                          capacity: cohort.capacity,
                          waitlisted: cohort.participationCounts.waitlisted,
                        })}
                      </Text>
                    )}
                  </Card>
                ))}
              </Stack>
            );
          })
        }
      </QueryResult>
    </Stack>
  );
}
