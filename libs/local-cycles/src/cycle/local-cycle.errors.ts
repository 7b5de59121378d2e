import { ConflictError, ForbiddenError, NotFoundError } from '@zyklus/common';
import { LocalCycleStatus } from '../local-cycle-enums';

export const cycleNotFound = (field = 'localCycleId') =>
  NotFoundError.of({ de: 'Workshop-Zyklus vor Ort', en: 'Local cycle' }, field).because(
    'LOCAL_CYCLE_NOT_FOUND',
  );

export const participationNotFound = (field = 'participationId') =>
  NotFoundError.of({ de: 'Teilnahme', en: 'Participation' }, field).because(
    'PARTICIPATION_NOT_FOUND',
  );

export const participationNotTakingPart = (field = 'participationId') =>
  new ConflictError(
    {
      de: 'Nur ein Netzwerk mit einem Platz im Durchgang plant einen Workshop-Zyklus vor Ort.',
      en: 'Only a network with a place in the cohort plans a local cycle.',
    },
    [{ field, message: { de: 'Nimmt nicht teil.', en: 'Not taking part.' } }],
  ).because('NOT_TAKING_PART');

export const noLocalTemplate = () =>
  new ConflictError(
    {
      de: 'Das Programm hat noch keine Vorlage für den Workshop-Zyklus vor Ort (setLocalTemplate).',
      en: 'The programme has no local template yet (setLocalTemplate).',
    },
    [{ field: 'participationId', message: { de: 'Keine Vorlage.', en: 'No template.' } }],
  ).because('NO_LOCAL_TEMPLATE');

/** Any change to a completed (or cancelled) cycle: read-only until a program manager reopens it. */
export const cycleClosed = (status: LocalCycleStatus, field = 'localCycleId') =>
  status === LocalCycleStatus.COMPLETED
    ? new ConflictError(
        {
          de: 'Der Workshop-Zyklus vor Ort ist abgeschlossen und nur noch lesbar; eine Programmleitung kann ihn wieder öffnen.',
          en: 'The local cycle is completed and read-only; a program manager can reopen it.',
        },
        [{ field, message: { de: 'Abgeschlossen.', en: 'Completed.' } }],
      ).because('CYCLE_COMPLETED')
    : new ConflictError(
        {
          de: 'Der Workshop-Zyklus vor Ort ist abgesagt.',
          en: 'The local cycle is cancelled.',
        },
        [{ field, message: { de: 'Abgesagt.', en: 'Cancelled.' } }],
      ).because('CYCLE_CANCELLED');

export const statusChangeNotAllowed = (from: LocalCycleStatus, to: LocalCycleStatus) =>
  new ConflictError(
    {
      de: `Der Zyklus kann nicht von ${from} zu ${to} wechseln.`,
      en: `The cycle cannot change from ${from} to ${to}.`,
    },
    [{ field: 'status', message: { de: 'Nicht erlaubt.', en: 'Not allowed.' } }],
  ).because('STATUS_CHANGE_NOT_ALLOWED');

export const reopenOnlyCompleted = () =>
  new ConflictError(
    {
      de: 'Nur ein abgeschlossener Zyklus kann wieder geöffnet werden.',
      en: 'Only a completed cycle can be reopened.',
    },
    [{ field: 'id', message: { de: 'Nicht abgeschlossen.', en: 'Not completed.' } }],
  ).because('NOT_COMPLETED');

export const reopenOnlyManagers = () =>
  new ForbiddenError(
    {
      de: 'Nur eine Programmleitung kann einen abgeschlossenen Zyklus wieder öffnen.',
      en: 'Only a program manager can reopen a completed cycle.',
    },
    [{ field: 'id', message: { de: 'Nur Programmleitung.', en: 'Program managers only.' } }],
  ).because('PROGRAM_MANAGER_ONLY');
