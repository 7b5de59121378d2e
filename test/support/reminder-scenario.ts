import { Type } from '@nestjs/common';
import { CohortEntity, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { GraphQLClient } from './graphql-client';
import { parseCalendar } from './ical';
import { SmtpSink } from './smtp-sink';
import { TestApp } from './test-app';

/** The GraphQL documents the reminder tests use. */
export const DOCS = {
  createRule: `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`,
  updateRule: `mutation ($input: UpdateReminderRuleInput!) { updateReminderRule(input: $input) { id enabled } }`,
  rules: `query ($id: ID!) { reminderRules(programmeId: $id) { id offsetDays } }`,
  createWorkshop: `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
  updateWorkshop: `mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { sequence } }`,
  publish: `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`,
  complete: `mutation ($id: ID!) { completeWorkshop(id: $id) { status } }`,
  reschedule: `mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { sequence } }`,
  cancel: `mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { status } }`,
  withdraw: `mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { status } }`,
  setCoordinator: `mutation ($input: SetNetworkCoordinatorInput!) { setNetworkCoordinator(input: $input) { id } }`,
  preview: `query ($id: ID!) { previewReminders(ruleId: $id) { dueAt status reason recipient { name } workshop { title } } }`,
  ledger: `query ($eventId: ID, $status: [ReminderStatus!]) {
    reminders(eventId: $eventId, status: $status, first: 100) {
      totalCount
      nodes { id kind status dueAt attempts reason lastError messageId recipient { name } rule { offsetDays } }
    }
  }`,
};

/** A ledger row as the GraphQL API shows it. */
export interface LedgerRow {
  id: string;
  kind: string;
  status: string;
  dueAt: string;
  attempts: number;
  reason: string | null;
  lastError: string | null;
  messageId: string | null;
  recipient: { name: string } | null;
  rule: { offsetDays: number } | null;
}

/**
 * The .ics attached to a mail, as text; every one is read by an independent parser too
 * (Mozilla's ical.js), which fails the test on a calendar it cannot read.
 */
export function calendarOf(mail: ParsedMail): string {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error(`No calendar in "${mail.subject}"`);
  const text = ics.content.toString('utf8');
  parseCalendar(text);
  return text;
}

/** "Anna Alt: Erinnerung: …" for each mail, sorted: who got what. */
export function mailsOf(mails: readonly ParsedMail[]): string[] {
  return mails
    .map((m) => `${m.to && 'value' in m.to ? m.to.value[0]?.name : ''}: ${m.subject}`)
    .sort();
}

export interface ScenarioOptions {
  /** The workshop's one day (default Monday 31 March 2025, the week the clocks go forward). */
  date?: string;
  /** The programme's default rules, as offsets in days before the start. */
  offsets?: number[];
  /** People of Zyklus who facilitate the workshop. */
  facilitators?: PersonEntity[];
  /** More coordinators taking part, besides Anna and Ben. */
  others?: Partial<PersonEntity>[];
}

/**
 * Builds the reminder scenarios on one test app: a running cohort with two active coordinators
 * (Anna Alt, Ben Brandt), the programme's default rules (7 days and 1 day before the start) and
 * a published one-day online workshop at 09:00–16:00 Berlin time.
 */
export class ReminderScenarios {
  constructor(
    private readonly t: TestApp,
    private readonly pm: GraphQLClient,
  ) {}

  async workshop({
    date = '2025-03-31',
    offsets = [-7, -1],
    facilitators = [],
    others = [],
  }: ScenarioOptions = {}) {
    const { t, pm } = this;
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const anna = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Anna Alt',
    });
    const ben = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Ben Brandt',
    });
    const more = [];
    for (const person of others) {
      more.push(await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, person));
    }
    for (const offsetDays of offsets) {
      await pm.data(DOCS.createRule, { input: { programmeId: programme.id, offsetDays } });
    }
    const workshopId = await publishedWorkshop(pm, cohort.id, date, {
      facilitators: facilitators.map((f) => ({ personId: f.id })),
    });
    return { programme, cohort, anna, ben, others: more, workshopId };
  }

  /** Moves the workshop to one day at these times. */
  reschedule(id: string, date: string, startTime = '09:00', endTime = '16:00') {
    return this.pm.data(DOCS.reschedule, {
      input: { id, days: [{ date, startTime, endTime }] },
    });
  }

  cancel(id: string, reason = 'Referentin erkrankt') {
    return this.pm.data(DOCS.cancel, { input: { id, reason } });
  }

  withdraw(participationId: string) {
    return this.pm.data(DOCS.withdraw, {
      input: { id: participationId, reason: 'Stelle unbesetzt' },
    });
  }

  /** A rule of the programme by its offset in days. */
  async rule(programmeId: string, offsetDays: number): Promise<string> {
    const { reminderRules } = await this.pm.data(DOCS.rules, { id: programmeId });
    return reminderRules.find((r: { offsetDays: number }) => r.offsetDays === offsetDays).id;
  }

  async ledger(eventId: string): Promise<LedgerRow[]> {
    return (await this.pm.data(DOCS.ledger, { eventId })).reminders.nodes as LedgerRow[];
  }

  /** More active coordinators in the cohort (written straight to the database). */
  async coordinators(cohort: CohortEntity, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await this.t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    }
  }

  /** A second dispatcher instance on the same database, as another process would be. */
  instance(name: string): ReminderDispatcher {
    const dispatcher = this.t.app.get(ReminderDispatcher);
    const other = Object.create(ReminderDispatcher.prototype) as ReminderDispatcher;
    return Object.assign(other, dispatcher, { instance: name });
  }

  /**
   * Each test plans its own workshop in the same weeks: earlier tests' reminders stand down,
   * and the clock goes back to 1 March 2025, 10:00 Berlin time.
   */
  async reset(): Promise<void> {
    await this.t.app
      .get(DataSource)
      .query(
        `UPDATE reminder SET status = 'CANCELLED', reason = 'test done' WHERE status = 'PENDING'`,
      );
    this.t.clock.set('2025-03-01T09:00:00Z');
  }
}

/**
 * Creates and publishes the online one-day workshop "Wirkungsmessung" (09:00–16:00 Berlin time)
 * in a cohort, as a program manager would; answers its id.
 */
export async function publishedWorkshop(
  pm: GraphQLClient,
  cohortId: string,
  date: string,
  more: Record<string, unknown> = {},
): Promise<string> {
  const { createWorkshop } = await pm.data(DOCS.createWorkshop, {
    input: {
      cohortId,
      kind: 'WIRKUNGSMESSUNG',
      title: 'Wirkungsmessung',
      format: 'ONLINE',
      onlineUrl: 'https://meet.example.org/wirkungsmessung',
      days: [{ date, startTime: '09:00', endTime: '16:00' }],
      ...more,
    },
  });
  await pm.data(DOCS.publish, { id: createWorkshop.id });
  return createWorkshop.id as string;
}

/** One test app sending to a real SMTP server, for a file of reminder tests. */
export class ReminderHarness {
  readonly dispatcher: ReminderDispatcher;
  readonly given: ReminderScenarios;

  private constructor(
    readonly sink: SmtpSink,
    readonly t: TestApp,
    readonly pm: GraphQLClient,
  ) {
    this.dispatcher = t.app.get(ReminderDispatcher);
    this.given = new ReminderScenarios(t, pm);
  }

  static async start(env: NodeJS.ProcessEnv = {}, modules: Type[] = []): Promise<ReminderHarness> {
    const sink = await SmtpSink.start();
    const t = await TestApp.start({ SMTP_URL: sink.url, ...env }, undefined, modules);
    return new ReminderHarness(sink, t, await t.manager());
  }

  /** Each test starts on its own data and an empty mailbox. */
  async reset(): Promise<void> {
    await this.given.reset();
    this.sink.clear();
  }

  async close(): Promise<void> {
    await this.t.close();
    await this.sink.close();
  }
}
