import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyTandemsDocument, type TandemSummaryFragment } from '../../../gql/graphql';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { WishesForm } from './WishesForm';

/** Mein Tandem: the signed-in person's pairings (as new coordinator or buddy), newest first. */
export function MyTandemsPage() {
  const { t } = useTranslation('buddies');
  const [result, refetch] = useQuery({ query: MyTandemsDocument });
  return (
    <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ myBuddyPairings, myCohorts }) => (
        <Stack gap="md">
          <PageTitle>{t('title')}</PageTitle>
          <Text>{t('intro')}</Text>
          {myBuddyPairings.length === 0 && <Text>{t('none')}</Text>}
          {myBuddyPairings.map((p) => (
            <TandemCard key={p.id} pairing={p} />
          ))}
          {myCohorts
            .filter((c) => c.status === 'PLANNED' || c.status === 'RUNNING')
            .map((c) => (
              <WishesForm key={c.id} cohortId={c.id} cohortNumber={c.number} />
            ))}
        </Stack>
      )}
    </QueryResult>
  );
}

/** The other one of the pair, seen from the viewer's side. */
export function partnerOf(pairing: TandemSummaryFragment) {
  return pairing.mySide === 'BUDDY' ? pairing.newCoordinator : pairing.buddy;
}

function TandemCard({ pairing }: { pairing: TandemSummaryFragment }) {
  const { t } = useTranslation('buddies');
  const partner = partnerOf(pairing);
  const headingId = `tandem-${pairing.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/tandem/${pairing.id}`} inherit>
              {pairing.mySide === 'BUDDY'
                ? t('youAreBuddy', { name: partner.name })
                : t('yourBuddy', { name: partner.name })}
            </Anchor>
          </Title>
          <Badge variant="light" color={pairing.status === 'ACTIVE' ? 'teal' : 'gray'}>
            {t(`enums.PairingStatus.${pairing.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('cohortNumber', { number: pairing.cohortNumber })}
          {pairing.networkName ? ` · ${t('network', { name: pairing.networkName })}` : ''}
        </Text>
        {pairing.status === 'PROPOSED' && (
          <Text size="sm" fw={600}>
            {t('waitingForAnswer')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
