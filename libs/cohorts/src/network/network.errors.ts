import { ConflictError, ForbiddenError, NotFoundError } from '@zyklus/common';

export const networkNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Netzwerk', en: 'Network' }, field).because('NETWORK_NOT_FOUND');

export const networkNameTaken = (name: string) =>
  new ConflictError(
    {
      de: `Es gibt schon ein Netzwerk namens „${name}“.`,
      en: `There is already a network called "${name}".`,
    },
    [
      {
        field: 'name',
        message: { de: 'Dieser Name ist schon vergeben.', en: 'This name is already taken.' },
      },
    ],
  ).because('NETWORK_NAME_TAKEN');

export const notOwnNetwork = () =>
  new ForbiddenError({
    de: 'Sie sehen nur das Netzwerk, das Sie koordinieren.',
    en: 'You can only see the network you coordinate.',
  }).because('NOT_OWN_NETWORK');
