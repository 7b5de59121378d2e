import { registerEnumType } from '@nestjs/graphql';

/** The kinds of workshop in a cohort's cycle (DESIGN §1). */
export enum WorkshopKind {
  KICK_OFF = 'KICK_OFF',
  WIRKUNGSLOGIK = 'WIRKUNGSLOGIK',
  WIRKUNGSMESSUNG = 'WIRKUNGSMESSUNG',
  STORYTELLING = 'STORYTELLING',
  TRANSFERWERKSTATT = 'TRANSFERWERKSTATT',
  OTHER = 'OTHER',
}

registerEnumType(WorkshopKind, {
  name: 'WorkshopKind',
  description: 'Kind of workshop in the cycle.',
  valuesMap: {
    KICK_OFF: { description: 'Auftaktworkshop: the 2–2.5-day kick-off.' },
    WIRKUNGSLOGIK: { description: 'Deep dive on Wirkungslogik (impact logic).' },
    WIRKUNGSMESSUNG: { description: 'Deep dive on Wirkungsmessung (impact measurement).' },
    STORYTELLING: { description: 'Deep dive on Storytelling.' },
    TRANSFERWERKSTATT: {
      description: 'Transferwerkstatt: transfer workshop with alumni and partners.',
    },
    OTHER: { description: 'Any other workshop.' },
  },
});

export enum WorkshopFormat {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}

registerEnumType(WorkshopFormat, {
  name: 'WorkshopFormat',
  description: 'Where a workshop happens.',
  valuesMap: {
    ONLINE: { description: 'Online: needs a link.' },
    IN_PERSON: { description: 'In Präsenz: needs a place.' },
    HYBRID: { description: 'Hybrid: needs a place and a link.' },
  },
});

/** Whether a workshop of `format` needs a place and/or an online link. */
export function needs(format: WorkshopFormat): { place: boolean; link: boolean } {
  return {
    place: format !== WorkshopFormat.ONLINE,
    link: format !== WorkshopFormat.IN_PERSON,
  };
}

/** DRAFT → PUBLISHED → COMPLETED, or CANCELLED (with reason) before completion. */
export enum WorkshopStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(WorkshopStatus, {
  name: 'WorkshopStatus',
  description: 'Status of a workshop: DRAFT → PUBLISHED → COMPLETED, or CANCELLED.',
  valuesMap: {
    DRAFT: { description: 'Entwurf: planned, visible to program managers only.' },
    PUBLISHED: { description: 'Veröffentlicht: visible to the cohort’s coordinators.' },
    COMPLETED: { description: 'Durchgeführt: took place; attendance is final.' },
    CANCELLED: { description: 'Abgesagt: called off, with a reason; final.' },
  },
});
