import { zonedInstant } from '@zyklus/common';
import {
  AttendanceStatus,
  WorkshopChangeKind,
  WorkshopFormat,
  WorkshopKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { randomUUID } from 'node:crypto';
import { DemoNetwork } from './demo-networks';
import { DEMO_CYCLE_TEMPLATE, DemoCycle, DemoDay, DemoTemplateStep } from './demo-workshops';

/** A step of the programme's cycle template as a row. */
export interface DemoTemplateRow extends DemoTemplateStep {
  id: string;
  programmeId: string;
  position: number;
}

/** Workshop cycles as rows, ids made here, ready for one bulk INSERT per table. */
export interface DemoCycleRows {
  workshops: {
    id: string;
    cohortId: string;
    templateStepId: string;
    kind: WorkshopKind;
    title: string;
    description: string;
    format: WorkshopFormat;
    placeName: string | null;
    placeAddress: string | null;
    onlineUrl: string | null;
    capacity: null;
    attendanceRequired: boolean;
    status: WorkshopStatus;
    cancellationReason: null;
    sequence: number;
    createdAt: Date;
    updatedAt: Date;
  }[];
  workshopDays: (DemoDay & { id: string; workshopId: string })[];
  facilitators: {
    id: string;
    workshopId: string;
    position: number;
    personId: string | null;
    name: string | null;
    organisation: string | null;
    contribution: string | null;
  }[];
  /** Oldest first, so their serial numbers follow the order they happened in. */
  workshopChanges: {
    id: string;
    workshopId: string;
    kind: WorkshopChangeKind;
    changedAt: Date;
    changedById: string;
    sequence: number;
    previousDays: DemoDay[] | null;
    days: DemoDay[];
    reason: string | null;
  }[];
  attendance: {
    id: string;
    workshopId: string;
    participationId: string;
    status: AttendanceStatus;
    /** Null while only registered. */
    recordedAt: Date | null;
    recordedById: string | null;
  }[];
}

/** What the cycle's plan needs from the rest of the demo. */
export interface CycleContext {
  today: string;
  timeZone: string;
  managerId: string;
  template: readonly DemoTemplateRow[];
  cohort: { id: string; startDate: string };
  /** The cohort's networks and their participations. */
  participants: readonly { spec: DemoNetwork; participationId: string }[];
  /** An instant on `date` (morning, `minute` minutes in), never after now. */
  at: (date: string, minute: number) => Date;
}

/** Half an hour after the workshop's last day ends: when it was completed and attendance recorded. */
const RECORDED_AFTER_MINUTES = 30;

/** The programme's workshop-cycle template as rows. */
export function planTemplate(programmeId: string): DemoTemplateRow[] {
  return DEMO_CYCLE_TEMPLATE.map((step, index) => ({
    id: randomUUID(),
    programmeId,
    position: index + 1,
    ...step,
  }));
}

/** No rows yet: what `planCycle` adds to. */
export function noCycleRows(): DemoCycleRows {
  return { workshops: [], workshopDays: [], facilitators: [], workshopChanges: [], attendance: [] };
}

/**
 * Plans a cohort's workshops as of `today` into `rows`, as the program manager would have
 * recorded them: planned from the template, published (all but the drafts) on the cycle's
 * publication day, moved once a reschedule's day has come, and each workshop completed with its
 * attendance right after its last day.
 *
 * A network's coordinator attended the workshops it held a place for — from the day it became
 * active until the day it withdrew — apart from the cycle's absences.
 */
export function planCycle(context: CycleContext, cycle: DemoCycle, rows: DemoCycleRows): void {
  const { today, managerId } = context;
  if (today < cycle.plannedOn) return;

  cycle.workshops.forEach((spec, index) => {
    const step = context.template[index];
    if (step?.kind !== spec.kind) {
      throw new Error(`${spec.kind}: not the template's step ${index + 1}`);
    }
    const published = !spec.draft && cycle.publishedOn <= today;
    const moved = spec.reschedule && spec.reschedule.on <= today ? spec.reschedule : null;
    const days = [...(moved?.days ?? spec.days)];
    const first = days[0]!;
    const last = days[days.length - 1]!;
    const completed = published && last.date < today;
    const sequence = moved ? 1 : 0;
    const workshopId = randomUUID();

    const change = (
      kind: WorkshopChangeKind,
      changedAt: Date,
      details: Partial<DemoCycleRows['workshopChanges'][number]> = {},
    ) =>
      rows.workshopChanges.push({
        id: randomUUID(),
        workshopId,
        kind,
        changedAt,
        changedById: managerId,
        sequence,
        previousDays: null,
        days,
        reason: null,
        ...details,
      });
    if (published) {
      change(WorkshopChangeKind.PUBLISHED, context.at(cycle.publishedOn, index), {
        sequence: 0,
        days: [...spec.days],
      });
    }
    if (moved) {
      change(WorkshopChangeKind.RESCHEDULED, context.at(moved.on, index), {
        previousDays: [...spec.days],
        reason: moved.reason,
      });
    }
    const completedAt = new Date(
      zonedInstant(last.date, last.endTime, context.timeZone).getTime() +
        RECORDED_AFTER_MINUTES * 60_000,
    );
    if (completed) change(WorkshopChangeKind.COMPLETED, completedAt);

    const createdAt = context.at(cycle.plannedOn, index);
    const changedAt = rows.workshopChanges
      .filter((c) => c.workshopId === workshopId)
      .map((c) => c.changedAt);
    rows.workshops.push({
      id: workshopId,
      cohortId: context.cohort.id,
      templateStepId: step.id,
      kind: step.kind,
      title: step.title,
      description: spec.description,
      format: step.defaultFormat,
      placeName: spec.place?.name ?? null,
      placeAddress: spec.place?.address ?? null,
      onlineUrl: spec.onlineUrl ?? null,
      capacity: null,
      attendanceRequired: step.attendanceRequired,
      status: completed
        ? WorkshopStatus.COMPLETED
        : published
          ? WorkshopStatus.PUBLISHED
          : WorkshopStatus.DRAFT,
      cancellationReason: null,
      sequence,
      createdAt,
      updatedAt: changedAt[changedAt.length - 1] ?? createdAt,
    });
    rows.workshopDays.push(...days.map((d) => ({ id: randomUUID(), workshopId, ...d })));
    rows.facilitators.push(
      {
        id: randomUUID(),
        workshopId,
        position: 1,
        personId: managerId,
        name: null,
        organisation: null,
        contribution: 'Moderation',
      },
      ...(spec.guests ?? []).map((guest, i) => ({
        id: randomUUID(),
        workshopId,
        position: i + 2,
        personId: null,
        ...guest,
      })),
    );

    if (!completed) {
      if (published) registerForUpcoming(rows, context, workshopId, first.date);
      return;
    }
    for (const { spec: network, participationId } of context.participants) {
      const activeFrom = network.lateEntry?.activeFrom ?? context.cohort.startDate;
      const left = network.withdrawal?.on;
      if (activeFrom > first.date || (left !== undefined && left <= last.date)) continue;
      const absence = cycle.absences.find(
        (a) => a.network === network.name && a.kind === spec.kind,
      );
      rows.attendance.push({
        id: randomUUID(),
        workshopId,
        participationId,
        status: absence?.status ?? AttendanceStatus.ATTENDED,
        recordedAt: completedAt,
        recordedById: managerId,
      });
    }
  });
  rows.workshopChanges.sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
}

/**
 * The REGISTERED rows of a published workshop still ahead, as Zyklus writes them: for the
 * networks with a place today (the late one once it moved up), not for one that withdrew on or
 * before the workshop's first day.
 */
function registerForUpcoming(
  rows: DemoCycleRows,
  context: CycleContext,
  workshopId: string,
  firstDate: string,
): void {
  for (const { spec: network, participationId } of context.participants) {
    const placed = !network.lateEntry || network.lateEntry.movedUpOn <= context.today;
    const left = network.withdrawal?.on;
    const withdrawn = left !== undefined && left <= context.today && left <= firstDate;
    if (!placed || withdrawn) continue;
    rows.attendance.push({
      id: randomUUID(),
      workshopId,
      participationId,
      status: AttendanceStatus.REGISTERED,
      recordedAt: null,
      recordedById: null,
    });
  }
}
