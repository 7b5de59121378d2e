import { ParticipationStatus } from '@zyklus/cohorts';
import { addDays, zonedInstant } from '@zyklus/common';
import {
  PeerCaseEntity,
  PeerCaseStatus,
  PeerGroupCohortEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
  PeerGroupMethod,
  PeerGroupStatus,
  PeerMinutesEntity,
  PeerRole,
  PeerRoundAttendanceEntity,
  PeerRoundEntity,
  PeerRoundFormat,
  PeerRoundRoleEntity,
  PeerRoundRsvpEntity,
  PeerRoundStatus,
  RsvpAnswer,
} from '@zyklus/peer-rounds';
import {
  ReminderAnchor,
  ReminderPlanner,
  ReminderRuleEntity,
  ReminderTemplate,
} from '@zyklus/reminders';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { DemoPlan } from './demo-plan';

/** A coordinator of the running cohort in the demo's first peer group (README examples). */
export const DEMO_MEMBER_EMAIL = 'lena.hartmann@example.org';

/** The demo's peer-round reminders: all members 7 and 1 day before, case givers 3 days before. */
const RULES = [
  ['MEMBERS', -7],
  ['MEMBERS', -1],
  ['CASE_GIVERS', -3],
] as const;

/** A rule of one group only (its scope): Runde Süd-West's members also hear 2 days before. */
const GROUP_RULE = { group: 'Runde Süd-West', audience: 'MEMBERS', offsetDays: -2 } as const;

/** Days from the next round of each group's series (every three weeks): two held, two ahead. */
const ROUND_DAYS = [-42, -21, 0, 21] as const;

/** The first Thursday from `today` on (rounds are on Thursdays at 18:00). */
function nextThursday(today: string): string {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addDays(today, (4 - weekday + 7) % 7);
}

const GROUPS = [
  { name: 'Runde Nord-Ost', method: PeerGroupMethod.KOLLEGIALE_FALLBERATUNG, from5: 3, from6: 2 },
  { name: 'Runde Süd-West', method: PeerGroupMethod.OPEN_EXCHANGE, from5: 2, from6: 2 },
] as const;

const CASES = [
  ['Schulen gewinnen', 'Wie erreiche ich Schulleitungen, die nie antworten?'],
  ['Ehrenamt halten', 'Wie halte ich Ehrenamtliche über die Sommerferien?'],
  ['Wirkung zeigen', 'Welche Kennzahl überzeugt unseren Landkreis?'],
  ['Förderlücke', 'Wie überbrücke ich ein halbes Jahr ohne Projektförderung?'],
] as const;

/**
 * Kollegiale Runden for the demo (DESIGN §8): two peer groups across cohorts 5 and 6 (alumni of
 * the 5th, coordinators of the running 6th), each with a series every three weeks at 18:00
 * Berlin time: two rounds held with attendance (the case-based group also with minutes and
 * discussed cases), the next one ahead with roles, answers and a scheduled case, and cases in
 * the queue. Its reminder rules (the programme's, and one for Runde Süd-West only) were switched
 * on eight days ago; the planner writes the ledger as of then, so the 7-day reminder of the next
 * round is due at once and lands in the outbox.
 * Seeds nothing before the 6th cohort exists.
 */
export async function seedDemoPeerRounds(
  manager: EntityManager,
  planner: ReminderPlanner,
  plan: DemoPlan,
  now: Date,
  today: string,
): Promise<{ groups: number; rounds: number } | null> {
  const cohort5 = plan.cohorts.find((c) => c.number === 5);
  const cohort6 = plan.cohorts.find((c) => c.number === 6);
  if (!cohort5 || !cohort6) return null;
  const zone = plan.programme.timeZone;
  const coordinatorOf = new Map(
    plan.coordinations.filter((k) => k.endDate === null).map((k) => [k.networkId, k.personId]),
  );
  const peopleOf = (cohortId: string) => [
    ...new Set(
      plan.participations
        .filter((p) => p.cohortId === cohortId && p.status !== ParticipationStatus.WITHDRAWN)
        .map((p) => coordinatorOf.get(p.networkId))
        .filter((id): id is string => !!id),
    ),
  ];
  const pool5 = peopleOf(cohort5.id);
  // Lena Hartmann (the README's coordinator of the running cohort) is in the first group.
  const lena = plan.people.find((p) => p.email === DEMO_MEMBER_EMAIL)?.id;
  const pool6 = peopleOf(cohort6.id)
    .filter((id) => !pool5.includes(id))
    .sort((a, b) => Number(b === lena) - Number(a === lena));
  const rulesFrom = new Date(now.getTime() - 8 * 86_400_000);
  const next = nextThursday(today);
  const upcoming: string[] = [];
  const groupIds = new Map<string, string>();
  let rounds = 0;

  for (const [g, spec] of GROUPS.entries()) {
    const members = [
      ...pool5.slice(g * spec.from5, g * spec.from5 + spec.from5),
      ...pool6.slice(g * spec.from6, g * spec.from6 + spec.from6),
    ];
    if (members.length < 3) continue;
    const group = {
      id: randomUUID(),
      programmeId: plan.programme.id,
      name: spec.name,
      method: spec.method,
      status: PeerGroupStatus.ACTIVE,
    };
    await manager.insert(PeerGroupEntity, group);
    groupIds.set(spec.name, group.id);
    await manager.insert(PeerGroupCohortEntity, [
      { groupId: group.id, cohortId: cohort5.id },
      { groupId: group.id, cohortId: cohort6.id },
    ]);
    // The last member joined late: only the rounds ahead are theirs.
    await manager.insert(
      PeerGroupMemberEntity,
      members.map((personId, i) => ({
        groupId: group.id,
        personId,
        fromDate: addDays(today, i === members.length - 1 ? -10 : -60),
        toDate: null,
      })),
    );
    const seriesId = randomUUID();
    const byCase = spec.method === PeerGroupMethod.KOLLEGIALE_FALLBERATUNG;
    for (const [r, offset] of ROUND_DAYS.entries()) {
      const date = addDays(next, offset + g * 7);
      const held = offset < 0;
      const ahead = !held;
      const round = {
        id: randomUUID(),
        groupId: group.id,
        seriesId,
        startsAt: zonedInstant(date, '18:00', zone),
        endsAt: zonedInstant(date, '19:30', zone),
        format: PeerRoundFormat.ONLINE,
        place: null,
        onlineUrl: 'https://meet.example.org/kollegiale-runde',
        status: held ? PeerRoundStatus.HELD : PeerRoundStatus.PLANNED,
        cancellationReason: null,
        sequence: 0,
      };
      await manager.insert(PeerRoundEntity, round);
      rounds++;
      if (ahead) upcoming.push(round.id);
      const at = (i: number) => members[(r + i) % (members.length - 1)]!;
      const roles = [
        { roundId: round.id, role: PeerRole.MODERATOR, personId: at(0) },
        { roundId: round.id, role: PeerRole.SECRETARY, personId: at(1) },
        ...(byCase ? [{ roundId: round.id, role: PeerRole.CASE_GIVER, personId: at(2) }] : []),
      ];
      if (r <= 2) await manager.insert(PeerRoundRoleEntity, roles);
      if (held) {
        await manager.insert(
          PeerRoundAttendanceEntity,
          members.slice(0, -1).map((personId) => ({ roundId: round.id, personId })),
        );
        if (byCase) {
          await manager.insert(PeerMinutesEntity, {
            roundId: round.id,
            text: 'Phasen: Fallschilderung, Rückfragen, Hypothesen, Lösungsideen, Abschluss. Die Fallgeberin nimmt zwei Ideen mit.',
            writtenById: at(1),
          });
        }
      }
      if (byCase && r <= 2) {
        const [title, keyQuestion] = CASES[r]!;
        await manager.insert(PeerCaseEntity, {
          groupId: group.id,
          proposerId: at(2),
          title,
          keyQuestion,
          text: null,
          status: held ? PeerCaseStatus.DISCUSSED : PeerCaseStatus.SCHEDULED,
          roundId: round.id,
        });
      }
      if (r === 2) {
        await manager.insert(PeerRoundRsvpEntity, [
          { roundId: round.id, personId: members[0]!, answer: RsvpAnswer.YES },
          { roundId: round.id, personId: members[1]!, answer: RsvpAnswer.MAYBE },
        ]);
      }
    }
    if (byCase) {
      const [title, keyQuestion] = CASES[3];
      await manager.insert(PeerCaseEntity, {
        groupId: group.id,
        proposerId: members[members.length - 1]!,
        title,
        keyQuestion,
        text: null,
        status: PeerCaseStatus.QUEUED,
        roundId: null,
      });
    }
  }
  const rule = (audience: string, offsetDays: number, scopeId: string | null = null) => ({
    programmeId: plan.programme.id,
    cohortId: null,
    scopeId,
    replacesRuleId: null,
    eventKind: 'PEER_ROUND',
    audience,
    anchor: ReminderAnchor.START,
    offsetDays,
    offsetMinutes: 0,
    template: ReminderTemplate.REMINDER,
    nudge: null,
    enabled: true,
    effectiveFrom: rulesFrom,
    createdAt: rulesFrom,
    updatedAt: rulesFrom,
  });
  const scoped = groupIds.get(GROUP_RULE.group);
  await manager.insert(ReminderRuleEntity, [
    ...RULES.map(([audience, offsetDays]) => rule(audience, offsetDays)),
    ...(scoped ? [rule(GROUP_RULE.audience, GROUP_RULE.offsetDays, scoped)] : []),
  ]);
  await planner.materialise(manager, 'PEER_ROUND', upcoming, null, rulesFrom);
  return { groups: GROUPS.length, rounds };
}
