import { germanDate, BadUserInputError, ConflictError, NotFoundError } from '@zyklus/common';
import { CohortStatus } from './cohort-status';

/** "Ein geplanter Durchgang …" */
const AS_ADJECTIVE_DE: Record<CohortStatus, string> = {
  PLANNED: 'geplanter',
  RUNNING: 'laufender',
  COMPLETED: 'abgeschlossener',
  CANCELLED: 'abgesagter',
};

/** "… kann nicht gestartet werden." */
const AS_PARTICIPLE_DE: Record<CohortStatus, string> = {
  PLANNED: 'wieder auf geplant gesetzt',
  RUNNING: 'gestartet',
  COMPLETED: 'abgeschlossen',
  CANCELLED: 'abgesagt',
};

export const cohortNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Qualifizierungsdurchgang', en: 'Cohort' }, field);

export const cohortNumberTaken = (number: number) =>
  new ConflictError(
    {
      de: `In diesem Programm gibt es schon einen ${number}. Qualifizierungsdurchgang.`,
      en: `This programme already has a cohort number ${number}.`,
    },
    [
      {
        field: 'number',
        message: { de: 'Diese Nummer ist schon vergeben.', en: 'This number is already taken.' },
      },
    ],
  );

export const cohortEndsBeforeStart = () =>
  BadUserInputError.field('endDate', {
    de: 'Der letzte Tag darf nicht vor dem ersten Tag liegen.',
    en: 'The last day must not be before the first day.',
  });

export const cohortTransitionNotAllowed = (from: CohortStatus, to: CohortStatus) =>
  BadUserInputError.field('status', {
    de: `Ein ${AS_ADJECTIVE_DE[from]} Durchgang kann nicht ${AS_PARTICIPLE_DE[to]} werden.`,
    en: `A ${from.toLowerCase()} cohort cannot become ${to.toLowerCase()}.`,
  });

/** How long before its first day a cohort may be started (set RUNNING) at the earliest. */
export const START_AT_MOST_DAYS_AHEAD = 28;

export const cohortStartTooEarly = (startDate: string, earliest: string) =>
  BadUserInputError.field(
    'status',
    {
      de: `Der Durchgang beginnt am ${germanDate(startDate)}: Starten geht frühestens ab ${germanDate(earliest)} (4 Wochen vorher).`,
      en: `The cohort begins on ${startDate}: it can be started from ${earliest} on (4 weeks before).`,
    },
    'TOO_EARLY',
  );

export const capacityBelowTaken = (taken: number) =>
  BadUserInputError.field(
    'capacity',
    {
      de: `${taken} Plätze sind schon vergeben: Die Kapazität kann nicht darunter sinken.`,
      en: `${taken} places are already taken: the capacity cannot go below that.`,
    },
    'CAPACITY_BELOW_TAKEN',
  );
