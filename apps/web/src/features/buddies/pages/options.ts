import type {
  BuddyTopic,
  Bundesland,
  PairingEndReason,
  PairingStatus,
  SessionFormat,
} from '../../../gql/graphql';

/** The programme's buddy topics, in the order people read them. */
export const TOPICS: readonly BuddyTopic[] = [
  'INITIATIVEN_ANSPRECHEN',
  'WORKSHOP_ZYKLUS_VOR_ORT',
  'WIRKUNGSLOGIK',
  'FOERDERUNG',
  'OEFFENTLICHKEITSARBEIT',
];

export const BUNDESLAENDER: readonly Bundesland[] = [
  'BADEN_WUERTTEMBERG',
  'BAYERN',
  'BERLIN',
  'BRANDENBURG',
  'BREMEN',
  'HAMBURG',
  'HESSEN',
  'MECKLENBURG_VORPOMMERN',
  'NIEDERSACHSEN',
  'NORDRHEIN_WESTFALEN',
  'RHEINLAND_PFALZ',
  'SAARLAND',
  'SACHSEN',
  'SACHSEN_ANHALT',
  'SCHLESWIG_HOLSTEIN',
  'THUERINGEN',
];

export const FORMATS: readonly SessionFormat[] = ['ONLINE', 'IN_PERSON', 'PHONE'];

export const END_REASONS: readonly PairingEndReason[] = [
  'COMPLETED',
  'NO_CONTACT',
  'UNAVAILABLE',
  'LEFT',
  'OTHER',
];

export const PAIRING_STATUSES: readonly PairingStatus[] = [
  'PROPOSED',
  'ACTIVE',
  'PAUSED',
  'DECLINED',
  'WITHDRAWN',
  'ENDED',
];
