import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@zyklus/common';
import { germanDate } from '@zyklus/common';
import { WorkshopStatus } from './workshop-enums';

const STATUS_DE: Record<WorkshopStatus, string> = {
  DRAFT: 'ein Entwurf',
  PUBLISHED: 'veröffentlicht',
  COMPLETED: 'durchgeführt',
  CANCELLED: 'abgesagt',
};

export const workshopNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Workshop', en: 'Workshop' }, field);

export const dayEndsBeforeStart = (index: number) =>
  BadUserInputError.field(`days.${index}.endTime`, {
    de: 'Ein Tag muss nach seinem Beginn enden.',
    en: 'A day must end after it starts.',
  });

export const daysOutOfOrder = (index: number) =>
  BadUserInputError.field(`days.${index}.date`, {
    de: 'Die Tage müssen aufsteigend sein, jeder Tag höchstens einmal.',
    en: 'Days must be in order, each date at most once.',
  });

export const noDays = () =>
  BadUserInputError.field('days', {
    de: 'Ein Workshop hat mindestens einen Tag.',
    en: 'A workshop has at least one day.',
  });

export const linkMissing = () =>
  BadUserInputError.field('onlineUrl', {
    de: 'Ein Online- oder Hybrid-Workshop braucht vor der Veröffentlichung einen Link.',
    en: 'An online or hybrid workshop needs a link before it is published.',
  });

export const placeMissing = () =>
  BadUserInputError.field('place', {
    de: 'Ein Präsenz- oder Hybrid-Workshop braucht vor der Veröffentlichung einen Ort.',
    en: 'An in-person or hybrid workshop needs a place before it is published.',
  });

export const overlapsPublished = (title: string, date: string) =>
  new ConflictError(
    {
      de: `Überschneidet sich am ${germanDate(date)} mit dem veröffentlichten Workshop „${title}“.`,
      en: `Overlaps the published workshop "${title}" on ${date}.`,
    },
    [
      {
        field: 'days',
        message: {
          de: 'Überschneidet sich mit einem anderen Workshop des Durchgangs.',
          en: 'Overlaps another workshop of the cohort.',
        },
      },
    ],
  );

export const workshopInStatus = (status: WorkshopStatus, action: { de: string; en: string }) =>
  new ConflictError(
    {
      de: `Der Workshop ist ${STATUS_DE[status]} und kann nicht ${action.de} werden.`,
      en: `The workshop is ${status.toLowerCase()} and cannot be ${action.en}.`,
    },
    [{ field: 'id', message: { de: `Status: ${STATUS_DE[status]}.`, en: `Status: ${status}.` } }],
  );

export const facilitatorUnnamed = (index: number) =>
  BadUserInputError.field(`facilitators.${index}`, {
    de: 'Geben Sie eine Person (personId) oder den Namen eines Gastes an.',
    en: 'Give a person (personId) or a guest’s name.',
  });

export const facilitatorNotFound = () =>
  NotFoundError.of({ de: 'Person', en: 'Person' }, 'facilitators');

export const notTakingPartInWorkshop = () =>
  new ForbiddenError({
    de: 'Sie nehmen am Durchgang dieses Workshops nicht teil.',
    en: 'You do not take part in this workshop’s cohort.',
  });

/** completeWorkshop before the workshop's last day has ended. */
export const workshopNotEnded = (date: string, endTime: string) =>
  new ConflictError({
    de: `Der Workshop endet erst am ${germanDate(date)} um ${endTime} Uhr: Abschließen geht danach.`,
    en: `The workshop ends only on ${date} at ${endTime}: it can be completed after that.`,
  }).because('WORKSHOP_NOT_ENDED');
