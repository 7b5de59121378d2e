import { ConflictError, NotFoundError } from '@zyklus/common';

export const programmeNotFound = (field?: string) =>
  NotFoundError.of({ de: 'Programm', en: 'Programme' }, field).because('PROGRAMME_NOT_FOUND');

export const programmeNameTaken = (name: string) =>
  new ConflictError(
    {
      de: `Es gibt bereits ein Programm namens „${name}“.`,
      en: `A programme named "${name}" already exists.`,
    },
    [
      {
        field: 'name',
        message: { de: 'Dieser Name ist schon vergeben.', en: 'This name is already taken.' },
      },
    ],
  ).because('PROGRAMME_NAME_TAKEN');
