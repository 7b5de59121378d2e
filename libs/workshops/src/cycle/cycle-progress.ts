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
 * A network's attendance at a workshop: its stored row, the same one Workshop.attendance and
 * recordAttendance show; null without one. Rows are REGISTERED when the workshop is published
 * (or the network gets a place later, for what is still ahead) and removed for what follows a
 * withdrawal (AttendanceRegistrations), so nothing is claimed here that is not stored.
 */
export function attendanceAt(
  workshop: WorkshopShape,
  participation: { id: string },
  rows: readonly AttendanceShape[],
): AttendanceStatus | null {
  const row = rows.find(
    (r) => r.workshopId === workshop.id && r.participationId === participation.id,
  );
  return row?.status ?? null;
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
