import { registerEnumType } from '@nestjs/graphql';

/** How a peer group works (DESIGN §8). */
export enum PeerGroupMethod {
  KOLLEGIALE_FALLBERATUNG = 'KOLLEGIALE_FALLBERATUNG',
  OPEN_EXCHANGE = 'OPEN_EXCHANGE',
}

/** FORMING → ACTIVE → ENDED. */
export enum PeerGroupStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

/** PLANNED → HELD | DID_NOT_HAPPEN | CANCELLED. */
export enum PeerRoundStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  DID_NOT_HAPPEN = 'DID_NOT_HAPPEN',
  CANCELLED = 'CANCELLED',
}

export enum PeerRoundFormat {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
}

/** The roles of a round; there may be several case givers, one moderator and one secretary. */
export enum PeerRole {
  MODERATOR = 'MODERATOR',
  CASE_GIVER = 'CASE_GIVER',
  SECRETARY = 'SECRETARY',
}

export enum RsvpAnswer {
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}

/** QUEUED → SCHEDULED (for a round) → DISCUSSED | WITHDRAWN; a cancelled round re-queues. */
export enum PeerCaseStatus {
  QUEUED = 'QUEUED',
  SCHEDULED = 'SCHEDULED',
  DISCUSSED = 'DISCUSSED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(PeerGroupMethod, {
  name: 'PeerGroupMethod',
  description: 'How a peer group (Runde) works.',
  valuesMap: {
    KOLLEGIALE_FALLBERATUNG: {
      description: 'Kollegiale Fallberatung: a case giver, a moderator, fixed phases.',
    },
    OPEN_EXCHANGE: { description: 'Offener Austausch: open exchange without fixed phases.' },
  },
});
registerEnumType(PeerGroupStatus, {
  name: 'PeerGroupStatus',
  description: 'Lifecycle of a peer group: FORMING → ACTIVE → ENDED.',
  valuesMap: {
    FORMING: { description: 'In Gründung: members are being found.' },
    ACTIVE: { description: 'Aktiv: the group meets.' },
    ENDED: { description: 'Beendet: no more rounds; history kept.' },
  },
});
registerEnumType(PeerRoundStatus, {
  name: 'PeerRoundStatus',
  description: 'Lifecycle of a peer round (Kollegiale Runde).',
  valuesMap: {
    PLANNED: { description: 'Geplant.' },
    HELD: { description: 'Stattgefunden: attendance recorded.' },
    DID_NOT_HAPPEN: { description: 'Nicht stattgefunden.' },
    CANCELLED: { description: 'Abgesagt: members were told; its cases went back to the queue.' },
  },
});
registerEnumType(PeerRoundFormat, {
  name: 'PeerRoundFormat',
  description: 'Where a round happens.',
  valuesMap: {
    ONLINE: { description: 'Online: with a link.' },
    IN_PERSON: { description: 'In Präsenz: with a place.' },
  },
});
registerEnumType(PeerRole, {
  name: 'PeerRole',
  description: 'A role in one round.',
  valuesMap: {
    MODERATOR: { description: 'Moderation: leads through the phases.' },
    CASE_GIVER: { description: 'Fallgeber:in: brings a case.' },
    SECRETARY: { description: 'Protokoll: keeps the minutes.' },
  },
});
registerEnumType(RsvpAnswer, {
  name: 'RsvpAnswer',
  description: 'A member’s answer to a round (Zusage).',
  valuesMap: {
    YES: { description: 'Ja, ich komme.' },
    NO: { description: 'Nein, ich kann nicht.' },
    MAYBE: { description: 'Vielleicht.' },
  },
});
registerEnumType(PeerCaseStatus, {
  name: 'PeerCaseStatus',
  description: 'Lifecycle of a case (Fall).',
  valuesMap: {
    QUEUED: { description: 'In der Warteschlange.' },
    SCHEDULED: { description: 'Für eine Runde eingeplant.' },
    DISCUSSED: { description: 'Besprochen.' },
    WITHDRAWN: { description: 'Zurückgezogen.' },
  },
});
