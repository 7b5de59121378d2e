import { OCCUPYING, ParticipationStatus } from '@zyklus/cohorts';
import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopStatus } from '../workshop/workshop-enums';

export interface WorkshopShape {
  id: string;
  status: WorkshopStatus;
  attendanceRequired: boolean;
}

interface AttendanceShape {
  workshopId: string;
  participationId: string;
  status: AttendanceStatus;
}

/**
 * A network's attendance at a workshop: as recorded, else REGISTERED while the workshop is
 * published and the network holds a place (also networks that joined after publication);
 * nothing for drafts, cancelled workshops, networks without a place, and completed workshops
 * without a record (e.g. held before the network joined).
 */
export function attendanceAt(
  workshop: WorkshopShape,
  participation: { id: string; status: ParticipationStatus },
  rows: readonly AttendanceShape[],
): AttendanceStatus | null {
  const row = rows.find(
    (r) => r.workshopId === workshop.id && r.participationId === participation.id,
  );
  if (row) return row.status;
  const open = workshop.status === WorkshopStatus.PUBLISHED;
  return open && OCCUPYING.includes(participation.status) ? AttendanceStatus.REGISTERED : null;
}

/**
 * Whether a workshop counts towards completing the cycle: required, and published or held.
 * Drafts are not part of anyone's cycle yet (coordinators do not see them), and cancelled
 * workshops are called off.
 */
export function countsTowardsCycle(workshop: WorkshopShape): boolean {
  return (
    workshop.attendanceRequired &&
    (workshop.status === WorkshopStatus.PUBLISHED || workshop.status === WorkshopStatus.COMPLETED)
  );
}

/**
 * Progress through the cycle: required workshops attended out of the required ones published
 * or held so far (drafts and cancelled workshops not counted).
 */
export function cycleProgress(
  workshops: readonly WorkshopShape[],
  statusAt: (workshop: WorkshopShape) => AttendanceStatus | null,
) {
  const required = workshops.filter(countsTowardsCycle);
  const attendedRequired = required.filter((w) => statusAt(w) === AttendanceStatus.ATTENDED).length;
  return {
    attendedRequired,
    required: required.length,
    percent: required.length ? Math.round((attendedRequired / required.length) * 100) : 0,
    complete: required.length > 0 && attendedRequired === required.length,
  };
}
