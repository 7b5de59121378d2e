import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NextPeerRoundHomeDocument, type NextPeerRoundHomeQuery } from '../../../gql/graphql';
import { HomeCard, SectionQuery } from '../../../ui/HomeSection';
import { roundWhen } from '../round-time';

type Group = NextPeerRoundHomeQuery['myPeerGroups'][number];

/**
 * Home section of the kollegiale Runden: the next round of the person's groups, when it is (in
 * the round's zone) and their answer. Nothing when no round of theirs is planned.
 */
export function NextRoundHomeSection() {
  const [result, refetch] = useQuery({ query: NextPeerRoundHomeDocument });
  return (
    <SectionQuery result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ myPeerGroups }) => <NextRound groups={myPeerGroups} />}
    </SectionQuery>
  );
}

function NextRound({ groups }: { groups: readonly Group[] }) {
  const { t, i18n } = useTranslation('peer-rounds');
  const next = groups
    .flatMap((group) => (group.nextRound ? [{ group, round: group.nextRound }] : []))
    .sort((a, b) => Date.parse(a.round.startsAt) - Date.parse(b.round.startsAt))[0];
  if (!next) return null;
  const { group, round } = next;
  return (
    <HomeCard title={t('home.title')}>
      <Anchor component={Link} to={`/runden/${round.id}`} fw={600}>
        {t('home.next', { group: group.name })}
      </Anchor>
      <Text>{roundWhen(round, i18n.language)}</Text>
      <Text size="sm">
        {round.myRsvp
          ? t('my.yourAnswer', { answer: t(`enums.RsvpAnswer.${round.myRsvp}`) })
          : t('home.noAnswer')}
      </Text>
    </HomeCard>
  );
}
