import {
  assign,
  BuddyFeedbackEntity,
  BuddyGoalEntity,
  BuddyPairingEntity,
  BuddyProfileEntity,
  BuddySessionEntity,
  BUDDY_PAIRING,
  BUDDY_SESSION,
  BuddyNudge,
  BuddyTopic,
  GoalStatus,
  PairingAudience,
  PairingEndReason,
  PairingStatus,
  score,
  SessionAudience,
  SessionFormat,
  SessionStatus,
  type ScoreReason,
} from '@zyklus/buddies';
import { Bundesland, CohortStatus, NetworkKind, ParticipationStatus } from '@zyklus/cohorts';
import { addDays, zonedInstant } from '@zyklus/common';
import {
  ReminderAnchor,
  ReminderPlanner,
  ReminderRuleEntity,
  ReminderTemplate,
} from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { DEMO_CURRENT_COHORT_NUMBER } from './demo-current-cohort';
import type { DemoPlan } from './demo-plan';

const DAY = 86_400_000;
const TOPICS = Object.values(BuddyTopic);

/** The buddy programme's rows, ready for one bulk INSERT per table. */
export interface DemoBuddies {
  profiles: {
    personId: string;
    capacity: number;
    topics: BuddyTopic[];
    bundeslaender: Bundesland[];
    languages: string[];
  }[];
  pairings: {
    id: string;
    cohortId: string;
    newCoordinatorId: string;
    buddyId: string;
    status: PairingStatus;
    score: number;
    reasons: ScoreReason[];
    proposedById: string;
    proposedAt: Date;
    newCoordinatorAcceptedAt: Date | null;
    buddyAcceptedAt: Date | null;
    activatedAt: Date | null;
    endedAt: Date | null;
    endReason: PairingEndReason | null;
    endNote: string | null;
    endedById: string | null;
  }[];
  sessions: {
    id: string;
    pairingId: string;
    startsAt: Date;
    endsAt: Date;
    format: SessionFormat;
    place: string | null;
    onlineUrl: string | null;
    topic: string | null;
    status: SessionStatus;
    plannedById: string;
    notes: string | null;
    notesById: string | null;
    outcomeById: string | null;
    outcomeAt: Date | null;
  }[];
  goals: {
    id: string;
    pairingId: string;
    text: string;
    status: GoalStatus;
    createdById: string;
    doneAt: Date | null;
  }[];
  feedback: { id: string; pairingId: string; personId: string; rating: number; text: string }[];
  rules: {
    id: string;
    programmeId: string;
    eventKind: string;
    audience: string;
    anchor: ReminderAnchor;
    offsetDays: number;
    offsetMinutes: number;
    template: ReminderTemplate;
    nudge: string | null;
    enabled: boolean;
    effectiveFrom: Date;
  }[];
}

interface Person {
  personId: string;
  bundesland: Bundesland;
  networkKind: NetworkKind;
  language: string;
}

/**
 * The buddy programme in the demo (DESIGN §7), derived from the demo's cohorts: the alumni of
 * cohorts 1–4 offer to be buddies; cohort 5's new coordinators were paired with the proposal the
 * matching makes (the assignment library), met several times, and — the cohort being over — ended
 * as COMPLETED with feedback, one early for lack of contact; in the running 6th cohort most new
 * coordinators are in an ACTIVE pairing with sessions held, one proposal waits for an answer, one
 * pairing ended early, two new coordinators are left for the program manager's suggestions, and a
 * session in about 20 hours has its reminder due now (it lands in ./data/outbox at the first tick). The
 * programme's buddy rules: a session reminder 1 day before, and the four nudges.
 */
export function planBuddies(plan: DemoPlan, now: Date, today: string): DemoBuddies {
  const result: DemoBuddies = {
    profiles: [],
    pairings: [],
    sessions: [],
    goals: [],
    feedback: [],
    rules: [],
  };
  const managerId = plan.people.find((p) => p.roles.length > 0)!.id;
  const byNumber = new Map(plan.cohorts.map((c) => [c.number, c]));
  const network = new Map(plan.networks.map((n) => [n.id, n]));
  const language = new Map(plan.people.map((p) => [p.id, p.preferredLanguage as string]));
  const coordinatorOn = (networkId: string, day: string) =>
    plan.coordinations.find(
      (k) => k.networkId === networkId && k.startDate <= day && (k.endDate ?? '9999') >= day,
    )?.personId;
  const personOf = (networkId: string, day: string): Person | null => {
    const personId = coordinatorOn(networkId, day);
    const n = network.get(networkId)!;
    return personId
      ? {
          personId,
          bundesland: n.bundesland,
          networkKind: n.kind,
          language: language.get(personId)!,
        }
      : null;
  };
  const completedBy = (number: number) =>
    plan.participations
      .filter(
        (p) =>
          p.cohortId === byNumber.get(number)?.id && p.status === ParticipationStatus.COMPLETED,
      )
      .flatMap((p) => {
        const person = personOf(p.networkId, byNumber.get(number)!.endDate);
        return person ? [person] : [];
      });

  // Buddy profiles: the alumni of cohorts 1–4, with capacities, topics and travels that vary.
  const alumni = new Map<string, Person>();
  for (const number of [1, 2, 3, 4]) for (const p of completedBy(number)) alumni.set(p.personId, p);
  [...alumni.values()].forEach((alumnus, i) => {
    result.profiles.push({
      personId: alumnus.personId,
      capacity: i % 5 === 4 ? 0 : 2 + (i % 2),
      topics: [TOPICS[i % TOPICS.length]!, TOPICS[(i + 2) % TOPICS.length]!],
      bundeslaender: [alumnus.bundesland],
      languages: i % 3 === 0 ? ['de', 'en'] : ['de'],
    });
  });
  const offers = () =>
    result.profiles.map((profile) => {
      const a = alumni.get(profile.personId)!;
      const load = result.pairings.filter(
        (p) => p.buddyId === a.personId && p.status === PairingStatus.ACTIVE,
      ).length;
      return {
        personId: a.personId,
        bundesland: a.bundesland,
        networkKind: a.networkKind,
        travelsTo: profile.bundeslaender,
        languages: profile.languages,
        topics: profile.topics,
        capacity: profile.capacity,
        load,
      };
    });

  /** New coordinators of a cohort, paired as the matching proposes. */
  const match = (number: number, day: string) => {
    const cohort = byNumber.get(number)!;
    const newcomers = plan.participations
      .filter((p) => p.cohortId === cohort.id && p.status !== ParticipationStatus.WITHDRAWN)
      .flatMap((p) => {
        const person = personOf(p.networkId, day);
        return person && !alumni.has(person.personId)
          ? [{ ...person, topics: [] as BuddyTopic[] }]
          : [];
      });
    const buddies = offers();
    const scored = newcomers.map((n) => ({
      newcomerId: n.personId,
      scores: new Map(buddies.map((b) => [b.personId, score(n, b).score])),
    }));
    const slots = buddies.map((b) => ({
      buddyId: b.personId,
      free: Math.max(0, b.capacity - b.load),
    }));
    return {
      cohort,
      newcomers,
      pairs: assign(scored, slots).map((a) => ({
        newcomer: newcomers.find((n) => n.personId === a.newcomerId)!,
        buddy: buddies.find((b) => b.personId === a.buddyId)!,
      })),
    };
  };

  const at = (date: string, time: string) =>
    new Date(Math.min(zonedInstant(date, time, plan.programme.timeZone).getTime(), now.getTime()));
  const addPairing = (
    cohortId: string,
    newcomer: Person & { topics: BuddyTopic[] },
    buddy: ReturnType<typeof offers>[number],
    proposedOn: string,
    status: PairingStatus,
    end?: { on: string; reason: PairingEndReason; note: string | null },
  ) => {
    const proposedAt = at(proposedOn, '10:00');
    const activatedAt =
      status === PairingStatus.PROPOSED ? null : at(addDays(proposedOn, 3), '18:00');
    const scored = score(newcomer, buddy);
    const row = {
      id: randomUUID(),
      cohortId,
      newCoordinatorId: newcomer.personId,
      buddyId: buddy.personId,
      status,
      score: scored.score,
      reasons: scored.reasons,
      proposedById: managerId,
      proposedAt,
      newCoordinatorAcceptedAt: status === PairingStatus.PROPOSED ? proposedAt : activatedAt,
      buddyAcceptedAt: activatedAt,
      activatedAt,
      endedAt: end ? at(end.on, '12:00') : null,
      endReason: end?.reason ?? null,
      endNote: end?.note ?? null,
      endedById: end && end.reason !== PairingEndReason.COMPLETED ? buddy.personId : null,
    };
    result.pairings.push(row);
    return row;
  };
  const held = (pairingId: string, plannerId: string, otherId: string, on: string, i: number) => {
    result.sessions.push({
      id: randomUUID(),
      pairingId,
      startsAt: at(on, '17:00'),
      endsAt: at(on, '18:00'),
      format: i % 2 ? SessionFormat.PHONE : SessionFormat.ONLINE,
      place: null,
      onlineUrl: i % 2 ? null : 'https://meet.example.org/buddy-tandem',
      topic: ['Erste Initiativen ansprechen', 'Infoveranstaltung vorbereiten', 'Förderanträge'][
        i % 3
      ]!,
      status: SessionStatus.HELD,
      plannedById: plannerId,
      notes: 'Notizen des Tandems (nur für die beiden sichtbar).',
      notesById: otherId,
      outcomeById: otherId,
      outcomeAt: at(on, '19:00'),
    });
  };

  // Cohort 5: paired a month after its start; over now, so ended as COMPLETED (one early).
  const fifth = byNumber.get(5);
  if (fifth) {
    const over = fifth.status === CohortStatus.COMPLETED;
    const { pairs } = match(5, fifth.endDate < today ? fifth.endDate : today);
    const proposedOn = addDays(fifth.startDate, 28);
    pairs.forEach(({ newcomer, buddy }, i) => {
      const early = i === 1;
      const status = over || early ? PairingStatus.ENDED : PairingStatus.ACTIVE;
      const pairing = addPairing(
        fifth.id,
        newcomer,
        buddy,
        proposedOn,
        status,
        early
          ? {
              on: addDays(proposedOn, 60),
              reason: PairingEndReason.NO_CONTACT,
              note: 'Nach dem ersten Treffen kam kein Kontakt mehr zustande.',
            }
          : over
            ? { on: fifth.endDate, reason: PairingEndReason.COMPLETED, note: null }
            : undefined,
      );
      const meetings = early ? 1 : 3;
      for (let m = 0; m < meetings; m++) {
        const on = addDays(proposedOn, 10 + m * 40);
        if (on < today) held(pairing.id, buddy.personId, newcomer.personId, on, i + m);
      }
      if (over && !early) {
        result.feedback.push(
          {
            id: randomUUID(),
            pairingId: pairing.id,
            personId: newcomer.personId,
            rating: 4 + (i % 2),
            text: 'Sehr hilfreich beim Aufbau des Workshop-Zyklus vor Ort.',
          },
          {
            id: randomUUID(),
            pairingId: pairing.id,
            personId: buddy.personId,
            rating: 4,
            text: 'Gerne wieder.',
          },
        );
      }
    });
  }

  // Cohort 6 (running): most paired and meeting, one proposal open, one ended early, two left
  // for the suggestions, a session tomorrow.
  const sixth = byNumber.get(DEMO_CURRENT_COHORT_NUMBER);
  if (sixth && sixth.status === CohortStatus.RUNNING) {
    const { pairs } = match(DEMO_CURRENT_COHORT_NUMBER, today);
    const proposedOn = addDays(sixth.startDate, 7);
    const paired = pairs.slice(0, Math.max(0, pairs.length - 2));
    paired.forEach(({ newcomer, buddy }, i) => {
      const status =
        i === 0 ? PairingStatus.PROPOSED : i === 1 ? PairingStatus.ENDED : PairingStatus.ACTIVE;
      const pairing = addPairing(
        sixth.id,
        newcomer,
        buddy,
        i === 0 ? addDays(today, -3) : proposedOn,
        status,
        i === 1
          ? {
              on: addDays(today, -5),
              reason: PairingEndReason.UNAVAILABLE,
              note: 'Die Buddy ist bis zum Sommer beruflich eingebunden.',
            }
          : undefined,
      );
      if (status !== PairingStatus.ACTIVE) return;
      held(pairing.id, newcomer.personId, buddy.personId, addDays(proposedOn, 7 + i), i);
      result.goals.push(
        {
          id: randomUUID(),
          pairingId: pairing.id,
          text: 'Drei MINT-Initiativen für den Workshop-Zyklus gewinnen',
          status: GoalStatus.OPEN,
          createdById: newcomer.personId,
          doneAt: null,
        },
        {
          id: randomUUID(),
          pairingId: pairing.id,
          text: 'Termin für die Infoveranstaltung finden',
          status: GoalStatus.DONE,
          createdById: buddy.personId,
          doneAt: at(addDays(proposedOn, 8 + i), '20:00'),
        },
      );
      if (i === 2) {
        // In about 20 hours: the reminder one day before is due now (within the grace window).
        const startsAt = new Date(
          Math.ceil((now.getTime() + 20 * 3_600_000) / 3_600_000) * 3_600_000,
        );
        result.sessions.push({
          id: randomUUID(),
          pairingId: pairing.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          format: SessionFormat.ONLINE,
          place: null,
          onlineUrl: 'https://meet.example.org/buddy-tandem',
          topic: 'Infoveranstaltung vorbereiten',
          status: SessionStatus.PLANNED,
          plannedById: buddy.personId,
          notes: null,
          notesById: null,
          outcomeById: null,
          outcomeAt: null,
        });
      }
    });
  }

  const effectiveFrom = new Date(now.getTime() - 60 * DAY);
  const rule = (
    eventKind: string,
    audience: string,
    anchor: ReminderAnchor,
    offsetDays: number,
    template: ReminderTemplate,
    nudge: string | null,
  ) =>
    result.rules.push({
      id: randomUUID(),
      programmeId: plan.programme.id,
      eventKind,
      audience,
      anchor,
      offsetDays,
      offsetMinutes: 0,
      template,
      nudge,
      enabled: true,
      effectiveFrom,
    });
  const { START, END } = ReminderAnchor;
  const { REMINDER, NUDGE } = ReminderTemplate;
  rule(BUDDY_SESSION, SessionAudience.PAIR, START, -1, REMINDER, null);
  rule(BUDDY_PAIRING, PairingAudience.UNANSWERED, START, 7, NUDGE, BuddyNudge.PROPOSAL_UNANSWERED);
  rule(BUDDY_PAIRING, PairingAudience.PAIR, START, 14, NUDGE, BuddyNudge.NO_SESSION_PLANNED);
  rule(BUDDY_PAIRING, PairingAudience.PAIR, END, 45, NUDGE, BuddyNudge.NO_SESSION_HELD);
  rule(BUDDY_PAIRING, PairingAudience.PROGRAM_MANAGERS, END, 60, NUDGE, BuddyNudge.NO_SESSION_HELD);
  return result;
}

/** Writes the buddy rows (one INSERT per table) and plans their reminders and nudges as of now. */
export async function seedBuddies(
  manager: EntityManager,
  buddies: DemoBuddies,
  planner: ReminderPlanner,
  now: Date,
): Promise<void> {
  if (buddies.profiles.length) await manager.insert(BuddyProfileEntity, buddies.profiles);
  if (buddies.rules.length) await manager.insert(ReminderRuleEntity, buddies.rules);
  if (!buddies.pairings.length) return;
  await manager.insert(BuddyPairingEntity, buddies.pairings);
  if (buddies.sessions.length) await manager.insert(BuddySessionEntity, buddies.sessions);
  if (buddies.goals.length) await manager.insert(BuddyGoalEntity, buddies.goals);
  if (buddies.feedback.length) await manager.insert(BuddyFeedbackEntity, buddies.feedback);
  const open = buddies.pairings.filter((p) =>
    [PairingStatus.PROPOSED, PairingStatus.ACTIVE, PairingStatus.PAUSED].includes(p.status),
  );
  await planner.materialise(manager, BUDDY_PAIRING, open.map((p) => p.id).sort(), null, now);
  const planned = buddies.sessions.filter((s) => s.status === SessionStatus.PLANNED);
  await planner.materialise(manager, BUDDY_SESSION, planned.map((s) => s.id).sort(), null, now);
}
