import { CohortStatus } from '@zyklus/cohorts';

/** The demo programme: the MINT-Qualitätsoffensive and its first five cohorts. */
export const DEMO_PROGRAMME = {
  name: 'MINT-Qualitätsoffensive',
  timeZone: 'Europe/Berlin',
};

/** A program manager to sign in as: the link arrives in ./data/outbox. Invented. */
export const DEMO_MANAGER = {
  name: 'Petra Sommer',
  email: 'programm@example.org',
};

/**
 * Cohorts 1–5. The pilot had 16 pilot regions; the 5th cohort started with its kick-off in late
 * November 2024 with 20 networks. Dates of cohorts 1–4 are plausible, not official.
 */
export const DEMO_COHORTS = [
  {
    number: 1,
    title: '1. Qualifizierungsdurchgang (Pilot)',
    startDate: '2020-11-16',
    endDate: '2021-10-29',
    capacity: 16,
  },
  {
    number: 2,
    title: '2. Qualifizierungsdurchgang',
    startDate: '2021-11-22',
    endDate: '2022-10-28',
    capacity: 18,
  },
  {
    number: 3,
    title: '3. Qualifizierungsdurchgang',
    startDate: '2022-11-21',
    endDate: '2023-10-27',
    capacity: 20,
  },
  {
    number: 4,
    title: '4. Qualifizierungsdurchgang',
    startDate: '2023-11-20',
    endDate: '2024-10-25',
    capacity: 20,
  },
  {
    number: 5,
    title: '5. Qualifizierungsdurchgang',
    startDate: '2024-11-27',
    endDate: '2025-10-31',
    capacity: 20,
  },
] as const;

/** A cohort's status as its dates say on `today` (ISO date). */
export function statusOn(
  today: string,
  cohort: { startDate: string; endDate: string },
): CohortStatus {
  if (cohort.endDate < today) return CohortStatus.COMPLETED;
  if (cohort.startDate <= today) return CohortStatus.RUNNING;
  return CohortStatus.PLANNED;
}
