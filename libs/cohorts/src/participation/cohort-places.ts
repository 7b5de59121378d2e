import { OCCUPYING, ParticipationStatus } from './participation-status';

type Row = { id: string; status: ParticipationStatus; waitlistedAt: Date | null };

/** How many of `participations` are in each status. */
export function countByStatus(participations: readonly Row[]) {
  const count = (status: ParticipationStatus) =>
    participations.filter((p) => p.status === status).length;
  return {
    invited: count(ParticipationStatus.INVITED),
    waitlisted: count(ParticipationStatus.WAITLISTED),
    enrolled: count(ParticipationStatus.ENROLLED),
    active: count(ParticipationStatus.ACTIVE),
    completed: count(ParticipationStatus.COMPLETED),
    withdrawn: count(ParticipationStatus.WITHDRAWN),
    occupying: participations.filter((p) => OCCUPYING.includes(p.status)).length,
    total: participations.length,
  };
}

/** Places still free (never negative, even after the capacity was lowered below the count). */
export function freePlaces(capacity: number, participations: readonly Row[]): number {
  return Math.max(0, capacity - countByStatus(participations).occupying);
}

/** The waiting list in queue order: first come, first moved up. */
export function waitingList<T extends Row>(participations: readonly T[]): T[] {
  return participations
    .filter((p) => p.status === ParticipationStatus.WAITLISTED)
    .sort(
      (a, b) =>
        (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) ||
        a.id.localeCompare(b.id),
    );
}
