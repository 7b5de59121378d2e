import { ConflictError, ForbiddenError, NotFoundError } from '@zyklus/common';

export const personNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Person', en: 'Person' }, field).because('PERSON_NOT_FOUND');

export const emailTaken = (email: string) =>
  new ConflictError(
    {
      de: `Es gibt bereits eine Person mit der Adresse ${email}.`,
      en: `A person with the address ${email} already exists.`,
    },
    [
      {
        field: 'email',
        message: { de: 'Diese Adresse ist schon vergeben.', en: 'This address is already taken.' },
      },
    ],
  ).because('EMAIL_TAKEN');

export const adminRoleReserved = () =>
  new ForbiddenError({
    de: 'Nur Administrator:innen dürfen die Rolle ADMIN vergeben oder entziehen.',
    en: 'Only administrators may grant or revoke the ADMIN role.',
  }).because('ADMIN_ROLE_RESERVED');

export const alreadyErased = () =>
  new ConflictError({
    de: 'Diese Person wurde bereits gelöscht.',
    en: 'This person has already been erased.',
  }).because('ALREADY_ERASED');
