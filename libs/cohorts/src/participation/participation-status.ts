import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a network's participation in a cohort stands: INVITED → ENROLLED → ACTIVE → COMPLETED;
 * WAITLISTED instead of ENROLLED while the cohort is full; WITHDRAWN from any open status.
 */
export enum ParticipationStatus {
  INVITED = 'INVITED',
  WAITLISTED = 'WAITLISTED',
  ENROLLED = 'ENROLLED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description:
    'Status of a participation: INVITED → ENROLLED → ACTIVE → COMPLETED, WAITLISTED while the cohort is full (or others wait before it), or WITHDRAWN.',
  valuesMap: {
    INVITED: { description: 'Eingeladen: invited, not yet enrolled.' },
    WAITLISTED: { description: 'Warteliste: wants to take part, the cohort is full.' },
    ENROLLED: { description: 'Angemeldet: has a place in the cohort.' },
    ACTIVE: { description: 'Aktiv: going through the workshop cycle.' },
    COMPLETED: { description: 'Abgeschlossen: completed the cycle; final.' },
    WITHDRAWN: { description: 'Abgemeldet: left, with reason and date; final.' },
  },
});

/** Statuses that hold one of the cohort's places. */
export const OCCUPYING: readonly ParticipationStatus[] = [
  ParticipationStatus.ENROLLED,
  ParticipationStatus.ACTIVE,
  ParticipationStatus.COMPLETED,
];

/** Statuses of networks that take part (fellow participants see each other in these). */
export const TAKING_PART: readonly ParticipationStatus[] = OCCUPYING;

const TRANSITIONS: Readonly<Record<ParticipationStatus, readonly ParticipationStatus[]>> = {
  INVITED: [
    ParticipationStatus.ENROLLED,
    ParticipationStatus.WAITLISTED,
    ParticipationStatus.WITHDRAWN,
  ],
  WAITLISTED: [ParticipationStatus.ENROLLED, ParticipationStatus.WITHDRAWN],
  ENROLLED: [ParticipationStatus.ACTIVE, ParticipationStatus.WITHDRAWN],
  ACTIVE: [ParticipationStatus.COMPLETED, ParticipationStatus.WITHDRAWN],
  COMPLETED: [],
  WITHDRAWN: [],
};

export function nextParticipationStatuses(
  from: ParticipationStatus,
): readonly ParticipationStatus[] {
  return TRANSITIONS[from];
}

export function canChangeParticipationStatus(
  from: ParticipationStatus,
  to: ParticipationStatus,
): boolean {
  return TRANSITIONS[from].includes(to);
}
