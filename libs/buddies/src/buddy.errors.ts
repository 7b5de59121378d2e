import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  LocalizedText,
  NotFoundError,
} from '@zyklus/common';
import { PairingStatus } from './buddy-enums';

const STATUS: Record<PairingStatus, LocalizedText> = {
  PROPOSED: { de: 'vorgeschlagen', en: 'proposed' },
  ACTIVE: { de: 'aktiv', en: 'active' },
  PAUSED: { de: 'pausiert', en: 'paused' },
  DECLINED: { de: 'abgelehnt', en: 'declined' },
  WITHDRAWN: { de: 'zurückgezogen', en: 'withdrawn' },
  ENDED: { de: 'beendet', en: 'ended' },
};

export const pairingNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Buddy-Tandem', en: 'Buddy pairing' }, field);

export const sessionNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Buddy-Treffen', en: 'Buddy session' }, field);

export const goalNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Tandem-Ziel', en: 'Pairing goal' }, field);

export const reportNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Problemmeldung', en: 'Problem report' }, field);

/** Someone outside the pair asks for what belongs to a pair: the same answer whether it exists. */
export const notInPair = () =>
  new ForbiddenError({
    de: 'Das ist nicht Ihr Buddy-Tandem.',
    en: 'This is not your buddy pairing.',
  }).because('NOT_IN_PAIR');

/** Session notes are the pair's alone, also for program managers. */
export const notesArePrivate = () =>
  new ForbiddenError({
    de: 'Notizen zu Buddy-Treffen sind nur für das Tandem selbst.',
    en: 'Buddy session notes are for the pair alone.',
  }).because('NOTES_PAIR_ONLY');

export const notAnAlumnus = (field?: string) => {
  const text = {
    de: 'Buddy kann nur sein, wer einen früheren Qualifizierungsdurchgang abgeschlossen hat.',
    en: 'Only someone who completed an earlier cohort can be a buddy.',
  };
  return field
    ? BadUserInputError.field(field, text, 'NOT_AN_ALUMNUS')
    : new ForbiddenError(text).because('NOT_AN_ALUMNUS');
};

export const noBuddyProfile = (field: string) =>
  BadUserInputError.field(
    field,
    {
      de: 'Diese Person hat kein Buddy-Profil.',
      en: 'This person has no buddy profile.',
    },
    'NO_BUDDY_PROFILE',
  );

export const notNewCoordinatorOfCohort = (field: string) =>
  BadUserInputError.field(
    field,
    {
      de: 'Diese Person ist keine neue Koordinator:in dieses Qualifizierungsdurchgangs.',
      en: 'This person is not a new coordinator of this cohort.',
    },
    'NOT_NEW_COORDINATOR_OF_COHORT',
  );

export const samePerson = (field: string) =>
  BadUserInputError.field(
    field,
    {
      de: 'Buddy und neue Koordinator:in müssen zwei Personen sein.',
      en: 'The buddy and the new coordinator must be two people.',
    },
    'SAME_PERSON',
  );

export const duplicateInBatch = (field: string) =>
  BadUserInputError.field(
    field,
    {
      de: 'Diese Person steht zweimal in der Liste.',
      en: 'This person is in the list twice.',
    },
    'DUPLICATE_NEW_COORDINATOR',
  );

export const alreadyPaired = (field = 'newCoordinatorId') =>
  new ConflictError(
    {
      de: 'Diese neue Koordinator:in hat in diesem Qualifizierungsdurchgang schon ein Buddy-Tandem.',
      en: 'This new coordinator already has a buddy pairing in this cohort.',
    },
    [
      {
        field,
        message: {
          de: 'Hat schon ein offenes Buddy-Tandem.',
          en: 'Already has an open buddy pairing.',
        },
        reason: 'ALREADY_PAIRED',
      },
    ],
  ).because('ALREADY_PAIRED');

export const beyondCapacity = (field = 'buddyId') =>
  new ConflictError(
    {
      de: 'Diese:r Buddy hat keinen freien Platz mehr.',
      en: 'This buddy has no free place left.',
    },
    [
      {
        field,
        message: { de: 'Kapazität erreicht.', en: 'Capacity reached.' },
        reason: 'BEYOND_CAPACITY',
      },
    ],
  ).because('BEYOND_CAPACITY');

export const transitionNotAllowed = (from: PairingStatus, action: LocalizedText) =>
  new ConflictError({
    de: `Ein Buddy-Tandem, das ${STATUS[from].de} ist, kann man nicht ${action.de}.`,
    en: `A pairing that is ${STATUS[from].en} cannot be ${action.en}.`,
  }).because('TRANSITION_NOT_ALLOWED');

export const alreadyAnswered = () =>
  new ConflictError({
    de: 'Sie haben diesem Vorschlag schon zugestimmt.',
    en: 'You have already accepted this proposal.',
  }).because('ALREADY_ACCEPTED');

export const notActive = () =>
  new ConflictError({
    de: 'Treffen plant man nur in einem aktiven Buddy-Tandem.',
    en: 'Sessions are planned only in an active pairing.',
  }).because('PAIRING_NOT_ACTIVE');

export const endsBeforeStart = () =>
  BadUserInputError.field(
    'endsAt',
    { de: 'Ein Treffen muss nach seinem Beginn enden.', en: 'A session must end after it starts.' },
    'ENDS_BEFORE_START',
  );

export const startsInPast = () =>
  BadUserInputError.field(
    'startsAt',
    { de: 'Ein Treffen plant man für die Zukunft.', en: 'A session is planned for the future.' },
    'IN_THE_PAST',
  );

export const sessionNotPlanned = () =>
  new ConflictError({
    de: 'Dieses Treffen ist nicht mehr geplant.',
    en: 'This session is no longer planned.',
  }).because('SESSION_NOT_PLANNED');

export const sessionNotStarted = () =>
  BadUserInputError.field(
    'id',
    {
      de: 'Ob ein Treffen stattfand, trägt man nach seinem Beginn ein.',
      en: 'Whether a session took place is recorded after it starts.',
    },
    'NOT_YET_STARTED',
  );

export const pauseUntilInPast = () =>
  BadUserInputError.field(
    'until',
    { de: 'Eine Pause endet in der Zukunft.', en: 'A pause ends in the future.' },
    'IN_THE_PAST',
  );

export const feedbackNotYet = () =>
  new ConflictError({
    de: 'Rückmeldung gibt man am Ende eines Buddy-Tandems.',
    en: 'Feedback is given when a pairing has ended.',
  }).because('PAIRING_NOT_ENDED');

export const feedbackGiven = () =>
  new ConflictError({
    de: 'Sie haben zu diesem Buddy-Tandem schon eine Rückmeldung gegeben.',
    en: 'You have already given feedback on this pairing.',
  }).because('FEEDBACK_GIVEN');
