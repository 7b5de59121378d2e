import { InitiativeEntity } from './initiative.entity';
import { Initiative } from './initiative.model';

/** An initiative as `seesContact` allows: the contact person only for the coordinator. */
export function initiativeView(row: InitiativeEntity, seesContact: boolean): Initiative {
  return {
    id: row.id,
    networkId: row.networkId,
    name: row.name,
    kind: row.kind,
    city: row.city,
    website: row.website,
    demo: row.demo,
    contact:
      seesContact && row.contactName && row.contactEmail
        ? {
            name: row.contactName,
            email: row.contactEmail,
            language: row.contactLanguage,
            consentOn: row.contactConsentOn,
          }
        : null,
  };
}
