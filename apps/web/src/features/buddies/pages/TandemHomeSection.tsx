import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { TandemHomeDocument, type TandemHomeQuery } from '../../../gql/graphql';
import { formatDay, formatTimes } from '../../../ui/format';
import { HomeCard, SectionQuery } from '../../../ui/HomeSection';
import { zonedParts } from '../zoned-time';

type Pairing = TandemHomeQuery['myBuddyPairings'][number];

const CURRENT = new Set(['PROPOSED', 'ACTIVE', 'PAUSED']);

/**
 * Home section of the buddy programme: what the person's tandem needs from them. A proposal
 * waiting for their answer first, else the next planned session of an active pairing, else one
 * line on where their tandem stands. Nothing for someone without a current pairing.
 */
export function TandemHomeSection() {
  const [result, refetch] = useQuery({ query: TandemHomeDocument });
  return (
    <SectionQuery result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ myBuddyPairings }) => <TandemHome pairings={myBuddyPairings} />}
    </SectionQuery>
  );
}

function TandemHome({ pairings }: { pairings: readonly Pairing[] }) {
  const { t, i18n } = useTranslation('buddies');
  const current = pairings.filter((p) => CURRENT.has(p.status));
  const first = current[0];
  if (!first) return null;

  const waiting = current.find((p) => p.status === 'PROPOSED' && !myAcceptance(p));
  if (waiting) {
    return (
      <HomeCard title={t('home.title')}>
        <Text>{t('home.proposal', { name: partnerOf(waiting).name })}</Text>
        <Group>
          <Button component={Link} to={`/tandem/${waiting.id}`} size="sm">
            {t('home.answer')}
          </Button>
        </Group>
      </HomeCard>
    );
  }

  const next = nextSession(current);
  if (next) {
    const { pairing, session } = next;
    const day = zonedParts(session.startsAt, pairing.timeZone).date;
    return (
      <HomeCard title={t('home.title')}>
        <Anchor component={Link} to={`/tandem/${pairing.id}`} fw={600}>
          {t('home.nextSession', { name: partnerOf(pairing).name })}
        </Anchor>
        <Text>
          {formatDay(day, i18n.language)},{' '}
          {formatTimes(session.startsAt, session.endsAt, pairing.timeZone, i18n.language)}
        </Text>
      </HomeCard>
    );
  }

  const name = partnerOf(first).name;
  const line =
    first.status === 'PROPOSED'
      ? t('home.waitingForOther', { name })
      : first.status === 'PAUSED' && first.pausedUntil
        ? t('home.paused', { name, day: formatDay(first.pausedUntil, i18n.language) })
        : t('home.noSession', { name });
  return (
    <HomeCard title={t('home.title')}>
      <Text>
        {line}{' '}
        <Anchor component={Link} to="/tandem">
          {t('home.toTandems')}
        </Anchor>
      </Text>
    </HomeCard>
  );
}

function partnerOf(pairing: Pairing) {
  return pairing.mySide === 'BUDDY' ? pairing.newCoordinator : pairing.buddy;
}

function myAcceptance(pairing: Pairing) {
  return pairing.mySide === 'BUDDY' ? pairing.buddyAcceptedAt : pairing.newCoordinatorAcceptedAt;
}

/** The soonest planned session not yet over, of the active pairings. */
function nextSession(pairings: readonly Pairing[], now = Date.now()) {
  return pairings
    .filter((p) => p.status === 'ACTIVE')
    .flatMap((pairing) =>
      pairing.sessions
        .filter((s) => s.status === 'PLANNED' && Date.parse(s.endsAt) > now)
        .map((session) => ({ pairing, session })),
    )
    .sort((a, b) => Date.parse(a.session.startsAt) - Date.parse(b.session.startsAt))[0];
}
