import { ConflictError, NotFoundError } from '@zyklus/common';
import { InitiativeEntity } from './initiative.entity';

export const initiativeNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'MINT-Initiative', en: 'Initiative' }, field).because(
    'INITIATIVE_NOT_FOUND',
  );

export const networkNotFound = (field = 'networkId') =>
  NotFoundError.of({ de: 'Netzwerk', en: 'Network' }, field).because('NETWORK_NOT_FOUND');

/** A near-duplicate without "add anyway": names the candidates so the person can pick one. */
export const possibleDuplicate = (candidates: readonly InitiativeEntity[]) => {
  const list = candidates.map((c) => `„${c.name}“ (${c.city})`).join(', ');
  const listEn = candidates.map((c) => `"${c.name}" (${c.city})`).join(', ');
  return new ConflictError(
    {
      de: `Eine ähnliche MINT-Initiative gibt es im Netzwerk schon: ${list}. Nehmen Sie die vorhandene oder legen Sie mit „trotzdem anlegen“ (addAnyway) an.`,
      en: `The network already has a similar initiative: ${listEn}. Use the existing one or add it anyway (addAnyway).`,
    },
    [
      {
        field: 'name',
        message: { de: `Ähnlich wie ${list}.`, en: `Similar to ${listEn}.` },
        reason: 'POSSIBLE_DUPLICATE',
      },
    ],
  ).because('POSSIBLE_DUPLICATE');
};
