import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  germanDate,
  LocalizedText,
  NotFoundError,
} from '@zyklus/common';
import { CohortStatus } from '../cohort/cohort-status';
import { ParticipationStatus } from './participation-status';

const STATUS_DE: Record<ParticipationStatus, string> = {
  INVITED: 'eingeladen',
  WAITLISTED: 'auf der Warteliste',
  ENROLLED: 'angemeldet',
  ACTIVE: 'aktiv',
  COMPLETED: 'abgeschlossen',
  WITHDRAWN: 'abgemeldet',
};

const STATUS_EN: Record<ParticipationStatus, string> = {
  INVITED: 'invited',
  WAITLISTED: 'on the waiting list',
  ENROLLED: 'enrolled',
  ACTIVE: 'active',
  COMPLETED: 'completed',
  WITHDRAWN: 'withdrawn',
};

/** "Abgemeldet", "Warteliste" … as a German word for exports and messages. */
export function participationStatusText(status: ParticipationStatus): LocalizedText {
  return { de: STATUS_DE[status], en: STATUS_EN[status] };
}

export const participationNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Teilnahme', en: 'Participation' }, field).because(
    'PARTICIPATION_NOT_FOUND',
  );

export const alreadyParticipating = (status: ParticipationStatus) =>
  new ConflictError(
    {
      de: `Dieses Netzwerk ist in diesem Durchgang schon ${STATUS_DE[status]}; ein Netzwerk nimmt höchstens einmal teil.`,
      en: `This network is already ${STATUS_EN[status]} in this cohort; a network takes part at most once.`,
    },
    [
      {
        field: 'networkId',
        message: {
          de: 'Nimmt an diesem Durchgang schon teil.',
          en: 'Already takes part in this cohort.',
        },
      },
    ],
  ).because('ALREADY_PARTICIPATING');

export const participationTransitionNotAllowed = (
  from: ParticipationStatus,
  to: ParticipationStatus,
) =>
  BadUserInputError.field('status', {
    de: `Eine Teilnahme, die ${STATUS_DE[from]} ist, kann nicht ${STATUS_DE[to]} werden.`,
    en: `A participation that is ${STATUS_EN[from]} cannot become ${STATUS_EN[to]}.`,
  }).because('PARTICIPATION_TRANSITION_NOT_ALLOWED');

export const cohortClosed = (status: CohortStatus) =>
  new ConflictError(
    {
      de: `Der Durchgang ist ${status === CohortStatus.CANCELLED ? 'abgesagt' : 'abgeschlossen'}; Teilnahmen lassen sich nicht mehr ändern.`,
      en: `The cohort is ${status.toLowerCase()}; its participations can no longer change.`,
    },
    [
      {
        field: 'cohortId',
        message: { de: 'Der Durchgang ist beendet.', en: 'The cohort has ended.' },
      },
    ],
  ).because('COHORT_CLOSED');

export const withdrawalReasonMissing = () =>
  BadUserInputError.field('reason', {
    de: 'Bitte geben Sie einen Grund für die Abmeldung an.',
    en: 'Please give a reason for the withdrawal.',
  }).because('WITHDRAWAL_REASON_MISSING');

/** A completion day before the cohort began or in the future. */
export const completionDateOutOfRange = (cohortStart: string, today: string) =>
  BadUserInputError.field('completedOn', {
    de: `Der Abschluss muss zwischen dem Beginn des Durchgangs (${germanDate(cohortStart)}) und heute (${germanDate(today)}) liegen.`,
    en: `The completion must lie between the cohort’s start (${cohortStart}) and today (${today}).`,
  }).because('COMPLETION_DATE_OUT_OF_RANGE');

/** A withdrawal day before the network joined the cohort or in the future. */
export const withdrawalDateOutOfRange = (joined: string | null, today: string) =>
  BadUserInputError.field(
    'withdrawnOn',
    joined
      ? {
          de: `Die Abmeldung muss zwischen der Aufnahme in den Durchgang (${germanDate(joined)}) und heute (${germanDate(today)}) liegen.`,
          en: `The withdrawal must lie between joining the cohort (${joined}) and today (${today}).`,
        }
      : {
          de: `Die Abmeldung darf nicht nach heute (${germanDate(today)}) liegen.`,
          en: `The withdrawal cannot lie after today (${today}).`,
        },
  ).because('WITHDRAWAL_DATE_OUT_OF_RANGE');

export const cohortFull = () =>
  new ConflictError(
    {
      de: 'Der Durchgang ist voll: Erst wenn ein Platz frei wird, kann ein Netzwerk nachrücken.',
      en: 'The cohort is full: a network can move up only when a place becomes free.',
    },
    [{ field: 'cohortId', message: { de: 'Kein freier Platz.', en: 'No free place.' } }],
  ).because('COHORT_FULL');

export const waitingListEmpty = () =>
  new ConflictError(
    {
      de: 'Auf der Warteliste dieses Durchgangs steht kein Netzwerk.',
      en: 'No network is on this cohort’s waiting list.',
    },
    [{ field: 'cohortId', message: { de: 'Warteliste leer.', en: 'Waiting list empty.' } }],
  ).because('WAITING_LIST_EMPTY');

export const notTakingPart = () =>
  new ForbiddenError({
    de: 'Sie nehmen an diesem Qualifizierungsdurchgang nicht teil.',
    en: 'You do not take part in this cohort.',
  }).because('NOT_TAKING_PART');
