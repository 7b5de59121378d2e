import { AttendanceStatus, WorkshopFormat, WorkshopKind } from '@zyklus/workshops';
import { DEMO_WITHDRAWN_NETWORK } from './demo-networks';

/** A day as the workshop library stores it: date and wall-clock times (Europe/Berlin). */
export interface DemoDay {
  date: string;
  startTime: string;
  endTime: string;
}

/** One step of the programme's cycle template. */
export interface DemoTemplateStep {
  kind: WorkshopKind;
  title: string;
  durationDays: number;
  dayStart: string;
  dayEnd: string;
  defaultFormat: WorkshopFormat;
  attendanceRequired: boolean;
  /** Days from the previous step's first day to this one's. */
  gapDays: number;
}

/** A workshop of a demo cohort, planned from the template step of the same kind. */
export interface DemoWorkshop {
  kind: WorkshopKind;
  description: string;
  /** The days as planned and published. */
  days: readonly DemoDay[];
  place?: { name: string; address: string };
  onlineUrl?: string;
  /** External guests besides the demo program manager, who facilitates every workshop. */
  guests?: readonly { name: string; organisation: string; contribution: string }[];
  /** Moved to other days on `on`, for `reason`; people were told (sequence 1). */
  reschedule?: { on: string; days: readonly DemoDay[]; reason: string };
  /** Still a draft when the rest of the cycle was published: its dates are only proposed. */
  draft?: boolean;
}

/** Where a network's coordinator did not attend a workshop (everyone else attended). */
export interface DemoAbsence {
  network: string;
  kind: WorkshopKind;
  status: AttendanceStatus.EXCUSED | AttendanceStatus.NO_SHOW;
}

/** A cohort's workshop cycle as the demo tells it. */
export interface DemoCycle {
  /** In the template's order. */
  workshops: readonly DemoWorkshop[];
  /** The day the program manager planned the cycle from the template. */
  plannedOn: string;
  /** The day the workshops (all but the drafts) were published. */
  publishedOn: string;
  absences: readonly DemoAbsence[];
}

const { KICK_OFF, WIRKUNGSLOGIK, WIRKUNGSMESSUNG, STORYTELLING, TRANSFERWERKSTATT } = WorkshopKind;
const { IN_PERSON, ONLINE } = WorkshopFormat;

/**
 * The programme's workshop cycle (DESIGN §1): a 2.5-day kick-off in person, three online deep
 * dives over the following months, and a two-day Transferwerkstatt in person in spring. The gaps
 * put a cohort that starts in late November at the Transferwerkstatt in May.
 */
export const DEMO_CYCLE_TEMPLATE: readonly DemoTemplateStep[] = [
  {
    kind: KICK_OFF,
    title: 'Auftaktworkshop',
    durationDays: 2.5,
    dayStart: '09:00',
    dayEnd: '17:00',
    defaultFormat: IN_PERSON,
    attendanceRequired: true,
    gapDays: 0,
  },
  {
    kind: WIRKUNGSLOGIK,
    title: 'Vertiefungsworkshop Wirkungslogik',
    durationDays: 1,
    dayStart: '09:30',
    dayEnd: '16:00',
    defaultFormat: ONLINE,
    attendanceRequired: true,
    gapDays: 56,
  },
  {
    kind: WIRKUNGSMESSUNG,
    title: 'Vertiefungsworkshop Wirkungsmessung',
    durationDays: 1,
    dayStart: '09:30',
    dayEnd: '16:00',
    defaultFormat: ONLINE,
    attendanceRequired: true,
    gapDays: 42,
  },
  {
    kind: STORYTELLING,
    title: 'Vertiefungsworkshop Storytelling',
    durationDays: 1,
    dayStart: '09:30',
    dayEnd: '16:00',
    defaultFormat: ONLINE,
    attendanceRequired: true,
    gapDays: 35,
  },
  {
    kind: TRANSFERWERKSTATT,
    title: 'Transferwerkstatt',
    durationDays: 2,
    dayStart: '10:00',
    dayEnd: '17:00',
    defaultFormat: IN_PERSON,
    attendanceRequired: true,
    gapDays: 42,
  },
];

/** The cohort whose workshop cycle the demo shows: the 5th. */
export const DEMO_WORKSHOP_COHORT = 5;

/** The day the program manager planned the 5th cohort's cycle from the template. */
export const DEMO_CYCLE_PLANNED_ON = '2024-10-07';

/** The day the whole cycle was published, six weeks before the kick-off. */
export const DEMO_CYCLE_PUBLISHED_ON = '2024-10-14';

const day = (date: string, startTime: string, endTime: string): DemoDay => ({
  date,
  startTime,
  endTime,
});

/**
 * The 5th cohort's workshops, in the template's order: the kick-off from 27 to 29 November 2024
 * in Berlin, the deep dives online, the Transferwerkstatt in May 2025 in Hamburg. The Berlin
 * venue, the links and the external expert are invented; the KörberForum is a real venue, named
 * as a plausible place, not as a fact about the programme.
 */
export const DEMO_FIFTH_COHORT_WORKSHOPS: readonly DemoWorkshop[] = [
  {
    kind: KICK_OFF,
    description:
      'Kennenlernen, Einführung in den Orientierungsrahmen „Wirkungsvolle Arbeit außerschulischer ' +
      'MINT-Initiativen“ und das Selbstanalyse-Tool, Planung des Workshop-Zyklus vor Ort.',
    days: [
      day('2024-11-27', '09:00', '17:00'),
      day('2024-11-28', '09:00', '17:00'),
      day('2024-11-29', '09:00', '13:00'),
    ],
    place: {
      name: 'Tagungszentrum Berlin-Mitte (Demo)',
      address: 'Beispielstraße 12, 10117 Berlin',
    },
  },
  {
    kind: WIRKUNGSLOGIK,
    description: 'Von der Ausgangslage zur Wirkungslogik: Ziele und Zielgruppen der Initiativen.',
    days: [day('2025-01-22', '09:30', '16:00')],
    onlineUrl: 'https://meet.example.org/mint-qo-5-wirkungslogik',
  },
  {
    kind: WIRKUNGSMESSUNG,
    description: 'Wirkung sichtbar machen: Indikatoren, Erhebungsmethoden und Datenschutz.',
    days: [day('2025-03-05', '09:30', '16:00')],
    onlineUrl: 'https://meet.example.org/mint-qo-5-wirkungsmessung',
    guests: [
      {
        name: 'Dr. Miriam Vogt',
        organisation: 'Institut für Wirkungsorientierung (Demo)',
        contribution: 'Impuls Wirkungsmessung (halber Tag)',
      },
    ],
  },
  {
    kind: STORYTELLING,
    description: 'Wirkung erzählen: Geschichten für Förderer, Presse und die eigene Region.',
    days: [day('2025-04-09', '09:30', '16:00')],
    onlineUrl: 'https://meet.example.org/mint-qo-5-storytelling',
    reschedule: {
      on: '2025-02-10',
      days: [day('2025-04-16', '09:30', '16:00')],
      reason: 'Terminüberschneidung mit einer Fachtagung, an der viele Netzwerke teilnehmen.',
    },
  },
  {
    kind: TRANSFERWERKSTATT,
    description:
      'Austausch mit Alumni und Partnern: Was trägt, was lässt sich übertragen, wie geht es weiter?',
    days: [day('2025-05-21', '10:00', '17:00'), day('2025-05-22', '10:00', '17:00')],
    place: {
      name: 'Körber-Stiftung, KörberForum',
      address: 'Kehrwieder 12, 20457 Hamburg',
    },
  },
];

/**
 * Where a network's coordinator did not attend a workshop of the 5th cohort (everyone else
 * attended every workshop they held a place for). Only invented networks: the real ones complete
 * their cycle.
 */
export const DEMO_ABSENCES: readonly DemoAbsence[] = [
  {
    network: 'MINT-Cluster Allgäu (Demo)',
    kind: WIRKUNGSMESSUNG,
    status: AttendanceStatus.EXCUSED,
  },
  {
    network: 'MINT-Region Westmecklenburg (Demo)',
    kind: STORYTELLING,
    status: AttendanceStatus.EXCUSED,
  },
  {
    network: 'Forscherwerkstatt Saar (Demo)',
    kind: WIRKUNGSLOGIK,
    status: AttendanceStatus.NO_SHOW,
  },
  // Its coordinator was about to leave (end of January); the network withdrew in February.
  {
    network: DEMO_WITHDRAWN_NETWORK,
    kind: WIRKUNGSLOGIK,
    status: AttendanceStatus.EXCUSED,
  },
];

/** The 5th cohort's cycle: planned in October 2024, published six weeks before the kick-off. */
export const DEMO_FIFTH_COHORT_CYCLE: DemoCycle = {
  workshops: DEMO_FIFTH_COHORT_WORKSHOPS,
  plannedOn: DEMO_CYCLE_PLANNED_ON,
  publishedOn: DEMO_CYCLE_PUBLISHED_ON,
  absences: DEMO_ABSENCES,
};
