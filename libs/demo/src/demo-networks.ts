import { Bundesland, NetworkKind } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';

/** A person's period as coordinator of a network: from `from` to `until` (open-ended without). */
export interface DemoCoordination {
  /** Invented; the address is derived from it (vorname.nachname@example.org). */
  name: string;
  from: string;
  until?: string;
  /** German unless stated. */
  language?: Language;
}

/** A network, the cohort it takes part in, its coordinators in order, and its story there. */
export interface DemoNetwork {
  name: string;
  kind: NetworkKind;
  bundesland: Bundesland;
  /** City or region. */
  city: string;
  /** Number of the cohort (1–5) it takes part in. */
  cohort: number;
  coordinators: readonly DemoCoordination[];
  /** The network left mid-cohort (from ACTIVE) on `on`, for `reason`. */
  withdrawal?: { on: string; reason: string };
  /**
   * The cohort was full when the network enrolled: it waited, moved up into the place a
   * withdrawal freed on `movedUpOn`, and started the cycle on `activeFrom`.
   */
  lateEntry?: { movedUpOn: string; activeFrom: string };
}

const { MINT_REGION, MINT_CLUSTER, ZDI_ZENTRUM, OTHER } = NetworkKind;
const {
  BADEN_WUERTTEMBERG,
  BAYERN,
  BERLIN,
  BRANDENBURG,
  BREMEN,
  HAMBURG,
  HESSEN,
  MECKLENBURG_VORPOMMERN,
  NIEDERSACHSEN,
  NORDRHEIN_WESTFALEN,
  RHEINLAND_PFALZ,
  SAARLAND,
  SACHSEN,
  SACHSEN_ANHALT,
  SCHLESWIG_HOLSTEIN,
  THUERINGEN,
} = Bundesland;

/**
 * Three alumni of earlier cohorts who coordinate a network of the 5th cohort: each ended their
 * earlier coordination after their cohort was completed and took over another network later.
 */
const THOMAS_BECKER = 'Thomas Becker';
const JAN_HOFFMANN = 'Jan Hoffmann';
const STEFANIE_RICHTER = 'Stefanie Richter';

/**
 * Cohorts 1–4: three networks each that completed their cohort, so the 5th cohort has alumni.
 *
 * ALL INVENTED: these networks and everyone in them are made up for the demo and marked by the
 * suffix " (Demo)" in their names. Any likeness to a real network is unintended.
 */
export const DEMO_ALUMNI_NETWORKS: readonly DemoNetwork[] = [
  {
    name: 'MINT-Netzwerk Westerwald (Demo)',
    kind: MINT_REGION,
    bundesland: RHEINLAND_PFALZ,
    city: 'Montabaur',
    cohort: 1,
    coordinators: [
      { name: THOMAS_BECKER, from: '2019-02-01', until: '2021-12-31' },
      { name: 'Melanie Schulz', from: '2022-01-01' },
    ],
  },
  {
    name: 'MINT-Cluster Saarpfalz (Demo)',
    kind: MINT_CLUSTER,
    bundesland: SAARLAND,
    city: 'Homburg',
    cohort: 1,
    coordinators: [{ name: 'Andrea Schmitt', from: '2018-06-01' }],
  },
  {
    name: 'MINT-Region Heidekreis (Demo)',
    kind: MINT_REGION,
    bundesland: NIEDERSACHSEN,
    city: 'Soltau',
    cohort: 1,
    coordinators: [{ name: 'Sabine Krüger', from: '2019-04-01' }],
  },
  {
    name: 'MINT-Netzwerk Werra-Meißner (Demo)',
    kind: MINT_REGION,
    bundesland: HESSEN,
    city: 'Eschwege',
    cohort: 2,
    coordinators: [
      { name: JAN_HOFFMANN, from: '2020-03-01', until: '2023-06-30' },
      { name: 'Daniel Fischer', from: '2023-07-01' },
    ],
  },
  {
    name: 'MINT-Region Vorpommern (Demo)',
    kind: MINT_REGION,
    bundesland: MECKLENBURG_VORPOMMERN,
    city: 'Greifswald',
    cohort: 2,
    coordinators: [{ name: 'Katrin Möller', from: '2019-10-01' }],
  },
  {
    name: 'zdi-Netzwerk Hellweg (Demo)',
    kind: ZDI_ZENTRUM,
    bundesland: NORDRHEIN_WESTFALEN,
    city: 'Soest',
    cohort: 2,
    coordinators: [{ name: 'Miriam Yilmaz', from: '2020-01-15' }],
  },
  {
    name: 'MINT-Region Uckermark (Demo)',
    kind: MINT_REGION,
    bundesland: BRANDENBURG,
    city: 'Prenzlau',
    cohort: 3,
    coordinators: [
      { name: STEFANIE_RICHTER, from: '2021-08-01', until: '2024-01-31' },
      { name: 'Christian Wagner', from: '2024-02-01' },
    ],
  },
  {
    name: 'MINT-Region Erzgebirge (Demo)',
    kind: MINT_REGION,
    bundesland: SACHSEN,
    city: 'Annaberg-Buchholz',
    cohort: 3,
    coordinators: [{ name: 'Frank Lehmann', from: '2020-11-01' }],
  },
  {
    name: 'MINT-Cluster Unterweser (Demo)',
    kind: MINT_CLUSTER,
    bundesland: BREMEN,
    city: 'Bremerhaven',
    cohort: 3,
    coordinators: [{ name: 'Nadine Wolf', from: '2021-04-01', language: Language.EN }],
  },
  {
    name: 'MINT-Netzwerk Nordthüringen (Demo)',
    kind: MINT_REGION,
    bundesland: THUERINGEN,
    city: 'Nordhausen',
    cohort: 4,
    coordinators: [{ name: 'Oliver Braun', from: '2022-09-01' }],
  },
  {
    name: 'MINT-Cluster Berlin-Südwest (Demo)',
    kind: MINT_CLUSTER,
    bundesland: BERLIN,
    city: 'Berlin',
    cohort: 4,
    coordinators: [{ name: 'Julia Neumann', from: '2023-01-01' }],
  },
  {
    name: 'MINT-Netzwerk Ostholstein (Demo)',
    kind: MINT_REGION,
    bundesland: SCHLESWIG_HOLSTEIN,
    city: 'Eutin',
    cohort: 4,
    coordinators: [{ name: 'Lars Petersen', from: '2022-05-01' }],
  },
];

/**
 * The 5th cohort's real networks, named in the programme's public reports. Their coordinators
 * are invented, and so is their course through the cohort (all complete). Kind, state and city
 * are plausible, not official: the state and city of "MINT ins Land" in particular are guessed.
 * No websites: we do not make up addresses for real organisations.
 */
export const DEMO_REAL_NETWORKS: readonly DemoNetwork[] = [
  {
    name: 'MagdeMINT',
    kind: MINT_REGION,
    bundesland: SACHSEN_ANHALT,
    city: 'Magdeburg',
    cohort: 5,
    coordinators: [{ name: 'Kerstin Lorenz', from: '2021-09-01' }],
  },
  {
    name: 'MINT Community 4.OWL',
    kind: MINT_REGION,
    bundesland: NORDRHEIN_WESTFALEN,
    city: 'Ostwestfalen-Lippe',
    cohort: 5,
    coordinators: [{ name: 'Markus Schäfer', from: '2022-02-01' }],
  },
  {
    name: 'MINT ins Land',
    kind: MINT_REGION,
    bundesland: SCHLESWIG_HOLSTEIN,
    city: 'Kiel',
    cohort: 5,
    coordinators: [{ name: 'Tanja Brandt', from: '2023-03-01' }],
  },
  {
    name: 'MAKEitREAL',
    kind: MINT_CLUSTER,
    bundesland: BADEN_WUERTTEMBERG,
    city: 'Heilbronn-Franken',
    cohort: 5,
    coordinators: [{ name: 'Florian Keller', from: '2021-01-01' }],
  },
  {
    name: 'MINT-Region Ostwürttemberg',
    kind: MINT_REGION,
    bundesland: BADEN_WUERTTEMBERG,
    city: 'Ostwürttemberg',
    cohort: 5,
    coordinators: [{ name: 'Sandra Graf', from: '2020-05-01' }],
  },
  {
    name: 'MINTmobil Bamberg',
    kind: MINT_CLUSTER,
    bundesland: BAYERN,
    city: 'Bamberg',
    cohort: 5,
    coordinators: [{ name: 'Tobias Huber', from: '2022-10-01' }],
  },
  {
    name: 'Zukunftswerker',
    kind: MINT_REGION,
    bundesland: BAYERN,
    city: 'Landshut',
    cohort: 5,
    coordinators: [{ name: 'Verena Maier', from: '2021-06-01' }],
  },
  {
    name: 'MINT-Campus Dachau',
    kind: MINT_REGION,
    bundesland: BAYERN,
    city: 'Dachau',
    cohort: 5,
    coordinators: [{ name: 'Benedikt Seidl', from: '2023-09-01' }],
  },
  {
    name: 'Sensor Space',
    kind: MINT_CLUSTER,
    bundesland: THUERINGEN,
    city: 'Hermsdorf',
    cohort: 5,
    coordinators: [{ name: 'Anne Franke', from: '2022-04-01' }],
  },
];

/** The network whose coordinator leaves mid-cohort; the successor completes the cohort. */
export const DEMO_TURNOVER_NETWORK = 'MINT-Region Lausitz (Demo)';

/** The network that withdraws mid-cohort, after its coordinator left and nobody followed. */
export const DEMO_WITHDRAWN_NETWORK = 'MINT-Netzwerk Altmark (Demo)';

/** The network that waits for a place and moves up when the withdrawal frees one. */
export const DEMO_LATE_NETWORK = 'MINT-Netzwerk Dithmarschen (Demo)';

/**
 * The 5th cohort's other networks.
 *
 * ALL INVENTED: these networks and everyone in them are made up for the demo and marked by the
 * suffix " (Demo)" in their names. Any likeness to a real network is unintended. Twenty networks
 * start the cohort (the nine real ones and eleven of these); one withdraws in February and the
 * network from the waiting list takes its place, so twenty complete it.
 */
export const DEMO_INVENTED_NETWORKS: readonly DemoNetwork[] = [
  {
    name: 'zdi-Zentrum Ruhr-Mitte (Demo)',
    kind: ZDI_ZENTRUM,
    bundesland: NORDRHEIN_WESTFALEN,
    city: 'Gelsenkirchen',
    cohort: 5,
    coordinators: [{ name: 'Yasemin Aydin', from: '2022-08-01' }],
  },
  {
    name: 'MINT-Cluster Nordsee (Demo)',
    kind: MINT_CLUSTER,
    bundesland: NIEDERSACHSEN,
    city: 'Wilhelmshaven',
    cohort: 5,
    coordinators: [{ name: 'Hendrik Janssen', from: '2023-05-01', language: Language.EN }],
  },
  {
    name: 'MINT-Region Hunsrück (Demo)',
    kind: MINT_REGION,
    bundesland: RHEINLAND_PFALZ,
    city: 'Simmern',
    cohort: 5,
    coordinators: [{ name: THOMAS_BECKER, from: '2022-01-01' }],
  },
  {
    name: 'MINT-Netzwerk Vogelsberg (Demo)',
    kind: MINT_REGION,
    bundesland: HESSEN,
    city: 'Lauterbach',
    cohort: 5,
    coordinators: [{ name: JAN_HOFFMANN, from: '2023-07-01' }],
  },
  {
    name: DEMO_TURNOVER_NETWORK,
    kind: MINT_REGION,
    bundesland: BRANDENBURG,
    city: 'Cottbus',
    cohort: 5,
    coordinators: [
      { name: 'Matthias Schröder', from: '2021-05-01', until: '2025-03-31' },
      { name: 'Lea Hartmann', from: '2025-04-01' },
    ],
  },
  {
    name: 'MINT-Netzwerk Mittelsachsen (Demo)',
    kind: MINT_REGION,
    bundesland: SACHSEN,
    city: 'Freiberg',
    cohort: 5,
    coordinators: [{ name: 'Claudia Kaiser', from: '2022-11-01' }],
  },
  {
    name: 'MINT-Region Westmecklenburg (Demo)',
    kind: MINT_REGION,
    bundesland: MECKLENBURG_VORPOMMERN,
    city: 'Wismar',
    cohort: 5,
    coordinators: [{ name: 'Jens Koch', from: '2023-02-01' }],
  },
  {
    name: 'Forscherwerkstatt Saar (Demo)',
    kind: OTHER,
    bundesland: SAARLAND,
    city: 'Saarbrücken',
    cohort: 5,
    coordinators: [{ name: 'Laura Weber', from: '2024-03-01' }],
  },
  {
    name: 'MINT-Netzwerk Hamburg-Ost (Demo)',
    kind: OTHER,
    bundesland: HAMBURG,
    city: 'Hamburg',
    cohort: 5,
    coordinators: [{ name: STEFANIE_RICHTER, from: '2024-02-01' }],
  },
  {
    name: 'MINT-Cluster Allgäu (Demo)',
    kind: MINT_CLUSTER,
    bundesland: BAYERN,
    city: 'Kempten (Allgäu)',
    cohort: 5,
    coordinators: [{ name: 'Simon Berger', from: '2021-10-01' }],
  },
  {
    name: DEMO_LATE_NETWORK,
    kind: MINT_REGION,
    bundesland: SCHLESWIG_HOLSTEIN,
    city: 'Heide',
    cohort: 5,
    coordinators: [{ name: 'Maren Thomsen', from: '2023-04-01' }],
    lateEntry: { movedUpOn: '2025-02-24', activeFrom: '2025-03-03' },
  },
  {
    name: DEMO_WITHDRAWN_NETWORK,
    kind: MINT_REGION,
    bundesland: SACHSEN_ANHALT,
    city: 'Stendal',
    cohort: 5,
    coordinators: [{ name: 'Heike Zimmermann', from: '2020-09-01', until: '2025-01-31' }],
    withdrawal: { on: '2025-02-14', reason: 'Koordinationsstelle nicht nachbesetzt' },
  },
];

/** Every demo network, earliest cohort first. */
export const DEMO_NETWORKS: readonly DemoNetwork[] = [
  ...DEMO_ALUMNI_NETWORKS,
  ...DEMO_REAL_NETWORKS,
  ...DEMO_INVENTED_NETWORKS,
];

/** The names of the real networks of the 5th cohort. */
export const DEMO_REAL_NETWORK_NAMES = DEMO_REAL_NETWORKS.map((network) => network.name);

/** "Jürgen Weiß" → "juergen.weiss@example.org". */
export function demoEmail(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  return `${ascii.trim().split(/\s+/).join('.')}@example.org`;
}
