import { Anchor, Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyWorkshopCycleDocument } from '../../../gql/graphql';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { WorkshopDays } from './WorkshopDays';

/** The coordinator's cycle: every step in order with their attendance, and the progress. */
export function MyCyclePage() {
  const { t } = useTranslation('workshops');
  const [result, retry] = useQuery({ query: MyWorkshopCycleDocument });
  return (
    <Stack gap="md">
      <PageTitle>{t('cycleTitle')}</PageTitle>
      <QueryResult result={result} retry={retry}>
        {({ myWorkshopCycle: cycle }) =>
          !cycle ? (
            <Text>{t('notParticipating')}</Text>
          ) : (
            <Stack gap="md">
              <Text fw={600}>
                {t('cohort', {
                  number: cycle.cohort.number,
                  network: cycle.participation.network.name,
                })}
              </Text>
              <div>
                <Text id="cycle-progress" size="sm">
                  {cycle.progress.complete
                    ? t('complete')
                    : t('progress', {
                        attended: cycle.progress.attendedRequired,
                        required: cycle.progress.required,
                      })}
                </Text>
                <Progress.Root size="lg" mt={4}>
                  <Progress.Section
                    value={cycle.progress.percent}
                    aria-labelledby="cycle-progress"
                  />
                </Progress.Root>
              </div>
              <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0 }}>
                {cycle.steps.map((step, index) => (
                  <Card
                    component="li"
                    withBorder
                    key={step.workshop?.id ?? `${step.kind}-${index}`}
                  >
                    <Stack gap={4}>
                      <Group gap="sm" justify="space-between">
                        {step.workshop ? (
                          <Anchor component={Link} to={`/workshops/${step.workshop.id}`} fw={600}>
                            {step.title}
                          </Anchor>
                        ) : (
                          <Text fw={600}>{step.title}</Text>
                        )}
                        <Group gap={4}>
                          {!step.required && <Badge variant="outline">{t('optional')}</Badge>}
                          {step.workshop && (
                            <Badge
                              variant="light"
                              color={step.workshop.status === 'CANCELLED' ? 'red' : undefined}
                            >
                              {t(`enums.WorkshopStatus.${step.workshop.status}`, { ns: 'app' })}
                            </Badge>
                          )}
                        </Group>
                      </Group>
                      {step.workshop ? (
                        <WorkshopDays workshop={step.workshop} />
                      ) : (
                        <Text size="sm">{t('notScheduled')}</Text>
                      )}
                      {step.attendance && (
                        <Text size="sm">
                          {t('yourAttendance', {
                            status: t(`enums.AttendanceStatus.${step.attendance}`, { ns: 'app' }),
                          })}
                        </Text>
                      )}
                    </Stack>
                  </Card>
                ))}
              </Stack>
            </Stack>
          )
        }
      </QueryResult>
    </Stack>
  );
}
