import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@zyklus/common';
import { MAX_SERIES_ROUNDS } from './series/round-series';

export const groupNotFound = (field = 'groupId') =>
  NotFoundError.of({ de: 'Gruppe', en: 'Peer group' }, field).because('PEER_GROUP_NOT_FOUND');

export const roundNotFound = (field = 'roundId') =>
  NotFoundError.of({ de: 'Runde', en: 'Peer round' }, field).because('PEER_ROUND_NOT_FOUND');

export const caseNotFound = (field = 'caseId') =>
  NotFoundError.of({ de: 'Fall', en: 'Case' }, field).because('PEER_CASE_NOT_FOUND');

export const personNotFound = (field = 'personId') =>
  NotFoundError.of({ de: 'Person', en: 'Person' }, field).because('PERSON_NOT_FOUND');

export const cohortNotFound = (field = 'cohortIds') =>
  NotFoundError.of({ de: 'Durchgang', en: 'Cohort' }, field).because('COHORT_NOT_FOUND');

export const notAMemberOfGroup = () =>
  new ForbiddenError({
    de: 'Das sehen und tun nur Mitglieder dieser Gruppe.',
    en: 'Only members of this peer group see and do this.',
  }).because('NOT_A_MEMBER');

export const groupEnded = () =>
  new ConflictError(
    {
      de: 'Die Gruppe ist beendet: keine neuen Mitglieder, Runden oder Fälle.',
      en: 'The group has ended: no new members, rounds or cases.',
    },
    [{ field: 'groupId', message: { de: 'Gruppe beendet.', en: 'Group ended.' } }],
  ).because('GROUP_ENDED');

export const groupStatusChange = (from: string, to: string) =>
  BadUserInputError.field(
    'status',
    {
      de: `Eine Gruppe im Status ${from} kann nicht in ${to} wechseln.`,
      en: `A group in status ${from} cannot change to ${to}.`,
    },
    'INVALID_STATUS_CHANGE',
  );

export const alreadyMember = () =>
  new ConflictError(
    { de: 'Die Person ist schon Mitglied.', en: 'The person is already a member.' },
    [{ field: 'personId', message: { de: 'Schon Mitglied.', en: 'Already a member.' } }],
  ).because('ALREADY_MEMBER');

export const notCurrentMember = (field = 'personId') =>
  BadUserInputError.field(
    field,
    {
      de: 'Die Person ist derzeit kein Mitglied der Gruppe.',
      en: 'The person is not a current member of the group.',
    },
    'NOT_A_MEMBER',
  );

export const leavesBeforeJoining = () =>
  BadUserInputError.field(
    'toDate',
    {
      de: 'Das Austrittsdatum liegt vor dem Eintritt.',
      en: 'The leaving day lies before the joining day.',
    },
    'ENDS_BEFORE_START',
  );

export const endsBeforeStart = () =>
  BadUserInputError.field(
    'endTime',
    { de: 'Eine Runde muss nach ihrem Beginn enden.', en: 'A round must end after it starts.' },
    'ENDS_BEFORE_START',
  );

export const seriesWithoutEnd = () =>
  BadUserInputError.field(
    'count',
    {
      de: 'Eine Reihe braucht eine Anzahl oder ein Enddatum (nicht beides).',
      en: 'A series needs a count or an end date (not both).',
    },
    'SERIES_WITHOUT_END',
  );

export const seriesTooLong = (field: 'count' | 'until') =>
  BadUserInputError.field(
    field,
    {
      de: `Eine Reihe hat höchstens ${MAX_SERIES_ROUNDS} Runden.`,
      en: `A series has at most ${MAX_SERIES_ROUNDS} rounds.`,
    },
    'TOO_MANY_ROUNDS',
  );

export const seriesEmpty = () =>
  BadUserInputError.field(
    'until',
    {
      de: 'Bis zu diesem Datum fällt keine Runde an.',
      en: 'No round falls before this end date.',
    },
    'SERIES_EMPTY',
  );

export const roundInPast = (field = 'date') =>
  BadUserInputError.field(
    field,
    { de: 'Die Runde läge in der Vergangenheit.', en: 'The round would lie in the past.' },
    'IN_THE_PAST',
  );

export const roundNotPlanned = (status: string, field = 'roundId') =>
  new ConflictError(
    {
      de: `Die Runde ist nicht mehr geplant (Status ${status}).`,
      en: `The round is no longer planned (status ${status}).`,
    },
    [{ field, message: { de: `Status ${status}.`, en: `Status ${status}.` } }],
  ).because(status === 'CANCELLED' ? 'ROUND_CANCELLED' : 'ROUND_NOT_PLANNED');

export const roundAlreadyPast = (field = 'roundId') =>
  new ConflictError({ de: 'Die Runde hat schon begonnen.', en: 'The round has already started.' }, [
    { field, message: { de: 'Schon begonnen.', en: 'Already started.' } },
  ]).because('ROUND_PAST');

export const roundNotYetStarted = () =>
  new ConflictError(
    {
      de: 'Anwesenheit und Protokoll erst, wenn die Runde begonnen hat.',
      en: 'Attendance and minutes only once the round has started.',
    },
    [{ field: 'roundId', message: { de: 'Noch nicht begonnen.', en: 'Not yet started.' } }],
  ).because('ROUND_NOT_STARTED');

export const roundNotHeld = () =>
  new ConflictError(
    {
      de: 'Rückmeldung nur zu einer Runde, die stattgefunden hat.',
      en: 'Feedback only on a round that was held.',
    },
    [{ field: 'roundId', message: { de: 'Nicht stattgefunden.', en: 'Not held.' } }],
  ).because('ROUND_NOT_HELD');

export const feedbackGiven = () =>
  new ConflictError(
    {
      de: 'Sie haben zu dieser Runde schon eine Rückmeldung gegeben.',
      en: 'You have already given feedback on this round.',
    },
    [{ field: 'roundId', message: { de: 'Schon gegeben.', en: 'Already given.' } }],
  ).because('FEEDBACK_GIVEN');

export const notARoundMember = (field: string) =>
  BadUserInputError.field(
    field,
    {
      de: 'Diese Person ist am Tag der Runde kein Mitglied der Gruppe.',
      en: 'This person is not a member of the group on the day of the round.',
    },
    'NOT_A_MEMBER',
  );

export const caseNotQueued = (status: string) =>
  new ConflictError(
    {
      de: `Der Fall ist nicht in der Warteschlange (Status ${status}).`,
      en: `The case is not queued (status ${status}).`,
    },
    [{ field: 'caseId', message: { de: `Status ${status}.`, en: `Status ${status}.` } }],
  ).because('CASE_NOT_QUEUED');

export const caseClosed = (status: string) =>
  new ConflictError(
    {
      de: `Der Fall ist abgeschlossen (Status ${status}).`,
      en: `The case is closed (status ${status}).`,
    },
    [{ field: 'caseId', message: { de: `Status ${status}.`, en: `Status ${status}.` } }],
  ).because('CASE_CLOSED');

export const mayNotSchedule = () =>
  new ForbiddenError({
    de: 'Einen Fall planen die Moderation der Runde oder die Fallgeber:in ein.',
    en: 'A case is scheduled by the round’s moderator or by its case giver.',
  }).because('NOT_MODERATOR_OR_CASE_GIVER');

export const notProposer = () =>
  new ForbiddenError({
    de: 'Nur wer den Fall eingebracht hat, kann ihn zurückziehen.',
    en: 'Only the case giver can withdraw the case.',
  }).because('NOT_CASE_GIVER');

export const caseRoundOtherGroup = () =>
  BadUserInputError.field(
    'roundId',
    { de: 'Die Runde gehört zu einer anderen Gruppe.', en: 'The round belongs to another group.' },
    'OTHER_GROUP',
  );

export const roleTwice = (field: string) =>
  BadUserInputError.field(
    field,
    { de: 'Jede Person höchstens einmal.', en: 'Each person at most once.' },
    'DUPLICATE',
  );
