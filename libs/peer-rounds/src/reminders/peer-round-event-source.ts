import { Injectable } from '@nestjs/common';
import { cohortsSql } from '@zyklus/cohorts';
import { localDateOf } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import {
  knownBefore,
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventChange,
  ReminderEventDay,
  ReminderEventSource,
  ReminderEventState,
  ReminderScope,
} from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { PeerRole, RsvpAnswer } from '../peer-enums';
import { PeerRoundRsvpEntity } from '../round/peer-round.entity';
import { dayOf as roundDay, lockRound, membersOn } from '../round/round-context';
import { PEER_GROUP_SCOPE } from './peer-group-scope';
import { PEER_ROUND_NUDGES } from './peer-round-nudges';
import { PeerRoundReminderEvent } from './peer-round-reminder-event.model';
import {
  PEER_ROUND_AUDIENCES,
  PEER_ROUND_EVENT_KIND,
  PEER_ROUND_MAILS,
  PeerRoundAudience,
} from './peer-round-reminder-kind';

const STATE: Record<string, ReminderEventState> = {
  PLANNED: 'SCHEDULED',
  HELD: 'OVER',
  DID_NOT_HAPPEN: 'OVER',
  CANCELLED: 'CANCELLED',
};

const time = (instant: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/** A round's day in the programme's wall clock. */
const dayOf = (startsAt: Date, endsAt: Date, zone: string): ReminderEventDay => ({
  date: localDateOf(startsAt, zone),
  startTime: time(startsAt, zone),
  endTime: time(endsAt, zone),
});

interface RoundRow {
  id: string;
  group_id: string;
  group_name: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  sequence: number;
  place: string | null;
  online_url: string | null;
  cancellation_reason: string | null;
  previous_starts_at: Date | null;
  previous_ends_at: Date | null;
}

/**
 * Peer rounds for the reminders. What a mail or a calendar entry shows of a round is its date,
 * place, link and the group's name — never a case or the minutes (DESIGN §4): the description
 * is always empty. Recipients are the members on the round's day (a late joiner from their first
 * day, a leaver until their last) who have not answered no; the role audiences are those of them
 * who hold the role. The scope of rules is the peer group. Four queries for any number of rounds.
 */
@Injectable()
@ReminderEventAdapter()
export class PeerRoundEventSource implements ReminderEventSource {
  readonly kind = PEER_ROUND_EVENT_KIND;
  readonly description = 'A kollegiale Runde of a peer group.';
  readonly audiences = PEER_ROUND_AUDIENCES;
  readonly mails = PEER_ROUND_MAILS;
  readonly nudges = PEER_ROUND_NUDGES;
  readonly graphqlType = PeerRoundReminderEvent;
  readonly scope = PEER_GROUP_SCOPE;

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rounds = await manager.query<RoundRow[]>(
      `SELECT r.id, r.group_id, g.name AS group_name, g.programme_id, p.name AS programme_name,
              p.reply_to, p.time_zone, r.starts_at, r.ends_at, r.status, r.sequence, r.place,
              r.online_url, r.cancellation_reason, r.previous_starts_at, r.previous_ends_at
         FROM peer_round r JOIN peer_group g ON g.id = r.group_id
         JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    if (!rounds.length) return [];
    const members = await manager.query<{ round_id: string; person_id: string }[]>(
      `SELECT r.id AS round_id, m.person_id
         FROM peer_round r JOIN peer_group g ON g.id = r.group_id
         JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
         JOIN peer_group_member m ON m.group_id = r.group_id
          AND m.from_date <= (r.starts_at AT TIME ZONE p.time_zone)::date
          AND (m.to_date IS NULL OR m.to_date >= (r.starts_at AT TIME ZONE p.time_zone)::date)
        WHERE r.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM peer_round_rsvp a WHERE a.round_id = r.id
                            AND a.person_id = m.person_id AND a.answer = 'NO')
        ORDER BY m.person_id`,
      [ids],
    );
    const roles = await manager.query<{ round_id: string; person_id: string; role: PeerRole }[]>(
      `SELECT round_id, person_id, role FROM peer_round_role WHERE round_id = ANY($1::uuid[])`,
      [ids],
    );
    return rounds.map((r): ReminderEvent => {
      const day = dayOf(r.starts_at, r.ends_at, r.time_zone);
      const date = day.date;
      // The move members were last told about: "Bisher: …" in the change notice.
      const history: ReminderEventChange[] =
        r.previous_starts_at && r.previous_ends_at
          ? [
              {
                sequence: r.sequence,
                daysBefore: [dayOf(r.previous_starts_at, r.previous_ends_at, r.time_zone)],
                detailsBefore: null,
              },
            ]
          : [];
      const own = new Set(members.filter((m) => m.round_id === r.id).map((m) => m.person_id));
      const holding = (role: PeerRole) =>
        roles
          .filter((x) => x.round_id === r.id && x.role === role && own.has(x.person_id))
          .map((x) => x.person_id);
      return {
        kind: PEER_ROUND_EVENT_KIND,
        id: r.id,
        programmeId: r.programme_id,
        programmeName: r.programme_name,
        replyTo: r.reply_to,
        webPath: `/runden/${r.id}`,
        cohortId: null,
        scopeId: r.group_id,
        title: `Kollegiale Runde – ${r.group_name}`,
        // Never a case or the minutes: the group's alone.
        description: null,
        state: STATE[r.status] ?? 'SCHEDULED',
        timeZone: r.time_zone,
        days: [day],
        start: { date, time: day.startTime },
        end: { date, time: day.endTime },
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        sequence: r.sequence,
        placeName: r.place,
        placeAddress: null,
        onlineUrl: r.online_url,
        cancellationReason: r.cancellation_reason,
        history,
        previous: knownBefore(history, r.sequence, {
          days: [day],
          title: `Kollegiale Runde – ${r.group_name}`,
          placeName: r.place,
          placeAddress: null,
          onlineUrl: r.online_url,
        }),
        recipients: {
          [PeerRoundAudience.CASE_GIVERS]: holding(PeerRole.CASE_GIVER),
          [PeerRoundAudience.MODERATOR]: holding(PeerRole.MODERATOR),
          [PeerRoundAudience.SECRETARY]: holding(PeerRole.SECRETARY),
          [PeerRoundAudience.MEMBERS]: [...own],
        },
      };
    });
  }

  /** Planned rounds not over yet, of the programmes, of groups drawing from the cohorts, or of the groups. */
  async upcoming(manager: EntityManager, scope: ReminderScope, now: Date): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT r.id FROM peer_round r JOIN peer_group g ON g.id = r.group_id
        WHERE r.status = 'PLANNED' AND r.ends_at > $1
          AND (g.programme_id = ANY($2::uuid[]) OR g.id = ANY($3::uuid[])
               OR EXISTS (SELECT 1 FROM peer_group_cohort c WHERE c.group_id = g.id
                            AND c.cohort_id = ANY($4::uuid[])))
        ORDER BY r.id`,
      [now, scope.programmeIds ?? [], scope.scopeIds ?? [], scope.cohortIds ?? []],
    );
    return rows.map((r) => r.id);
  }

  /** The rounds of the days the person is a member (cancelled ones too, so calendars drop them). */
  async takingPart(manager: EntityManager, actor: Actor, since: Date): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT r.id FROM peer_round r JOIN peer_group g ON g.id = r.group_id
         JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
         JOIN peer_group_member m ON m.group_id = r.group_id AND m.person_id = $1
          AND m.from_date <= (r.starts_at AT TIME ZONE p.time_zone)::date
          AND (m.to_date IS NULL OR m.to_date >= (r.starts_at AT TIME ZONE p.time_zone)::date)
        WHERE r.ends_at >= $2
        ORDER BY r.starts_at`,
      [actor.personId, since],
    );
    return rows.map((r) => r.id);
  }

  /** "I can't come" from the mail: the member's answer NO (a member on the round's day only). */
  async recordDecline(manager: EntityManager, eventId: string, personId: string): Promise<boolean> {
    const { round, timeZone } = await lockRound(manager, eventId);
    if (!(await membersOn(manager, round.groupId, roundDay(round, timeZone))).has(personId))
      return false;
    await manager.upsert(
      PeerRoundRsvpEntity,
      { roundId: eventId, personId, answer: RsvpAnswer.NO },
      ['roundId', 'personId'],
    );
    return true;
  }
}
