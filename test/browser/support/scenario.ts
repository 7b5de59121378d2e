import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { BrowserApp } from './browser-app';

/** A calendar day `days` from today in Berlin, as YYYY-MM-DD. */
export function berlinDay(days = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** The current wall-clock minute in Berlin, as HH:MM. */
export function berlinTime(): string {
  return new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date());
}

/**
 * A programme with a two-step cycle template and a rule "1 day before", a running cohort with
 * two coordinators (MagdeMINT, MINTmobil Bamberg), another cohort, and a program manager.
 */
export async function givenProgramme(app: BrowserApp) {
  const { given } = app;
  const manager = await given.person({
    name: 'Petra Planer',
    email: 'petra@example.org',
    roles: [Role.PROGRAM_MANAGER],
  });
  const programme = await given.programme({ name: 'MINT-Qualitätsoffensive' });
  await app.gql(manager, SET_TEMPLATE, {
    input: {
      programmeId: programme.id,
      steps: [
        {
          kind: 'KICK_OFF',
          title: 'Auftaktworkshop',
          durationDays: 2,
          gapDays: 0,
          defaultFormat: 'IN_PERSON',
        },
        {
          kind: 'WIRKUNGSLOGIK',
          title: 'Vertiefung Wirkungslogik',
          durationDays: 1,
          gapDays: 42,
          defaultFormat: 'ONLINE',
        },
      ],
    },
  });
  await app.gql(manager, CREATE_RULE, { input: { programmeId: programme.id, offsetDays: -1 } });
  const cohort = await given.cohort({
    programmeId: programme.id,
    number: 7,
    title: 'Qualifizierungsdurchgang 2027',
    status: CohortStatus.RUNNING,
    startDate: berlinDay(-10),
    endDate: berlinDay(300),
  });
  const lena = await given.coordinatorIn(
    cohort,
    ParticipationStatus.ACTIVE,
    { name: 'Lena Hartmann', email: 'lena@example.org' },
    { name: 'MagdeMINT', city: 'Magdeburg' },
  );
  const jonas = await given.coordinatorIn(
    cohort,
    ParticipationStatus.ACTIVE,
    { name: 'Jonas Weber', email: 'jonas@example.org' },
    { name: 'MINTmobil Bamberg', city: 'Bamberg' },
  );
  const otherCohort = await given.cohort({
    programmeId: programme.id,
    number: 6,
    status: CohortStatus.RUNNING,
    startDate: berlinDay(-200),
    endDate: berlinDay(100),
  });
  await given.coordinatorIn(otherCohort, ParticipationStatus.ACTIVE, { name: 'Anja Kühn' });
  return { manager, programme, cohort, lena, jonas, otherCohort };
}

const SET_TEMPLATE = `mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id } }`;
const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
