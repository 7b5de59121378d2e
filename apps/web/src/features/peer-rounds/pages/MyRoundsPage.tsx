import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MyPeerGroupsDocument, type MyPeerGroupsQuery } from '../../../gql/graphql';
import { useViewer } from '../../../app/viewer-context';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { earlier, roundWhen, upcoming } from '../round-time';
import { CaseCard, ProposeCaseForm, type RoundChoice } from './CaseCard';

type MyGroup = MyPeerGroupsQuery['myPeerGroups'][number];

/** "Meine Runden": the member's groups, their rounds (upcoming first), the case queue. */
export function MyRoundsPage() {
  const { t } = useTranslation('peer-rounds');
  const [result, refetch] = useQuery({ query: MyPeerGroupsDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ myPeerGroups, peerCaseTextWarning }) => (
        <Stack gap="lg">
          <PageTitle>{t('my.title')}</PageTitle>
          {myPeerGroups.length === 0 && <Text>{t('my.none')}</Text>}
          {myPeerGroups.map((group) => (
            <MemberGroup
              key={group.id}
              group={group}
              textWarning={peerCaseTextWarning}
              onDone={reload}
            />
          ))}
        </Stack>
      )}
    </QueryResult>
  );
}

/** One of the member's groups: members, rounds, and the case queue with "propose a case". */
export function MemberGroup({
  group,
  textWarning,
  onDone,
  headingLevel = 2,
}: {
  group: MyGroup;
  textWarning: string;
  onDone: () => void;
  headingLevel?: 1 | 2;
}) {
  const { t, i18n } = useTranslation('peer-rounds');
  const viewer = useViewer();
  const current = group.members.some((m) => m.personId === viewer.id && m.current);
  const names = new Map(group.members.map((m) => [m.personId, m.name]));
  const ahead = upcoming(group.rounds);
  const past = earlier(group.rounds);
  const choices: RoundChoice[] = ahead
    .filter((r) => Date.parse(r.startsAt) > Date.now())
    .map((r) => ({
      id: r.id,
      label: roundWhen(r, i18n.language),
      moderated: r.roles.some((x) => x.role === 'MODERATOR' && x.personId === viewer.id),
    }));
  const headingId = `group-${group.id}`;
  const sub = headingLevel === 1 ? 2 : 3;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={headingLevel} size="h3" id={headingId}>
            {group.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{t(`enums.PeerGroupMethod.${group.method}`)}</Badge>
            <Badge variant="outline">{t(`enums.PeerGroupStatus.${group.status}`)}</Badge>
          </Group>
        </Group>
        <Text size="sm">
          {t('my.members')}:{' '}
          {group.members
            .filter((m) => m.current)
            .map((m) => m.name)
            .join(', ')}
        </Text>
        {!current && <Text size="sm">{t('my.former')}</Text>}

        <Title order={sub} size="h4">
          {t('my.upcoming')}
        </Title>
        {ahead.length === 0 && <Text size="sm">{t('my.noUpcoming')}</Text>}
        <List spacing="xs">
          {ahead.map((r) => (
            <List.Item key={r.id}>
              <Anchor component={Link} to={`/runden/${r.id}`}>
                {roundWhen(r, i18n.language)}
              </Anchor>
              <Text size="sm" c="dimmed" component="span">
                {' · '}
                {r.format === 'ONLINE' ? t('online') : (r.place ?? t('inPerson'))}
                {' · '}
                {r.myRsvp
                  ? t('my.yourAnswer', { answer: t(`enums.RsvpAnswer.${r.myRsvp}`) })
                  : t('my.noAnswer')}
                {r.roles
                  .filter((x) => x.personId === viewer.id)
                  .map((x) => ` · ${t('my.yourRole', { role: t(`enums.PeerRole.${x.role}`) })}`)
                  .join('')}
              </Text>
            </List.Item>
          ))}
        </List>

        {past.length > 0 && (
          <>
            <Title order={sub} size="h4">
              {t('my.earlier')}
            </Title>
            <List spacing="xs">
              {past.map((r) => (
                <List.Item key={r.id}>
                  <Anchor component={Link} to={`/runden/${r.id}`}>
                    {roundWhen(r, i18n.language)}
                  </Anchor>{' '}
                  <Text size="sm" c="dimmed" component="span">
                    · {t(`enums.PeerRoundStatus.${r.status}`)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        )}

        <Title order={sub} size="h4">
          {t('cases.queue')}
        </Title>
        {(group.caseQueue ?? []).length === 0 && <Text size="sm">{t('cases.emptyQueue')}</Text>}
        {(group.caseQueue ?? []).map((c) => (
          <CaseCard
            key={c.id}
            item={c}
            proposer={names.get(c.proposerId)}
            viewerId={viewer.id}
            rounds={choices}
            onDone={onDone}
          />
        ))}
        {current && group.status !== 'ENDED' && (
          <ProposeCaseForm groupId={group.id} textWarning={textWarning} onDone={onDone} />
        )}
      </Stack>
    </Card>
  );
}
