import { addDays, localDateOf } from '@zyklus/common';
import { AttendanceStatus, WorkshopFormat, WorkshopKind, WorkshopStatus } from '@zyklus/workshops';
import { DemoPlan, planDemo } from './demo-plan';
import { DEMO_LATE_NETWORK, DEMO_WITHDRAWN_NETWORK } from './demo-networks';
import { DEMO_CYCLE_TEMPLATE, DEMO_FIFTH_COHORT_WORKSHOPS } from './demo-workshops';

const planAsOf = (instant: string) => {
  const now = new Date(instant);
  return { now, plan: planDemo(now, localDateOf(now, 'Europe/Berlin')) };
};

const daysOf = (plan: DemoPlan, workshopId: string) =>
  plan.workshopDays.filter((d) => d.workshopId === workshopId);

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('the demo workshop cycle', () => {
  it('plans each workshop as its template step says: length, times, format, no weekends, the gaps', () => {
    let previousFirst: string | null = null;
    DEMO_FIFTH_COHORT_WORKSHOPS.forEach((workshop, index) => {
      const step = DEMO_CYCLE_TEMPLATE[index]!;
      expect(workshop.kind).toBe(step.kind);
      expect(workshop.days).toHaveLength(Math.ceil(step.durationDays));
      workshop.days.forEach((day, i) => {
        expect(day.date).toBe(addDays(workshop.days[0]!.date, i));
        expect(day.startTime).toBe(step.dayStart);
        const half = step.durationDays % 1 !== 0 && i === workshop.days.length - 1;
        if (!half) expect(day.endTime).toBe(step.dayEnd);
        expect([0, 6]).not.toContain(weekday(day.date));
      });
      for (const day of workshop.reschedule?.days ?? []) {
        expect([0, 6]).not.toContain(weekday(day.date));
      }
      const first = workshop.days[0]!.date;
      if (previousFirst) expect(first).toBe(addDays(previousFirst, step.gapDays));
      previousFirst = first;
      // In person needs a place, online a link (what publishing checks).
      expect(Boolean(workshop.place)).toBe(step.defaultFormat !== WorkshopFormat.ONLINE);
      expect(Boolean(workshop.onlineUrl)).toBe(step.defaultFormat !== WorkshopFormat.IN_PERSON);
    });
  });

  it('has no workshops before the cycle was planned, and drafts until it was published', () => {
    const early = planAsOf('2024-09-30T10:00:00Z').plan;
    expect(early.cycleTemplate).toHaveLength(5);
    expect(early.workshops).toEqual([]);

    const planned = planAsOf('2024-10-08T10:00:00Z').plan;
    expect(planned.workshops.map((w) => w.status)).toEqual(Array(5).fill('DRAFT'));
    expect(planned.workshopChanges).toEqual([]);
  });

  it('as of 2025-01-10: the kick-off completed with attendance, the rest published, nothing moved yet', () => {
    const { now, plan } = planAsOf('2025-01-10T10:00:00Z');

    expect(plan.workshops.map((w) => [w.kind, w.status, w.sequence])).toEqual([
      ['KICK_OFF', 'COMPLETED', 0],
      ['WIRKUNGSLOGIK', 'PUBLISHED', 0],
      ['WIRKUNGSMESSUNG', 'PUBLISHED', 0],
      ['STORYTELLING', 'PUBLISHED', 0],
      ['TRANSFERWERKSTATT', 'PUBLISHED', 0],
    ]);
    const storytelling = plan.workshops[3]!;
    expect(daysOf(plan, storytelling.id).map((d) => d.date)).toEqual(['2025-04-09']);
    expect(plan.workshopChanges.map((c) => c.kind)).toEqual([
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
      'COMPLETED',
    ]);
    // The 20 networks that started the cohort; the one on the waiting list has no place yet.
    // Recorded at the kick-off, registered for the four published workshops ahead.
    const recorded = plan.attendance.filter((a) => a.recordedAt !== null);
    expect(recorded).toHaveLength(20);
    expect(new Set(recorded.map((a) => a.workshopId))).toEqual(new Set([plan.workshops[0]!.id]));
    const registered = plan.attendance.filter((a) => a.status === AttendanceStatus.REGISTERED);
    expect(registered).toHaveLength(4 * 20);
    expect(registered.every((a) => a.recordedAt === null && a.recordedById === null)).toBe(true);
    expect(new Set(registered.map((a) => a.participationId))).toEqual(
      new Set(recorded.map((a) => a.participationId)),
    );
    for (const instant of [
      ...plan.workshopChanges.map((c) => c.changedAt),
      ...recorded.map((a) => a.recordedAt!),
      ...plan.workshops.map((w) => w.updatedAt),
    ]) {
      expect(instant.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('as of 2025-12-15: everything completed, Storytelling moved by a week, attendance only while holding a place', () => {
    const { now, plan } = planAsOf('2025-12-15T10:00:00Z');

    expect(plan.workshops.every((w) => w.status === WorkshopStatus.COMPLETED)).toBe(true);
    const storytelling = plan.workshops.find((w) => w.kind === WorkshopKind.STORYTELLING)!;
    expect(storytelling.sequence).toBe(1);
    expect(daysOf(plan, storytelling.id).map((d) => d.date)).toEqual(['2025-04-16']);
    const changes = (workshopId: string) =>
      plan.workshopChanges
        .filter((c) => c.workshopId === workshopId)
        .map((c) => [c.kind, c.sequence, c.previousDays?.[0]?.date ?? null, c.days[0]?.date]);
    expect(changes(storytelling.id)).toEqual([
      ['PUBLISHED', 0, null, '2025-04-09'],
      ['RESCHEDULED', 1, '2025-04-09', '2025-04-16'],
      ['COMPLETED', 1, null, '2025-04-16'],
    ]);
    const times = plan.workshopChanges.map((c) => c.changedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());

    // Recorded right after each workshop's last day, by the demo manager.
    const manager = plan.people.find((p) => p.email === 'programm@example.org')!;
    for (const row of plan.attendance) {
      const last = daysOf(plan, row.workshopId).at(-1)!.date;
      expect(localDateOf(row.recordedAt!, 'Europe/Berlin')).toBe(last);
      expect(row.recordedById).toBe(manager.id);
    }

    const network = (name: string) => plan.networks.find((n) => n.name === name)!.id;
    const participation = (name: string) =>
      plan.participations.find((p) => p.networkId === network(name))!.id;
    const kindsAttended = (name: string) =>
      plan.attendance
        .filter((a) => a.participationId === participation(name))
        .map((a) => [plan.workshops.find((w) => w.id === a.workshopId)!.kind, a.status]);
    expect(kindsAttended(DEMO_WITHDRAWN_NETWORK)).toEqual([
      ['KICK_OFF', 'ATTENDED'],
      ['WIRKUNGSLOGIK', 'EXCUSED'],
    ]);
    expect(kindsAttended(DEMO_LATE_NETWORK)).toEqual([
      ['WIRKUNGSMESSUNG', 'ATTENDED'],
      ['STORYTELLING', 'ATTENDED'],
      ['TRANSFERWERKSTATT', 'ATTENDED'],
    ]);
    expect(
      kindsAttended('Sensor Space').every(([, status]) => status === AttendanceStatus.ATTENDED),
    ).toBe(true);
    expect(plan.attendance).toHaveLength(100);
    expect(plan.attendance.filter((a) => a.status === AttendanceStatus.NO_SHOW)).toHaveLength(1);
    expect(plan.attendance.filter((a) => a.status === AttendanceStatus.EXCUSED)).toHaveLength(3);
  });
});
