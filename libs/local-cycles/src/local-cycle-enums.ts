import { registerEnumType } from '@nestjs/graphql';

/** What kind of organisation a MINT-Initiative is. */
export enum InitiativeKind {
  SCHUELERLABOR = 'SCHUELERLABOR',
  VEREIN = 'VEREIN',
  SCHUL_AG = 'SCHUL_AG',
  MUSEUM = 'MUSEUM',
  HOCHSCHULE = 'HOCHSCHULE',
  UNTERNEHMEN = 'UNTERNEHMEN',
  SONSTIGES = 'SONSTIGES',
}

export const INITIATIVE_KIND_NAMES: Record<InitiativeKind, { de: string; en: string }> = {
  SCHUELERLABOR: { de: 'Schülerlabor', en: 'Student lab' },
  VEREIN: { de: 'Verein', en: 'Association' },
  SCHUL_AG: { de: 'Schul-AG', en: 'School club' },
  MUSEUM: { de: 'Museum/Science Center', en: 'Museum/science centre' },
  HOCHSCHULE: { de: 'Hochschule', en: 'University' },
  UNTERNEHMEN: { de: 'Unternehmen', en: 'Company' },
  SONSTIGES: { de: 'Sonstiges', en: 'Other' },
};

registerEnumType(InitiativeKind, {
  name: 'InitiativeKind',
  description: 'Kind of MINT-Initiative.',
  valuesMap: Object.fromEntries(
    Object.entries(INITIATIVE_KIND_NAMES).map(([key, name]) => [key, { description: name.de }]),
  ),
});

/** A network's local workshop cycle: PLANNED → RUNNING → COMPLETED, or CANCELLED. */
export enum LocalCycleStatus {
  PLANNED = 'PLANNED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(LocalCycleStatus, {
  name: 'LocalCycleStatus',
  description: 'Status of a local workshop cycle (Workshop-Zyklus vor Ort).',
  valuesMap: {
    PLANNED: { description: 'Geplant.' },
    RUNNING: { description: 'Läuft.' },
    COMPLETED: { description: 'Abgeschlossen: read-only unless a program manager reopens it.' },
    CANCELLED: { description: 'Abgesagt.' },
  },
});

/** Which status changes a coordinator may make (reopening is a program manager's). */
export const CYCLE_NEXT: Record<LocalCycleStatus, readonly LocalCycleStatus[]> = {
  PLANNED: [LocalCycleStatus.RUNNING, LocalCycleStatus.CANCELLED],
  RUNNING: [LocalCycleStatus.COMPLETED, LocalCycleStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

/** A local workshop: DRAFT → PUBLISHED → HELD, or CANCELLED. */
export enum LocalWorkshopStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

registerEnumType(LocalWorkshopStatus, {
  name: 'LocalWorkshopStatus',
  description: 'Status of a local workshop (Workshop vor Ort).',
  valuesMap: {
    DRAFT: { description: 'Entwurf: only the coordinator sees it.' },
    PUBLISHED: { description: 'Veröffentlicht: initiatives are invited.' },
    HELD: { description: 'Durchgeführt.' },
    CANCELLED: { description: 'Abgesagt, with a reason.' },
  },
});

/** An initiative in a local cycle: INVITED → ENROLLED → COMPLETED, or WITHDRAWN. */
export enum EnrolmentStatus {
  INVITED = 'INVITED',
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Status of an initiative in a local cycle.',
  valuesMap: {
    INVITED: { description: 'Eingeladen.' },
    ENROLLED: { description: 'Angemeldet: takes part.' },
    COMPLETED: { description: 'Abgeschlossen.' },
    WITHDRAWN: { description: 'Zurückgezogen.' },
  },
});

export const ENROLMENT_NEXT: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  INVITED: [EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN],
  ENROLLED: [EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN],
  COMPLETED: [],
  WITHDRAWN: [],
};

/** Taking part: attendance and phases are recorded for these. */
export const TAKING_PART_LOCALLY: readonly EnrolmentStatus[] = [
  EnrolmentStatus.ENROLLED,
  EnrolmentStatus.COMPLETED,
];

/** Attendance of an initiative at a local workshop. */
export enum LocalAttendanceStatus {
  ATTENDED = 'ATTENDED',
  EXCUSED = 'EXCUSED',
  NO_SHOW = 'NO_SHOW',
}

registerEnumType(LocalAttendanceStatus, {
  name: 'LocalAttendanceStatus',
  description: 'Whether an initiative came to a local workshop.',
  valuesMap: {
    ATTENDED: { description: 'Teilgenommen.' },
    EXCUSED: { description: 'Entschuldigt.' },
    NO_SHOW: { description: 'Nicht erschienen.' },
  },
});

/**
 * Where an initiative stands with the programme's self-analysis (Selbstanalyse-Tool against the
 * Orientierungsrahmen), in order. Zyklus stores phases only; the answers stay in the tool.
 */
export enum SelfAnalysisPhase {
  NOT_STARTED = 'NOT_STARTED',
  PREPARING = 'PREPARING',
  SELF_ANALYSIS_DONE = 'SELF_ANALYSIS_DONE',
  REFLECTED = 'REFLECTED',
  ADVISED = 'ADVISED',
  IMPROVEMENT_PLANNED = 'IMPROVEMENT_PLANNED',
}

export const PHASE_ORDER: readonly SelfAnalysisPhase[] = Object.values(SelfAnalysisPhase);

export const PHASE_NAMES: Record<SelfAnalysisPhase, { de: string; en: string }> = {
  NOT_STARTED: { de: 'nicht begonnen', en: 'not started' },
  PREPARING: { de: 'in Vorbereitung', en: 'preparing' },
  SELF_ANALYSIS_DONE: { de: 'Selbstanalyse durchgeführt', en: 'self-analysis done' },
  REFLECTED: { de: 'reflektiert', en: 'reflected' },
  ADVISED: { de: 'beraten', en: 'advised' },
  IMPROVEMENT_PLANNED: { de: 'Verbesserung geplant', en: 'improvement planned' },
};

registerEnumType(SelfAnalysisPhase, {
  name: 'SelfAnalysisPhase',
  description: 'Phase of an initiative’s self-analysis, in order.',
  valuesMap: Object.fromEntries(
    Object.entries(PHASE_NAMES).map(([key, name]) => [key, { description: name.de }]),
  ),
});

/** SQL list of an enum's values for a check constraint. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
