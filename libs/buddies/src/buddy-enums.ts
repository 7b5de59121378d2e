import { registerEnumType } from '@nestjs/graphql';

/** What a buddy can help with: the programme's list (DESIGN §7). */
export enum BuddyTopic {
  INITIATIVEN_ANSPRECHEN = 'INITIATIVEN_ANSPRECHEN',
  WORKSHOP_ZYKLUS_VOR_ORT = 'WORKSHOP_ZYKLUS_VOR_ORT',
  WIRKUNGSLOGIK = 'WIRKUNGSLOGIK',
  FOERDERUNG = 'FOERDERUNG',
  OEFFENTLICHKEITSARBEIT = 'OEFFENTLICHKEITSARBEIT',
}

export const BUDDY_TOPIC_NAMES: Record<BuddyTopic, { de: string; en: string }> = {
  INITIATIVEN_ANSPRECHEN: { de: 'Initiativen ansprechen', en: 'Approaching initiatives' },
  WORKSHOP_ZYKLUS_VOR_ORT: { de: 'Workshop-Zyklus vor Ort', en: 'Local workshop cycle' },
  WIRKUNGSLOGIK: { de: 'Wirkungslogik', en: 'Impact logic' },
  FOERDERUNG: { de: 'Förderung', en: 'Funding' },
  OEFFENTLICHKEITSARBEIT: { de: 'Öffentlichkeitsarbeit', en: 'Public relations' },
};

registerEnumType(BuddyTopic, {
  name: 'BuddyTopic',
  description: 'A topic a buddy can help with (the programme list).',
  valuesMap: Object.fromEntries(
    Object.entries(BUDDY_TOPIC_NAMES).map(([key, name]) => [key, { description: name.de }]),
  ),
});

/** Where a buddy pairing (Buddy-Tandem) stands. */
export enum PairingStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  ENDED = 'ENDED',
}

/** Pairings that hold a new coordinator's one place (at most one per cohort). */
export const OPEN_PAIRING = [PairingStatus.PROPOSED, PairingStatus.ACTIVE, PairingStatus.PAUSED];
/** Pairings that count against a buddy's capacity. */
export const LOADED_PAIRING = [PairingStatus.ACTIVE, PairingStatus.PAUSED];
/** Pairings in which the two see each other's email. */
export const CONTACT_PAIRING = [PairingStatus.ACTIVE, PairingStatus.PAUSED];

registerEnumType(PairingStatus, {
  name: 'PairingStatus',
  description: 'Where a buddy pairing (Buddy-Tandem) stands.',
  valuesMap: {
    PROPOSED: { description: 'Proposed by a program manager; waiting for both to accept.' },
    ACTIVE: { description: 'Both accepted: the pair meets.' },
    PAUSED: { description: 'Paused until a date.' },
    DECLINED: { description: 'Declined by one of the two, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn by a program manager before both accepted.' },
    ENDED: { description: 'Ended, with a reason; the history is kept.' },
  },
});

/** Why a pairing ended. */
export enum PairingEndReason {
  COMPLETED = 'COMPLETED',
  NO_CONTACT = 'NO_CONTACT',
  UNAVAILABLE = 'UNAVAILABLE',
  LEFT = 'LEFT',
  OTHER = 'OTHER',
}

export const END_REASON_NAMES: Record<PairingEndReason, { de: string; en: string }> = {
  COMPLETED: { de: 'abgeschlossen', en: 'completed' },
  NO_CONTACT: { de: 'kein Kontakt', en: 'no contact' },
  UNAVAILABLE: { de: 'nicht verfügbar', en: 'unavailable' },
  LEFT: { de: 'aus dem Programm ausgeschieden', en: 'left the programme' },
  OTHER: { de: 'anderer Grund', en: 'other reason' },
};

registerEnumType(PairingEndReason, {
  name: 'PairingEndReason',
  description: 'Why a buddy pairing ended.',
  valuesMap: {
    COMPLETED: { description: 'Completed (e.g. with the cohort).' },
    NO_CONTACT: { description: 'No contact came about.' },
    UNAVAILABLE: { description: 'One of the two is not available.' },
    LEFT: { description: 'One of the two left the programme.' },
    OTHER: { description: 'Another reason (see the note).' },
  },
});

/** How a buddy session happens. */
export enum SessionFormat {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
}

registerEnumType(SessionFormat, {
  name: 'SessionFormat',
  description: 'How a buddy session (Buddy-Treffen) happens.',
  valuesMap: {
    ONLINE: { description: 'Online, with a link.' },
    IN_PERSON: { description: 'In person, at a place.' },
    PHONE: { description: 'By phone.' },
  },
});

/** Where a buddy session stands. */
export enum SessionStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  DID_NOT_HAPPEN = 'DID_NOT_HAPPEN',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Where a buddy session stands.',
  valuesMap: {
    PLANNED: { description: 'Planned, not yet marked.' },
    HELD: { description: 'It took place.' },
    DID_NOT_HAPPEN: { description: 'It did not take place.' },
    CANCELLED: { description: 'Cancelled beforehand.' },
  },
});

/** What happened to a session, marked afterwards. */
export enum SessionOutcome {
  HELD = 'HELD',
  DID_NOT_HAPPEN = 'DID_NOT_HAPPEN',
}

registerEnumType(SessionOutcome, {
  name: 'SessionOutcome',
  description: 'What happened to a session, marked after its start.',
  valuesMap: {
    HELD: { description: 'It took place.' },
    DID_NOT_HAPPEN: { description: 'It did not take place.' },
  },
});

export enum GoalStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'Whether a pairing goal (Tandem-Ziel) is reached.',
  valuesMap: {
    OPEN: { description: 'Not yet reached.' },
    DONE: { description: 'Reached.' },
  },
});

/** Which side of a pairing a person is on. */
export enum PairingSide {
  NEW_COORDINATOR = 'NEW_COORDINATOR',
  BUDDY = 'BUDDY',
}

registerEnumType(PairingSide, {
  name: 'PairingSide',
  description: 'Which side of a pairing a person is on.',
  valuesMap: {
    NEW_COORDINATOR: { description: 'The new coordinator of the cohort.' },
    BUDDY: { description: 'The buddy: an alumnus of an earlier cohort.' },
  },
});

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** `"column" IN (...)` for a CHECK constraint. */
export const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${list(values)})`;
/** `"column" <@ ARRAY[...]` for a CHECK constraint on an array column. */
export const subsetOf = (column: string, values: readonly string[]) =>
  `"${column}" <@ ARRAY[${list(values)}]::varchar[]`;
