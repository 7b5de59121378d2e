import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  PeerRoundBasicsDocument,
  PeerRoundContentsDocument,
  type PeerRole,
} from '../../../gql/graphql';
import { useViewer } from '../../../app/viewer-context';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryResult } from '../../../ui/QueryResult';
import { formatDay } from '../../../ui/format';
import { memberOn, roundWhen } from '../round-time';
import { AfterRoundSection } from './AfterRoundSection';
import { RoundCases } from './RoundCases';
import { RolesSection, RolesList } from './RolesSection';
import { RsvpSection } from './RsvpSection';

/**
 * One round, the page the reminder mails link to (`/runden/<id>`). Everyone allowed sees when,
 * where and the roles; its members also answer, assign roles, see its cases, write the minutes,
 * record attendance and give feedback. Opening the page changes nothing.
 */
export function RoundPage() {
  const { t, i18n } = useTranslation('peer-rounds');
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [result, refetch] = useQuery({ query: PeerRoundBasicsDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryResult result={result} retry={reload}>
      {({ peerRound: round }) => (
        <Stack gap="lg">
          <PageTitle>
            {t('round.title', {
              group: round.group.name,
              date: formatDay(round.time.date, i18n.language),
            })}
          </PageTitle>
          <Stack gap={4}>
            <Group gap="xs">
              <Badge variant="light" color={round.status === 'CANCELLED' ? 'red' : undefined}>
                {t(`enums.PeerRoundStatus.${round.status}`)}
              </Badge>
              <Text>{roundWhen(round, i18n.language)}</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {t('timeZone', { zone: round.time.timeZone })}
            </Text>
            {round.format === 'ONLINE' && round.onlineUrl && (
              <Text>
                {t('online')}:{' '}
                <Anchor href={round.onlineUrl} target="_blank" rel="noreferrer">
                  {round.onlineUrl}
                </Anchor>
              </Text>
            )}
            {round.format === 'IN_PERSON' && round.place && (
              <Text>
                {t('place')}: {round.place}
              </Text>
            )}
            {round.cancellationReason && (
              <Text c="red.9">{t('cancelledBecause', { reason: round.cancellationReason })}</Text>
            )}
            <Text size="sm">
              {t('rsvpCounts', {
                yes: round.rsvpCounts.yes,
                no: round.rsvpCounts.no,
                maybe: round.rsvpCounts.maybe,
              })}
              {round.attendanceCount != null &&
                ` · ${t('attendanceCount', { count: round.attendanceCount })}`}
            </Text>
          </Stack>
          {round.isMine ? (
            <MemberRound
              id={round.id}
              status={round.status}
              startsAt={round.startsAt}
              date={round.time.date}
              myRsvp={round.myRsvp ?? null}
              roles={round.roles}
              viewerId={viewer.id}
              onChanged={reload}
            />
          ) : (
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t('roles.title')}
              </Title>
              <RolesList roles={round.roles} />
              {viewer.isManager && (
                <Text size="sm">
                  <Anchor component={Link} to={`/runden/gruppen/${round.groupId}`}>
                    {t('round.toGroup', { group: round.group.name })}
                  </Anchor>
                </Text>
              )}
            </Stack>
          )}
          <Anchor
            component={Link}
            to={viewer.isManager && !round.isMine ? '/runden/gruppen' : '/runden'}
          >
            {viewer.isManager && !round.isMine ? t('groups.back') : t('my.back')}
          </Anchor>
        </Stack>
      )}
    </QueryResult>
  );
}

/** The contents only members of the round see, fetched only for them. */
function MemberRound(props: {
  id: string;
  status: string;
  startsAt: string;
  date: string;
  myRsvp: 'YES' | 'NO' | 'MAYBE' | null;
  roles: { role: PeerRole; personId: string; name: string }[];
  viewerId: string;
  onChanged: () => void;
}) {
  const [result, refetch] = useQuery({
    query: PeerRoundContentsDocument,
    variables: { id: props.id },
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    props.onChanged();
  };
  const started = Date.parse(props.startsAt) <= Date.now();
  const open = props.status === 'PLANNED' && !started;
  return (
    <QueryResult result={result} retry={reload}>
      {({ peerRound }) => {
        const members = peerRound.group.members.filter((m) => memberOn(m, props.date));
        const names = new Map(peerRound.group.members.map((m) => [m.personId, m.name]));
        const isModerator = props.roles.some(
          (r) => r.role === 'MODERATOR' && r.personId === props.viewerId,
        );
        return (
          <Stack gap="lg">
            {open && <RsvpSection roundId={props.id} current={props.myRsvp} onDone={reload} />}
            <RolesSection
              roundId={props.id}
              roles={props.roles}
              members={members}
              editable={open}
              onDone={reload}
            />
            <RoundCases
              roundId={props.id}
              cases={peerRound.cases ?? []}
              queue={(peerRound.group.caseQueue ?? []).filter((c) => c.status === 'QUEUED')}
              canSchedule={open}
              viewerId={props.viewerId}
              isModerator={isModerator}
              names={names}
              onDone={reload}
            />
            {started && props.status !== 'CANCELLED' && (
              <AfterRoundSection
                roundId={props.id}
                status={props.status}
                members={members}
                attendance={peerRound.attendance ?? null}
                minutes={peerRound.minutes ?? null}
                feedback={peerRound.myFeedback ?? null}
                onDone={reload}
              />
            )}
          </Stack>
        );
      }}
    </QueryResult>
  );
}
