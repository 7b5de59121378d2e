import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopStatus } from '../workshop/workshop-enums';

export interface WorkshopShape {
  id: string;
  status: WorkshopStatus;
  attendanceRequired: boolean;
}

/**
 * Whether a workshop is a required step of the cycle: attendance required and not called off.
 * Drafts count: they are steps of the cycle not yet scheduled, so a cycle of five required
 * steps of which two are published reads "1 of 5" once one was attended, not "1 of 2".
 */
export function countsTowardsCycle(workshop: WorkshopShape): boolean {
  return workshop.attendanceRequired && workshop.status !== WorkshopStatus.CANCELLED;
}

/** Whether a step has days people were told about: published or held (not a draft). */
export function isScheduled(workshop: WorkshopShape): boolean {
  return workshop.status !== WorkshopStatus.DRAFT;
}

/**
 * Progress through the cycle: required steps attended out of all required steps, those not yet
 * scheduled included (and counted apart); cancelled workshops are not steps.
 */
export function cycleProgress(
  workshops: readonly WorkshopShape[],
  statusAt: (workshop: WorkshopShape) => AttendanceStatus | null | undefined,
) {
  let required = 0;
  let unscheduled = 0;
  let attendedRequired = 0;
  for (const workshop of workshops) {
    if (!countsTowardsCycle(workshop)) continue;
    required += 1;
    if (!isScheduled(workshop)) unscheduled += 1;
    else if (statusAt(workshop) === AttendanceStatus.ATTENDED) attendedRequired += 1;
  }
  return {
    attendedRequired,
    required,
    unscheduled,
    percent: required ? Math.round((attendedRequired / required) * 100) : 0,
    complete: required > 0 && attendedRequired === required,
  };
}
