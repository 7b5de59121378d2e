import { ConflictError, germanDate, NotFoundError } from '@zyklus/common';
import { LocalWorkshopStatus } from '../local-cycle-enums';

export const localWorkshopNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Workshop vor Ort', en: 'Local workshop' }, field).because(
    'LOCAL_WORKSHOP_NOT_FOUND',
  );

export const localWorkshopInStatus = (status: LocalWorkshopStatus, action: string) =>
  new ConflictError(
    {
      de: `Der Workshop vor Ort ist ${status} und kann nicht ${action} werden.`,
      en: `The local workshop is ${status} and cannot be ${action}.`,
    },
    [{ field: 'id', message: { de: `Status ${status}.`, en: `Status ${status}.` } }],
  ).because(`LOCAL_WORKSHOP_${status}`);

export const overlapsLocalWorkshop = (title: string, date: string) =>
  new ConflictError(
    {
      de: `Überschneidet sich am ${germanDate(date)} mit dem veröffentlichten Workshop vor Ort „${title}“.`,
      en: `Overlaps the published local workshop "${title}" on ${date}.`,
    },
    [
      {
        field: 'days',
        message: { de: 'Überschneidung.', en: 'Overlap.' },
        reason: 'OVERLAPS_PUBLISHED',
      },
    ],
  ).because('OVERLAPS_PUBLISHED');
