import { Bundesland, CohortStatus, NetworkKind, ParticipationStatus } from '@zyklus/cohorts';
import { TestApp } from './test-app';

/**
 * For the overview and export tests: cohort 7 (capacity 3) with six networks: an alumna's (active), a newcomer's (enrolled),
 * two on the waiting list (queued in the opposite order of their names), a withdrawn one and
 * an invited network without coordinator. Cohort 6 before it, completed by the alumna.
 */
export async function plannedCohort(t: TestApp, n: number) {
  const programme = await t.given.programme();
  const earlier = await t.given.cohort({
    programmeId: programme.id,
    number: 6,
    startDate: '2024-11-25',
    endDate: '2025-10-31',
    status: CohortStatus.COMPLETED,
  });
  const cohort = await t.given.cohort({
    programmeId: programme.id,
    number: 7,
    title: '7. Qualifizierungsdurchgang',
    startDate: '2025-11-24',
    endDate: '2026-10-30',
    capacity: 3,
    status: CohortStatus.RUNNING,
  });
  const person = (name: string) =>
    t.given.person({
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}.${n}@example.org`,
    });
  const alma = await person('Alma Alumna');
  const nele = await person('Nele Neu');
  const wanda = await person('Wanda Warte');
  const xaver = await person('Xaver Spaet');
  const willi = await person('Willi Weg');

  const old = await t.given.network({ name: `Alt-Netz ${n}` });
  await t.given.coordination(old, alma, '2020-01-01', '2025-10-31');
  await t.given.participation(earlier, old, ParticipationStatus.COMPLETED);

  const ammerland = await t.given.network({
    name: `Bildungsregion Ammerland ${n}`,
    kind: NetworkKind.OTHER,
    bundesland: Bundesland.NIEDERSACHSEN,
    city: 'Westerstede',
  });
  await t.given.coordination(ammerland, alma, '2025-11-01');
  await t.given.participation(cohort, ammerland, ParticipationStatus.ACTIVE);

  const ostwuerttemberg = await t.given.network({
    name: `MINT-Region Ostwürttemberg ${n}`,
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.BADEN_WUERTTEMBERG,
    city: 'Aalen',
  });
  await t.given.coordination(ostwuerttemberg, nele, '2025-09-01');
  await t.given.participation(cohort, ostwuerttemberg, ParticipationStatus.ENROLLED);

  const unstaffed = await t.given.network({
    name: `Ohne-Koordination ${n}`,
    kind: NetworkKind.MINT_CLUSTER,
    bundesland: Bundesland.SACHSEN,
    city: 'Chemnitz',
  });
  await t.given.participation(cohort, unstaffed, ParticipationStatus.INVITED);

  const technikland = await t.given.network({
    name: `Technikland Tal ${n}`,
    kind: NetworkKind.MINT_CLUSTER,
    bundesland: Bundesland.THUERINGEN,
    city: 'Jena',
  });
  await t.given.coordination(technikland, wanda, '2024-01-01');
  await t.given.participation(cohort, technikland, ParticipationStatus.WAITLISTED, {
    waitlistedAt: new Date('2026-01-12T10:00:00Z'),
  });

  const xylem = await t.given.network({
    name: `Xylem-Netz ${n}`,
    kind: NetworkKind.MINT_REGION,
    bundesland: Bundesland.BAYERN,
    city: 'Würzburg',
  });
  await t.given.coordination(xylem, xaver, '2024-01-01');
  await t.given.participation(cohort, xylem, ParticipationStatus.WAITLISTED, {
    waitlistedAt: new Date('2026-01-10T10:00:00Z'),
  });

  const zukunft = await t.given.network({
    name: `Zukunftsnetz ${n}`,
    kind: NetworkKind.ZDI_ZENTRUM,
    bundesland: Bundesland.NORDRHEIN_WESTFALEN,
    city: 'Detmold',
  });
  await t.given.coordination(zukunft, willi, '2024-01-01');
  await t.given.participation(cohort, zukunft, ParticipationStatus.WITHDRAWN, {
    withdrawnOn: '2026-01-10',
    withdrawalReason: '=HYPERLINK("https://evil.example";"Details")',
  });

  return { n, cohort, alma, nele, wanda, xaver, willi };
}
