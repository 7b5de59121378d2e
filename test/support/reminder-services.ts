import { CohortEntity, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Actor, PersonEntity, Role } from '@zyklus/identity';
import {
  ReminderDispatcher,
  ReminderPlanner,
  ReminderRuleEntity,
  RemindersModule,
} from '@zyklus/reminders';
import { WorkshopsModule } from '@zyklus/workshops';

/** The workshops' kind is the one these services exercise the reminders with. */
export { WorkshopFormat } from '@zyklus/workshops';
import { DataSource } from 'typeorm';
// Services a resolver calls, which the libraries do not export: the tests call them the same way.
import { CreateReminderRuleInput } from '../../libs/reminders/src/rule/inputs/reminder-rule.inputs';
import { ReminderRuleService } from '../../libs/reminders/src/rule/reminder-rule.service';
import {
  CreateWorkshopInput,
  UpdateWorkshopInput,
} from '../../libs/workshops/src/workshop/inputs/workshop.inputs';
import { WorkshopScheduleService } from '../../libs/workshops/src/workshop/workshop-schedule.service';
import { WorkshopService } from '../../libs/workshops/src/workshop/workshop.service';
import { ServiceTestModule } from './service-module';
import { SmtpSink } from './smtp-sink';
import { TestClock } from './test-clock';

/** A ledger row as the tests read it, with the recipient's name and the rule's offset. */
export interface Row {
  id: string;
  kind: string;
  status: string;
  due_at: Date;
  reason: string | null;
  sequence: number | null;
  message_id: string | null;
  last_error: string | null;
  name: string | null;
  offset_days: number | null;
  audience: string | null;
}

/**
 * The reminder services on their own PostgreSQL database, sending to a real SMTP server in this
 * process, with a clock the test sets: no HTTP, no GraphQL. Changes go through the services a
 * resolver would call, as a program manager.
 */
export class ReminderServices {
  readonly dispatcher: ReminderDispatcher;
  readonly planner: ReminderPlanner;
  readonly rules: ReminderRuleService;
  readonly workshops: WorkshopService;
  readonly schedule: WorkshopScheduleService;
  readonly db: DataSource;

  private constructor(
    readonly t: ServiceTestModule,
    readonly sink: SmtpSink,
    readonly clock: TestClock,
    readonly pm: Actor,
  ) {
    this.dispatcher = t.get(ReminderDispatcher);
    this.planner = t.get(ReminderPlanner);
    this.rules = t.get(ReminderRuleService);
    this.workshops = t.get(WorkshopService);
    this.schedule = t.get(WorkshopScheduleService);
    this.db = t.get(DataSource);
  }

  static async start(env: NodeJS.ProcessEnv = {}): Promise<ReminderServices> {
    const sink = await SmtpSink.start();
    const clock = new TestClock('2025-03-01T09:00:00Z');
    const t = await ServiceTestModule.start(
      [RemindersModule, WorkshopsModule],
      { SMTP_URL: sink.url, JWT_SECRET: 'test-secret-that-is-long-enough-for-the-check', ...env },
      clock,
    );
    const manager = await t.given.person({ name: 'Petra Planer', roles: [Role.PROGRAM_MANAGER] });
    const pm = new Actor(manager.id, manager.roles, Language.DE);
    return new ReminderServices(t, sink, clock, pm);
  }

  get given() {
    return this.t.given;
  }

  /** Each test on its own data, an empty mailbox, 1 March 2025 10:00 Berlin time. */
  async reset(): Promise<void> {
    await this.db.query(
      `UPDATE reminder SET status = 'CANCELLED', reason = 'test done' WHERE status = 'PENDING'`,
    );
    this.sink.clear();
    this.sink.onAccept = null;
    this.clock.set('2025-03-01T09:00:00Z');
  }

  async close(): Promise<void> {
    await this.t.close();
    await this.sink.close();
  }

  /**
   * A running cohort with Anna Alt and Ben Brandt coordinating active networks, the programme's
   * rules (days before the start), and the published online workshop "Wirkungsmessung" on
   * `date`, 09:00–16:00 Berlin time.
   */
  async workshop(
    options: {
      date?: string;
      offsets?: number[];
      facilitators?: PersonEntity[];
      /** More coordinators taking part, besides Anna and Ben. */
      more?: number;
      input?: Partial<CreateWorkshopInput>;
    } = {},
  ) {
    const { date = '2025-03-31', offsets = [-7, -1], facilitators = [], more = 0 } = options;
    const programme = await this.given.programme();
    const cohort = await this.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const anna = await this.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Anna Alt',
    });
    const ben = await this.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Ben Brandt',
    });
    for (let i = 0; i < more; i++) {
      await this.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    }
    const rules: ReminderRuleEntity[] = [];
    for (const offsetDays of offsets) {
      rules.push(await this.rule({ programmeId: programme.id, offsetDays }));
    }
    const workshopId = await this.publish(cohort, date, {
      facilitators: facilitators.map((f) => ({ personId: f.id })),
      ...options.input,
    });
    return { programme, cohort, anna, ben, rules, workshopId };
  }

  async publish(
    cohort: CohortEntity,
    date: string,
    more: Partial<CreateWorkshopInput> = {},
  ): Promise<string> {
    const workshop = await this.workshops.create(
      this.pm,
      Object.assign(new CreateWorkshopInput(), {
        cohortId: cohort.id,
        kind: 'WIRKUNGSMESSUNG',
        title: 'Wirkungsmessung',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/wirkungsmessung',
        days: [{ date, startTime: '09:00', endTime: '16:00' }],
        ...more,
      }),
    );
    await this.schedule.publish(this.pm, workshop.id);
    return workshop.id;
  }

  rule(input: Partial<CreateReminderRuleInput> & { programmeId: string }) {
    return this.rules.create(this.pm, Object.assign(new CreateReminderRuleInput(), input));
  }

  reschedule(id: string, date: string, startTime = '09:00', endTime = '16:00') {
    return this.schedule.reschedule(this.pm, { id, days: [{ date, startTime, endTime }] });
  }

  update(id: string, changes: Partial<UpdateWorkshopInput>) {
    return this.workshops.update(
      this.pm,
      Object.assign(new UpdateWorkshopInput(), { id, ...changes }),
    );
  }

  cancel(id: string, reason = 'Referentin erkrankt') {
    return this.schedule.cancel(this.pm, { id, reason });
  }

  /** The event's ledger, by due time. */
  ledger(eventId: string): Promise<Row[]> {
    return this.db.query<Row[]>(
      `SELECT r.id, r.kind, r.status, r.due_at, r.reason, r.sequence, r.message_id, r.last_error,
              p.name, rule.offset_days, rule.audience
         FROM reminder r
         LEFT JOIN person p ON p.id = r.recipient_id
         LEFT JOIN reminder_rule rule ON rule.id = r.rule_id
        WHERE r.event_id = $1
        ORDER BY r.due_at, p.name, r.kind`,
      [eventId],
    );
  }

  /** "Anna Alt: Erinnerung: …" for each mail received, sorted. */
  mails(): string[] {
    return this.sink.messages
      .map((m) => `${m.to && 'value' in m.to ? m.to.value[0]?.name : ''}: ${m.subject}`)
      .sort();
  }
}
