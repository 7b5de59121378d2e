import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { TandemDocument, type TandemDetailFragment } from '../../../gql/graphql';
import { formatDay, formatInstant } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { FeedbackSection } from './FeedbackSection';
import { GoalsSection } from './GoalsSection';
import { LifecycleSection } from './LifecycleSection';
import { partnerOf } from './MyTandemsPage';
import { ProblemReportSection } from './ProblemReportSection';
import { ProposalAnswer } from './ProposalAnswer';
import { SessionsSection } from './SessionsSection';

/** One pairing for the two people in it (`/tandem/<id>`, the address the mails link to). */
export function TandemPage() {
  const { t } = useTranslation('buddies');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: TandemDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ buddyPairing: pairing }) => {
        const partner = partnerOf(pairing);
        const open = pairing.status === 'ACTIVE' || pairing.status === 'PAUSED';
        return (
          <Stack gap="md">
            <Anchor component={Link} to="/tandem" size="sm">
              {t('back')}
            </Anchor>
            <PageTitle>{t('tandemWith', { name: partner.name })}</PageTitle>
            <StatusCard pairing={pairing} />
            {pairing.status === 'PROPOSED' && pairing.mySide && (
              <ProposalAnswer pairing={pairing} onDone={reload} />
            )}
            {(open || pairing.sessions.length > 0) && (
              <SessionsSection pairing={pairing} onDone={reload} />
            )}
            {(open || pairing.goals.length > 0) && (
              <GoalsSection pairing={pairing} onDone={reload} />
            )}
            {pairing.status === 'ENDED' && pairing.mySide && <FeedbackSection pairing={pairing} />}
            {open && <LifecycleSection pairing={pairing} onDone={reload} />}
            {pairing.mySide && <ProblemReportSection pairingId={pairing.id} />}
          </Stack>
        );
      }}
    </QueryResult>
  );
}

function StatusCard({ pairing }: { pairing: TandemDetailFragment }) {
  const { t, i18n } = useTranslation('buddies');
  const partner = partnerOf(pairing);
  return (
    <Card withBorder component="section" aria-labelledby="tandem-partner">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="tandem-partner">
            {t('partner')}
          </Title>
          <Badge variant="light" color={pairing.status === 'ACTIVE' ? 'teal' : 'gray'}>
            {t(`enums.PairingStatus.${pairing.status}`)}
          </Badge>
        </Group>
        <Text>
          {pairing.mySide === 'BUDDY'
            ? t('partnerNewcomer', { name: partner.name, network: pairing.networkName ?? '' })
            : t('partnerBuddy', { name: partner.name })}
        </Text>
        {partner.email ? (
          <Text>
            {t('email')} <Anchor href={`mailto:${partner.email}`}>{partner.email}</Anchor>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('emailHidden')}
          </Text>
        )}
        <Text size="sm">
          {t('cohortNumber', { number: pairing.cohortNumber })}
          {pairing.mySide ? ` · ${t(`side.${pairing.mySide}`)}` : ''}
        </Text>
        {pairing.status === 'PAUSED' && pairing.pausedUntil && (
          <Text>{t('pausedUntil', { day: formatDay(pairing.pausedUntil, i18n.language) })}</Text>
        )}
        {pairing.status === 'DECLINED' && pairing.declinedBy && (
          <Text>
            {t('declined', {
              who: t(`declinedBy.${pairing.declinedBy}`),
              reason: pairing.declineReason ?? '',
            })}
          </Text>
        )}
        {pairing.status === 'WITHDRAWN' && <Text>{t('withdrawn')}</Text>}
        {pairing.status === 'ENDED' && pairing.endedAt && pairing.endReason && (
          <Text>
            {t('ended', {
              day: formatInstant(pairing.endedAt, i18n.language, pairing.timeZone),
              reason: t(`enums.PairingEndReason.${pairing.endReason}`),
            })}
            {pairing.endNote ? ` – ${pairing.endNote}` : ''}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
