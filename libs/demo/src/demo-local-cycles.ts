import { ParticipationStatus } from '@zyklus/cohorts';
import { addDays, Language } from '@zyklus/common';
import {
  EnrolmentStatus,
  InitiativeKind,
  LocalAttendanceStatus,
  LocalCycleStatus,
  LocalWorkshopStatus,
  PHASE_ORDER,
} from '@zyklus/local-cycles';
import { ReminderAnchor, ReminderTemplate } from '@zyklus/reminders';
import { firstWeekdayStart, proposeCycle, WorkshopFormat } from '@zyklus/workshops';
import { createHash, randomUUID } from 'node:crypto';
import type { DemoPlan } from './demo-plan';
import type { DemoReminderRule } from './demo-reminders';

/** The programme's local template (DESIGN §9). */
export const DEMO_LOCAL_TEMPLATE = [
  { title: 'Infoveranstaltung', durationDays: 0.5, format: WorkshopFormat.ONLINE, gapDays: 0 },
  {
    title: 'Einführung in die Selbstanalyse',
    durationDays: 0.5,
    format: WorkshopFormat.IN_PERSON,
    gapDays: 21,
  },
  { title: 'Reflexionsworkshop', durationDays: 1, format: WorkshopFormat.IN_PERSON, gapDays: 42 },
  { title: 'Beratungsgespräche', durationDays: 1, format: WorkshopFormat.HYBRID, gapDays: 35 },
];

/** Invented initiatives (marked as demo): name pattern, kind. The network's city is added. */
const INITIATIVES: [string, InitiativeKind][] = [
  ['Schülerlabor', InitiativeKind.SCHUELERLABOR],
  ['Robotik-AG am Gymnasium', InitiativeKind.SCHUL_AG],
  ['Förderverein Sternwarte', InitiativeKind.VEREIN],
  ['Mitmach-Museum', InitiativeKind.MUSEUM],
  ['Makerspace der Hochschule', InitiativeKind.HOCHSCHULE],
  ['Ausbildungswerkstatt', InitiativeKind.UNTERNEHMEN],
];

/** Cycle states of cohort 5's networks, in turn: most have one, some none yet. */
const STATES: (LocalCycleStatus | null)[] = [
  LocalCycleStatus.COMPLETED,
  LocalCycleStatus.RUNNING,
  LocalCycleStatus.RUNNING,
  LocalCycleStatus.PLANNED,
  LocalCycleStatus.COMPLETED,
  null,
  LocalCycleStatus.RUNNING,
  LocalCycleStatus.CANCELLED,
];

interface DemoStep {
  id: string;
  programmeId: string;
  position: number;
  title: string;
  durationDays: number;
  dayStart: string;
  dayEnd: string;
  gapDays: number;
  defaultFormat: WorkshopFormat;
}

export interface DemoLocalCycles {
  template: DemoStep[];
  initiatives: Record<string, unknown>[];
  cycles: Record<string, unknown>[];
  workshops: Record<string, unknown>[];
  days: Record<string, unknown>[];
  enrolments: Record<string, unknown>[];
  phaseChanges: Record<string, unknown>[];
  attendance: Record<string, unknown>[];
  rule: DemoReminderRule;
  /** The rule reminding initiatives' consenting contact persons, 7 days before too. */
  contactRule: DemoReminderRule;
  /** The published local workshop ahead, whose reminders are due now. */
  upcomingWorkshopId: string | null;
}

const token = (seed: string) => createHash('sha256').update(seed).digest('base64url').slice(0, 32);

/**
 * Local cycles for the networks of the 5th cohort: invented initiatives per network (demo),
 * cycles in different states planned from the local template with the cohort planner (no
 * weekends, no holidays of the network's Bundesland), enrolments with phases and their history,
 * attendance of the workshops held, and one upcoming local workshop whose reminders (7 days
 * before) to the coordinator and to the consenting contact person of an enrolled initiative are
 * due at once.
 */
export function planLocalCycles(plan: DemoPlan, today: string, now: Date): DemoLocalCycles {
  const programmeId = plan.programme.id;
  const template: DemoStep[] = DEMO_LOCAL_TEMPLATE.map((step, index) => ({
    id: randomUUID(),
    programmeId,
    position: index + 1,
    title: step.title,
    durationDays: step.durationDays,
    dayStart: '14:00',
    dayEnd: '18:00',
    gapDays: step.gapDays,
    defaultFormat: step.format,
  }));
  const rule: DemoReminderRule = {
    id: randomUUID(),
    programmeId,
    cohortId: null,
    replacesRuleId: null,
    scopeId: null,
    nudge: null,
    eventKind: 'LOCAL_WORKSHOP',
    audience: 'COORDINATOR',
    anchor: ReminderAnchor.START,
    offsetDays: -7,
    offsetMinutes: 0,
    template: ReminderTemplate.REMINDER,
    enabled: true,
    effectiveFrom: new Date(now.getTime() - 14 * 86_400_000),
    createdAt: new Date(now.getTime() - 14 * 86_400_000),
    updatedAt: new Date(now.getTime() - 14 * 86_400_000),
  };
  const out: DemoLocalCycles = {
    template,
    initiatives: [],
    cycles: [],
    workshops: [],
    days: [],
    enrolments: [],
    phaseChanges: [],
    attendance: [],
    rule,
    contactRule: { ...rule, id: randomUUID(), audience: 'INITIATIVE_CONTACTS' },
    upcomingWorkshopId: null,
  };
  const cohort = plan.cohorts.find((c) => c.number === 5);
  if (!cohort) return out;
  const taking = plan.participations.filter(
    (p) => p.cohortId === cohort.id && p.status !== ParticipationStatus.WITHDRAWN,
  );
  taking.forEach((participation, index) => {
    const network = plan.networks.find((n) => n.id === participation.networkId)!;
    const coordinator = plan.coordinations.find(
      (k) => k.networkId === network.id && k.endDate === null,
    );
    const initiatives = INITIATIVES.slice(0, 3 + (index % 4)).map(([name, kind], i) => {
      const withContact = i % 2 === 0;
      const row = {
        id: randomUUID(),
        networkId: network.id,
        name: `${name} ${network.city}`,
        kind,
        city: network.city,
        website: null,
        contactName: withContact ? `Demo-Kontakt ${i + 1} (${network.city})` : null,
        contactEmail: withContact
          ? `kontakt${i + 1}.${network.id.slice(0, 8)}@demo.example.org`
          : null,
        contactLanguage: Language.DE,
        contactConsentOn: withContact && i === 0 ? cohort.startDate : null,
        unsubscribeToken: token(`${network.id}/${i}`),
        demo: true,
      };
      out.initiatives.push(row);
      return row;
    });
    const status = STATES[index % STATES.length];
    if (!status) return;
    const cycleId = randomUUID();
    const closed = status === LocalCycleStatus.COMPLETED || status === LocalCycleStatus.CANCELLED;
    out.cycles.push({
      id: cycleId,
      participationId: participation.id,
      status,
      closedAt: closed ? new Date(`${cohort.endDate}T12:00:00Z`) : null,
      reopenReason: null,
      lastActivityAt: new Date(now.getTime() - (index + 1) * 3 * 86_400_000),
    });
    const start = addDays(cohort.startDate, 56 + index * 3);
    const planned = proposeCycle<DemoStep>(template, start, new Map(), network.bundesland);
    const held =
      status === LocalCycleStatus.COMPLETED ? 4 : status === LocalCycleStatus.RUNNING ? 2 : 0;
    const workshopIds: string[] = [];
    planned.forEach(({ step, days }, i) => {
      const id = randomUUID();
      workshopIds.push(id);
      const wStatus =
        i < held
          ? LocalWorkshopStatus.HELD
          : status === LocalCycleStatus.CANCELLED
            ? LocalWorkshopStatus.CANCELLED
            : status === LocalCycleStatus.RUNNING
              ? LocalWorkshopStatus.PUBLISHED
              : LocalWorkshopStatus.DRAFT;
      out.workshops.push({
        id,
        localCycleId: cycleId,
        templateStepId: step.id,
        title: step.title,
        format: step.defaultFormat,
        placeName: step.defaultFormat === WorkshopFormat.ONLINE ? null : `Rathaus ${network.city}`,
        placeAddress: null,
        onlineUrl:
          step.defaultFormat === WorkshopFormat.IN_PERSON
            ? null
            : `https://meet.example.org/demo-${network.id.slice(0, 8)}-${i + 1}`,
        bundesland: null,
        status: wStatus,
        cancellationReason:
          wStatus === LocalWorkshopStatus.CANCELLED ? 'Netzwerk hat den Zyklus verschoben' : null,
        sequence: 0,
      });
      for (const day of days ?? [])
        out.days.push({ id: randomUUID(), localWorkshopId: id, ...day });
    });
    if (status === LocalCycleStatus.CANCELLED) return;
    // Phases: completed cycles far on, running ones in between, planned ones not started.
    initiatives.forEach((initiative, i) => {
      const reached =
        status === LocalCycleStatus.COMPLETED
          ? 4 + (i % 2)
          : status === LocalCycleStatus.RUNNING
            ? (i + index) % 4
            : 0;
      const enrolmentId = randomUUID();
      const phaseSince = new Date(now.getTime() - (10 + i * 17) * 86_400_000);
      out.enrolments.push({
        id: enrolmentId,
        localCycleId: cycleId,
        initiativeId: initiative.id,
        status:
          status === LocalCycleStatus.COMPLETED
            ? EnrolmentStatus.COMPLETED
            : i === initiatives.length - 1 && status === LocalCycleStatus.PLANNED
              ? EnrolmentStatus.INVITED
              : EnrolmentStatus.ENROLLED,
        phase: PHASE_ORDER[reached],
        phaseSince,
      });
      for (let p = 1; p <= reached; p++) {
        out.phaseChanges.push({
          id: randomUUID(),
          enrolmentId,
          fromPhase: PHASE_ORDER[p - 1],
          toPhase: PHASE_ORDER[p],
          changedAt: new Date(phaseSince.getTime() - (reached - p) * 14 * 86_400_000),
          changedById: coordinator?.personId ?? null,
          reason: null,
        });
      }
      workshopIds.slice(0, held).forEach((localWorkshopId, w) => {
        out.attendance.push({
          localWorkshopId,
          enrolmentId,
          status:
            (i + w) % 5 === 4 ? LocalAttendanceStatus.EXCUSED : LocalAttendanceStatus.ATTENDED,
          headCount: (i + w) % 5 === 4 ? null : 2 + ((i + w) % 3),
          recordedAt: new Date(now.getTime() - 20 * 86_400_000),
        });
      });
    });
    // The first running cycle has a local workshop a few days ahead: its reminder is due now.
    if (status === LocalCycleStatus.RUNNING && !out.upcomingWorkshopId) {
      const id = randomUUID();
      out.upcomingWorkshopId = id;
      const date = firstWeekdayStart(addDays(today, 3), 1, network.bundesland);
      out.workshops.push({
        id,
        localCycleId: cycleId,
        templateStepId: null,
        title: 'Beratungsgespräch vor Ort',
        format: WorkshopFormat.IN_PERSON,
        placeName: `MINT-Büro ${network.city}`,
        placeAddress: null,
        onlineUrl: null,
        bundesland: null,
        status: LocalWorkshopStatus.PUBLISHED,
        cancellationReason: null,
        sequence: 0,
      });
      out.days.push({
        id: randomUUID(),
        localWorkshopId: id,
        date,
        startTime: '15:00',
        endTime: '17:00',
      });
    }
  });
  return out;
}
