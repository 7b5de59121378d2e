import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { LocalCycleHomeDocument, type LocalCycleHomeQuery } from '../../../gql/graphql';
import { formatDay } from '../../../ui/format';
import { HomeCard, SectionQuery } from '../../../ui/HomeSection';

type Cycle = NonNullable<LocalCycleHomeQuery['myLocalCycle']>;

const COUNTED = ['DRAFT', 'PUBLISHED', 'HELD'] as const;

/**
 * Home section of the local workshop cycle: where the coordinator's cycle stands in one line
 * (its state, how many local workshops are drafts, published, held) and the next one's day.
 * Nothing while the coordinator has no local cycle.
 */
export function LocalCycleHomeSection() {
  const [result, refetch] = useQuery({ query: LocalCycleHomeDocument });
  return (
    <SectionQuery result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ myLocalCycle }) => (myLocalCycle ? <LocalCycleHome cycle={myLocalCycle} /> : null)}
    </SectionQuery>
  );
}

function LocalCycleHome({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation('localCycles');
  const counts = COUNTED.map((status) => ({
    status,
    count: cycle.workshops.filter((w) => w.status === status).length,
  }))
    .filter((c) => c.count > 0)
    .map((c) => t(`home.count.${c.status}`, { count: c.count }))
    .join(', ');
  const next = nextWorkshop(cycle);
  return (
    <HomeCard title={t('home.title')}>
      <Text>
        {t(`enums.LocalCycleStatus.${cycle.status}`)}
        {' · '}
        {counts ? t('home.workshops', { counts }) : t('home.noWorkshops')}
      </Text>
      {next && (
        <Text>
          {t('home.next', { title: next.title, day: formatDay(next.date, i18n.language) })}
        </Text>
      )}
      <Anchor component={Link} to="/my-local-cycle" size="sm">
        {t('home.open')}
      </Anchor>
    </HomeCard>
  );
}

/** The soonest day not yet over of a draft or published local workshop. */
function nextWorkshop(cycle: Cycle, now = Date.now()) {
  return cycle.workshops
    .filter((w) => w.status === 'DRAFT' || w.status === 'PUBLISHED')
    .flatMap((w) =>
      w.days
        .filter((d) => Date.parse(d.endsAt) > now)
        .slice(0, 1)
        .map((d) => ({ title: w.title, date: d.date })),
    )
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}
