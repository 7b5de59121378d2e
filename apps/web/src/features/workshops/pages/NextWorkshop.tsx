import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyWorkshopCycleDocument } from '../../../gql/graphql';
import { QueryResult } from '../../../ui/QueryResult';
import { WorkshopDays } from './WorkshopDays';

/** Home section for coordinators: the next workshop first, with where and when. */
export function NextWorkshop() {
  const { t } = useTranslation('workshops');
  const [result, retry] = useQuery({ query: MyWorkshopCycleDocument });
  return (
    <QueryResult result={result} retry={retry}>
      {({ myWorkshopCycle: cycle }) => (
        <Card withBorder padding="lg">
          <Stack gap="xs">
            <Title order={2}>{t('next')}</Title>
            {cycle?.nextWorkshop ? (
              <>
                <Group gap="sm">
                  <Anchor
                    component={Link}
                    to={`/workshops/${cycle.nextWorkshop.id}`}
                    fw={600}
                    size="lg"
                  >
                    {cycle.nextWorkshop.title}
                  </Anchor>
                  <Badge variant="light">
                    {t(`enums.WorkshopFormat.${cycle.nextWorkshop.format}`, { ns: 'app' })}
                  </Badge>
                </Group>
                <WorkshopDays workshop={cycle.nextWorkshop} />
                {cycle.nextWorkshop.place && (
                  <Text>
                    {cycle.nextWorkshop.place.name}
                    {cycle.nextWorkshop.place.address
                      ? `, ${cycle.nextWorkshop.place.address}`
                      : ''}
                  </Text>
                )}
                <Text size="sm">
                  {t('progress', {
                    attended: cycle.progress.attendedRequired,
                    required: cycle.progress.required,
                  })}
                  {' · '}
                  <Anchor component={Link} to="/my-cycle">
                    {t('cycleTitle')}
                  </Anchor>
                </Text>
              </>
            ) : (
              <Text>{cycle ? t('noNext') : t('notParticipating')}</Text>
            )}
          </Stack>
        </Card>
      )}
    </QueryResult>
  );
}
