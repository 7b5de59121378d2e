import { Bundesland, NetworkKind } from '@zyklus/cohorts';
import { addDays, Language } from '@zyklus/common';
import { AttendanceStatus, proposeCycle, WorkshopKind } from '@zyklus/workshops';
import { DemoNetwork } from './demo-networks';
import { DEMO_CYCLE_TEMPLATE, DemoCycle, DemoWorkshop } from './demo-workshops';

/**
 * The demo's running cohort: a 6th Qualifizierungsdurchgang dated around the day the demo is
 * seeded, so that a newcomer always finds something coming up — its kick-off five weeks ago, its
 * first deep dive in a few days (whose reminders go out while the server runs), the rest of the
 * cycle proposed as drafts. Cohorts 1–5 keep their real dates; the 6th is only seeded from 2026
 * on, once the 5th is over.
 *
 * ALL INVENTED: the networks and people of the 6th cohort are made up for the demo and marked
 * " (Demo)".
 */
export const DEMO_CURRENT_COHORT_NUMBER = 6;

/** From this day on the demo has its running 6th cohort. */
export const DEMO_CURRENT_COHORT_FROM = '2026-01-01';

/** Weeks from the 6th cohort's kick-off to the day the demo is seeded. */
const KICK_OFF_WEEKS_AGO = 5;

/** Days from the day the demo is seeded to the 6th cohort's first deep dive (at least). */
const DEEP_DIVE_DAYS_AHEAD = 3;

/** Days before the seeding that the program manager switched reminders on. */
export const DEMO_REMINDERS_DAYS_AGO = 14;

/** The networks of the 6th cohort; the cohort number is filled in by `currentCohort`. */
const NETWORKS: readonly Omit<DemoNetwork, 'cohort'>[] = [
  {
    name: 'MINT-Region Bodensee (Demo)',
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.BADEN_WUERTTEMBERG,
    city: 'Friedrichshafen',
    coordinators: [{ name: 'Lena Hartmann', from: '2024-05-01' }],
  },
  {
    name: 'zdi-Zentrum Niederrhein (Demo)',
    kind: NetworkKind.ZDI_ZENTRUM,
    bundesland: Bundesland.NORDRHEIN_WESTFALEN,
    city: 'Kleve',
    coordinators: [{ name: 'Tobias Brandt', from: '2023-09-01' }],
  },
  {
    name: 'MINT-Netzwerk Oberlausitz (Demo)',
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.SACHSEN,
    city: 'Görlitz',
    coordinators: [{ name: 'Anja Kühn', from: '2025-01-15' }],
  },
  {
    name: 'MINT-Cluster Rhein-Neckar (Demo)',
    kind: NetworkKind.MINT_CLUSTER,
    bundesland: Bundesland.BADEN_WUERTTEMBERG,
    city: 'Mannheim',
    coordinators: [{ name: 'Emma Clarke', from: '2024-10-01', language: Language.EN }],
  },
  {
    name: 'MINT-Region Nordhessen (Demo)',
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.HESSEN,
    city: 'Kassel',
    coordinators: [{ name: 'Florian Roth', from: '2022-03-01' }],
  },
  {
    name: 'MINT-Netzwerk Ostfriesland (Demo)',
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.NIEDERSACHSEN,
    city: 'Aurich',
    coordinators: [{ name: 'Wiebke Janssen', from: '2024-02-01' }],
  },
  {
    name: 'MINT-Region Weimarer Land (Demo)',
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.THUERINGEN,
    city: 'Apolda',
    coordinators: [{ name: 'Paul Neumann', from: '2025-04-01' }],
  },
  {
    name: 'MINT-Netzwerk Bremen-Nord (Demo)',
    kind: NetworkKind.OTHER,
    bundesland: Bundesland.BREMEN,
    city: 'Bremen',
    coordinators: [{ name: 'Selin Arslan', from: '2023-11-01' }],
  },
];

/** The 6th cohort as of `today`: its dates, networks and workshop cycle. */
export interface CurrentCohort {
  cohort: {
    number: number;
    title: string;
    startDate: string;
    endDate: string;
    capacity: number;
  };
  networks: DemoNetwork[];
  cycle: DemoCycle;
  /** The day the program manager switched on the programme's reminder rules. */
  remindersFrom: string;
}

/** The 6th cohort around `today` (ISO date), or null before `DEMO_CURRENT_COHORT_FROM`. */
export function currentCohort(today: string): CurrentCohort | null {
  if (today < DEMO_CURRENT_COHORT_FROM) return null;
  const [kickOffStep, deepDiveStep, ...laterSteps] = DEMO_CYCLE_TEMPLATE;
  // Planned with the product's own planner: a kick-off on three weekdays five weeks ago, the
  // first deep dive on the first weekday at least three days ahead, the rest as the template's
  // gaps propose from there (still drafts).
  const firstDays = (step: (typeof DEMO_CYCLE_TEMPLATE)[number], from: string) =>
    proposeCycle([step], from)[0]!.days!;
  const kickOff = firstDays(kickOffStep!, addDays(today, -7 * KICK_OFF_WEEKS_AGO));
  const deepDive = firstDays(deepDiveStep!, addDays(today, DEEP_DIVE_DAYS_AHEAD));
  const startDate = kickOff[0]!.date;
  const span = (days: readonly { date: string }[]) => ({
    first: days[0]!.date,
    last: days[days.length - 1]!.date,
  });
  const fixed = new Map([
    [kickOffStep!, span(kickOff)],
    [deepDiveStep!, span(deepDive)],
  ]);
  const later = proposeCycle(DEMO_CYCLE_TEMPLATE, startDate, fixed).slice(2);
  const number = DEMO_CURRENT_COHORT_NUMBER;

  const workshops: DemoWorkshop[] = [
    {
      kind: WorkshopKind.KICK_OFF,
      description:
        'Kennenlernen, Einführung in den Orientierungsrahmen und das Selbstanalyse-Tool, ' +
        'Planung des Workshop-Zyklus vor Ort.',
      days: kickOff,
      place: { name: 'Tagungshaus Kassel (Demo)', address: 'Musterweg 3, 34117 Kassel' },
    },
    {
      kind: WorkshopKind.WIRKUNGSLOGIK,
      description: 'Von der Ausgangslage zur Wirkungslogik: Ziele und Zielgruppen der Initiativen.',
      days: deepDive,
      onlineUrl: `https://meet.example.org/mint-qo-${number}-wirkungslogik`,
    },
    ...laterSteps.map((step, i) => ({
      kind: step.kind,
      description: `${step.title}: Termin vorgeschlagen, noch nicht veröffentlicht.`,
      days: later[i]!.days!,
      draft: true,
    })),
  ];
  return {
    cohort: {
      number,
      title: `${number}. Qualifizierungsdurchgang`,
      startDate,
      endDate: addDays(startDate, 7 * 48 + 2),
      capacity: 20,
    },
    networks: NETWORKS.map((network) => ({ ...network, cohort: number })),
    cycle: {
      workshops,
      plannedOn: addDays(startDate, -49),
      publishedOn: addDays(startDate, -42),
      absences: [
        {
          network: 'MINT-Region Weimarer Land (Demo)',
          kind: WorkshopKind.KICK_OFF,
          status: AttendanceStatus.EXCUSED,
        },
      ],
    },
    remindersFrom: addDays(today, -DEMO_REMINDERS_DAYS_AGO),
  };
}
