import { CohortStatus, NetworkKind, ParticipationStatus, type Bundesland } from '@zyklus/cohorts';
import { addDays, Language } from '@zyklus/common';
import { Role } from '@zyklus/identity';
import { randomUUID } from 'node:crypto';
import { currentCohort } from './demo-current-cohort';
import {
  CycleContext,
  DemoCycleRows,
  DemoTemplateRow,
  noCycleRows,
  planCycle,
  planTemplate,
} from './demo-cycle-plan';
import { DEMO_COHORTS, DEMO_MANAGER, DEMO_PROGRAMME, statusOn } from './demo-data';
import { demoEmail, DemoNetwork, DEMO_NETWORKS } from './demo-networks';
import { DemoReminderRule, planReminderRules } from './demo-reminders';
import { DEMO_FIFTH_COHORT_CYCLE, DEMO_WORKSHOP_COHORT } from './demo-workshops';

/** The demo data as rows, ids made here, ready for one bulk INSERT per table. */
export interface DemoPlan extends DemoCycleRows {
  programme: { id: string; name: string; timeZone: string; defaultLanguage: Language };
  cycleTemplate: DemoTemplateRow[];
  /** The programme's reminder rules (none before the 6th cohort). */
  reminderRules: DemoReminderRule[];
  /** The workshops whose reminders the seeder materialises, and as of when. */
  reminders: { workshopIds: string[]; asOf: Date } | null;
  cohorts: {
    id: string;
    programmeId: string;
    number: number;
    title: string;
    startDate: string;
    endDate: string;
    capacity: number;
    status: CohortStatus;
  }[];
  people: {
    id: string;
    name: string;
    email: string;
    preferredLanguage: Language;
    roles: Role[];
  }[];
  networks: {
    id: string;
    name: string;
    kind: NetworkKind;
    bundesland: Bundesland;
    city: string;
    website: null;
  }[];
  coordinations: {
    id: string;
    networkId: string;
    personId: string;
    startDate: string;
    endDate: string | null;
  }[];
  participations: {
    id: string;
    cohortId: string;
    networkId: string;
    status: ParticipationStatus;
    waitlistedAt: Date | null;
    completedOn: string | null;
    withdrawnOn: string | null;
    withdrawalReason: string | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
  changes: {
    id: string;
    participationId: string;
    fromStatus: ParticipationStatus | null;
    toStatus: ParticipationStatus;
    changedById: string;
    changedAt: Date;
    reason: string | null;
  }[];
}

/** Invitations go out nine weeks before a cohort starts; enrolments follow over two weeks. */
const INVITED_DAYS_BEFORE = 63;
const ENROLLED_DAYS_BEFORE = 42;

interface Step {
  to: ParticipationStatus;
  on: string;
  reason?: string;
}

/**
 * Plans the demo as of `now` (`today` is its date in the programme's time zone). Pure: the same
 * `now` gives the same data, apart from the ids.
 *
 * The demo tells the programme's story up to today, as the program manager would have recorded
 * it: participations follow their cohort's status (PLANNED → ENROLLED, RUNNING → ACTIVE,
 * COMPLETED → COMPLETED on the cohort's last day), and dated events — a coordinator who leaves,
 * a withdrawal, a move up from the waiting list — appear once their day has come. Every status
 * step has its history entry by the demo program manager; none is dated after `now`. The 5th
 * cohort's workshop cycle follows the same rule (`planCycle`): workshops are published, moved and
 * completed, and attendance recorded, only once those days have come. From 2026 on there is also
 * a running 6th cohort dated around today (`currentCohort`), with reminder rules and a deep dive
 * a few days ahead.
 */
export function planDemo(now: Date, today: string): DemoPlan {
  const programme = {
    id: randomUUID(),
    ...DEMO_PROGRAMME,
    defaultLanguage: Language.DE,
  };
  const current = currentCohort(today);
  const cohorts = [...DEMO_COHORTS, ...(current ? [current.cohort] : [])].map((cohort) => ({
    id: randomUUID(),
    programmeId: programme.id,
    ...cohort,
    status: statusOn(today, cohort),
  }));
  const manager = {
    id: randomUUID(),
    ...DEMO_MANAGER,
    preferredLanguage: Language.DE,
    roles: [Role.PROGRAM_MANAGER],
  };
  const plan: DemoPlan = {
    programme,
    cohorts,
    people: [manager],
    networks: [],
    coordinations: [],
    participations: [],
    changes: [],
    cycleTemplate: planTemplate(programme.id),
    reminderRules: [],
    reminders: null,
    ...noCycleRows(),
  };
  const participants = new Map<number, { spec: DemoNetwork; participationId: string }[]>();
  const people = new Map<string, DemoPlan['people'][number]>();
  // Nine in the morning in winter, ten in summer (Europe/Berlin): the same calendar day there.
  const at = (date: string, minute: number) =>
    new Date(Math.min(Date.parse(`${date}T08:00:00Z`) + minute * 60_000, now.getTime()));

  [...DEMO_NETWORKS, ...(current?.networks ?? [])].forEach((spec, index) => {
    const network = {
      id: randomUUID(),
      name: spec.name,
      kind: spec.kind,
      bundesland: spec.bundesland,
      city: spec.city,
      website: null,
    };
    plan.networks.push(network);

    for (const coordinator of spec.coordinators) {
      // A period that starts after today has not begun; one that ends today or later is open.
      if (coordinator.from > today) continue;
      const email = demoEmail(coordinator.name);
      let person = people.get(email);
      if (!person) {
        person = {
          id: randomUUID(),
          name: coordinator.name,
          email,
          preferredLanguage: coordinator.language ?? Language.DE,
          roles: [],
        };
        people.set(email, person);
        plan.people.push(person);
      }
      plan.coordinations.push({
        id: randomUUID(),
        networkId: network.id,
        personId: person.id,
        startDate: coordinator.from,
        endDate:
          coordinator.until !== undefined && coordinator.until < today ? coordinator.until : null,
      });
    }

    const cohort = cohorts[spec.cohort - 1];
    if (!cohort) throw new Error(`${spec.name}: there is no cohort ${spec.cohort}`);
    const steps = course(spec, cohort, today, index);
    const participationId = randomUUID();
    participants.set(spec.cohort, [
      ...(participants.get(spec.cohort) ?? []),
      { spec, participationId },
    ]);
    const last = steps[steps.length - 1]!;
    const instants = steps.map((step) => at(step.on, index));
    plan.participations.push({
      id: participationId,
      cohortId: cohort.id,
      networkId: network.id,
      status: last.to,
      waitlistedAt:
        last.to === ParticipationStatus.WAITLISTED ? instants[instants.length - 1]! : null,
      completedOn: last.to === ParticipationStatus.COMPLETED ? cohort.endDate : null,
      withdrawnOn: last.to === ParticipationStatus.WITHDRAWN ? last.on : null,
      withdrawalReason: last.to === ParticipationStatus.WITHDRAWN ? last.reason! : null,
      createdAt: instants[0]!,
      updatedAt: instants[instants.length - 1]!,
    });
    steps.forEach((step, i) =>
      plan.changes.push({
        id: randomUUID(),
        participationId,
        fromStatus: steps[i - 1]?.to ?? null,
        toStatus: step.to,
        changedById: manager.id,
        changedAt: instants[i]!,
        reason: step.reason ?? null,
      }),
    );
  });

  const context: Omit<CycleContext, 'cohort' | 'participants'> = {
    today,
    timeZone: programme.timeZone,
    managerId: manager.id,
    template: plan.cycleTemplate,
    at,
  };
  const cycles = [
    { number: DEMO_WORKSHOP_COHORT, cycle: DEMO_FIFTH_COHORT_CYCLE },
    ...(current ? [{ number: current.cohort.number, cycle: current.cycle }] : []),
  ];
  for (const { number, cycle } of cycles) {
    const cohort = cohorts[number - 1]!;
    planCycle({ ...context, cohort, participants: participants.get(number) ?? [] }, cycle, plan);
  }

  if (current) {
    const asOf = at(current.remindersFrom, 0);
    plan.reminderRules = planReminderRules(programme.id, asOf);
    const cohortId = cohorts[current.cohort.number - 1]!.id;
    plan.reminders = {
      workshopIds: plan.workshops.filter((w) => w.cohortId === cohortId).map((w) => w.id),
      asOf,
    };
  }
  return plan;
}

/** The status steps of a network's participation in its cohort, as far as `today` reaches. */
function course(
  spec: DemoNetwork,
  cohort: { startDate: string; endDate: string; status: CohortStatus },
  today: string,
  index: number,
): Step[] {
  const { INVITED, WAITLISTED, ENROLLED, ACTIVE, COMPLETED, WITHDRAWN } = ParticipationStatus;
  const started = cohort.status !== CohortStatus.PLANNED;
  const completed = cohort.status === CohortStatus.COMPLETED;
  const steps: Step[] = [{ to: INVITED, on: addDays(cohort.startDate, -INVITED_DAYS_BEFORE) }];
  const enrolledOn = addDays(cohort.startDate, -ENROLLED_DAYS_BEFORE + ((index * 5) % 15));

  if (spec.lateEntry) {
    // Enrolled last, when every place was taken.
    steps.push({ to: WAITLISTED, on: addDays(cohort.startDate, -ENROLLED_DAYS_BEFORE + 16) });
    const { movedUpOn, activeFrom } = spec.lateEntry;
    if (!started || movedUpOn > today) return steps;
    steps.push({ to: ENROLLED, on: movedUpOn });
    if (activeFrom > today) return steps;
    steps.push({ to: ACTIVE, on: activeFrom });
  } else {
    steps.push({ to: ENROLLED, on: enrolledOn });
    if (!started) return steps;
    steps.push({ to: ACTIVE, on: cohort.startDate });
    if (spec.withdrawal && spec.withdrawal.on <= today) {
      steps.push({ to: WITHDRAWN, on: spec.withdrawal.on, reason: spec.withdrawal.reason });
      return steps;
    }
  }
  if (completed) steps.push({ to: COMPLETED, on: cohort.endDate });
  return steps;
}
