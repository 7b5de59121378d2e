import { CohortEntity } from '@zyklus/cohorts';
import { Outcome, ReminderPlanner } from '@zyklus/reminders';
import { WORKSHOP_EVENT_KIND, WorkshopChangeHooks } from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { untilLockWaits } from '../support/lock-waits';
import { DOCS, mailsOf, ReminderHarness } from '../support/reminder-scenario';
import { describeOnServer } from '../support/test-database';

const CHANGE_STATUS = `mutation ($input: ChangeCohortStatusInput!) { changeCohortStatus(input: $input) { status } }`;

/**
 * The dispatcher's write-back runs while other transactions lock the same reminder rows: a
 * cohort being cancelled, a change that plans several workshops. Nothing deadlocks for good,
 * no outcome of a mail that went out is lost, and so no mail goes out twice. Lock waits need
 * several sessions: on the embedded engine (one session) these tests are skipped.
 */
describeOnServer()('reminders: the write-back and the planner lock rows in one order', () => {
  let h: ReminderHarness;
  let ds: DataSource;

  beforeAll(async () => {
    h = await ReminderHarness.start();
    ds = h.t.app.get(DataSource);
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  /** A second published one-day workshop (Storytelling) in the cohort. */
  async function storytelling(cohort: CohortEntity, date: string): Promise<string> {
    const { createWorkshop } = await h.pm.data(DOCS.createWorkshop, {
      input: {
        cohortId: cohort.id,
        kind: 'STORYTELLING',
        title: 'Storytelling',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/storytelling',
        days: [{ date, startTime: '09:00', endTime: '16:00' }],
      },
    });
    return createWorkshop.id as string;
  }

  /** The ids of the 7-day reminders of a workshop. */
  async function weekBeforeIds(workshopId: string): Promise<string[]> {
    return (await h.given.ledger(workshopId))
      .filter((r) => r.rule?.offsetDays === -7)
      .map((r) => r.id)
      .sort();
  }

  /** The dispatch's outcomes, or the error it ended with. */
  const settle = (dispatching: Promise<Outcome[]>) =>
    dispatching.then(
      (outcomes) => ({ outcomes, error: null }),
      (error: Error) => ({ outcomes: [] as Outcome[], error: error.message }),
    );

  /** Every mail arrived once, and the ledger has each as SENT with the mail's Message-ID. */
  async function expectSentOnce(workshopIds: string[], count: number) {
    const mails = h.sink.messages.filter((m) => m.subject?.startsWith('Erinnerung'));
    expect(mails).toHaveLength(count);
    expect(new Set(mailsOf(mails)).size).toBe(count);
    const rows = (await Promise.all(workshopIds.map((id) => h.given.ledger(id))))
      .flat()
      .filter((r) => r.status === 'SENT');
    expect(rows.map((r) => r.messageId).sort()).toEqual(mails.map((m) => m.messageId).sort());
  }

  it('records every mail when its write-back deadlocks with a transaction that plans two workshops one after the other', async () => {
    const { t, dispatcher, given } = h;
    const { cohort, workshopId: a } = await given.workshop(); // 31 March
    const b = await storytelling(cohort, '2025-03-28');
    await h.pm.data(DOCS.publish, { id: b });
    // `low` is the workshop whose reminders have the lower ids. It becomes due first, so the
    // write-back meets its rows first, in claim order as well as in id order.
    const [aIds, bIds] = [await weekBeforeIds(a), await weekBeforeIds(b)];
    const [low, high] = aIds[0]! < bIds[0]! ? [a, b] : [b, a];
    if (low === a) await given.reschedule(b, '2025-04-02');
    t.clock.set('2025-03-26T08:00:00Z');
    const claimed = await dispatcher.claim();
    expect(claimed.map((c) => c.event_id)).toEqual([low, low, high, high]);

    const planner = t.app.get(ReminderPlanner);
    let dispatching!: ReturnType<typeof settle>;
    await ds.transaction(async (manager) => {
      await planner.materialise(manager, WORKSHOP_EVENT_KIND, [high]);
      dispatching = settle(dispatcher.dispatch(claimed));
      // The write-back holds the first of `low`'s rows and waits for `high`'s …
      await untilLockWaits(ds, 1);
      // … while this waits for `low`'s: PostgreSQL breaks the circle by failing the write-back,
      // which tries again once this transaction is done.
      await planner.materialise(manager, WORKSHOP_EVENT_KIND, [low]);
    });
    const { outcomes, error } = await dispatching;
    expect(error).toBeNull();
    expect(outcomes.map((o) => o.status)).toEqual(Array(4).fill('SENT'));
    await expectSentOnce([a, b], 4);

    // Nothing stayed claimed: once the lease is over, nothing is sent again.
    t.clock.advance({ minutes: 10 });
    expect((await dispatcher.tick()).sent).toBe(0);
    await expectSentOnce([a, b], 4);
  });

  it('records every mail when the write-back comes while a cohort is being cancelled, and then tells everyone', async () => {
    const { t, dispatcher, given, sink } = h;
    const { cohort, workshopId: a } = await given.workshop(); // 31 March
    const b = await storytelling(cohort, '2025-03-28');
    // The cancellation goes by workshop id; `last` becomes due first, so that the write-back
    // in claim order would take `last`'s rows first.
    if (b < a) await given.reschedule(b, '2025-04-02');
    await h.pm.data(DOCS.publish, { id: b });
    const [first, last] = a < b ? [a, b] : [b, a];
    t.clock.set('2025-03-26T08:00:00Z');
    const claimed = await dispatcher.claim();
    expect(claimed.map((c) => c.event_id)).toEqual([last, last, first, first]);

    // Someone else is changing the second workshop: the cancellation has called off the first
    // and waits there.
    const other = ds.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query(`SELECT id FROM workshop WHERE id = $1 FOR UPDATE`, [last]);
    const cancelling = h.pm.gql(CHANGE_STATUS, { input: { id: cohort.id, status: 'CANCELLED' } });
    await untilLockWaits(ds, 1);

    // The mails go out, and the write-back needs nothing the cancellation holds yet (the
    // cancellation plans the reminders of both workshops at once, after calling them off).
    let settled = false;
    const dispatching = settle(dispatcher.dispatch(claimed)).finally(() => (settled = true));
    await untilLockWaits(ds, 2, () => settled);
    await other.commitTransaction();
    await other.release();

    const answer = await cancelling;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.changeCohortStatus.status).toBe('CANCELLED');
    const { outcomes, error } = await dispatching;
    expect(error).toBeNull();
    expect(outcomes.map((o) => o.status)).toEqual(Array(4).fill('SENT'));
    await expectSentOnce([a, b], 4);

    // The cancellation left the sent ones as they were and tells both participants of both.
    for (const id of [a, b]) {
      const rows = (await given.ledger(id)).filter((r) => r.kind === 'REMINDER');
      expect(rows.map((r) => [r.rule?.offsetDays, r.status, r.reason]).sort()).toEqual([
        [-1, 'CANCELLED', 'event cancelled'],
        [-1, 'CANCELLED', 'event cancelled'],
        [-7, 'SENT', null],
        [-7, 'SENT', null],
      ]);
    }
    sink.clear();
    expect((await dispatcher.tick()).sent).toBe(4);
    expect(sink.messages.every((m) => m.subject?.startsWith('Abgesagt: '))).toBe(true);
    expect(new Set(mailsOf(sink.messages)).size).toBe(4);
    t.clock.advance({ minutes: 10 });
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('lets a write-back that comes while the cancellation holds the rows wait, without a deadlock or a mail twice', async () => {
    const { t, dispatcher, given, sink } = h;
    const { cohort, workshopId: a } = await given.workshop();
    const b = await storytelling(cohort, '2025-03-28');
    if (b < a) await given.reschedule(b, '2025-04-02');
    await h.pm.data(DOCS.publish, { id: b });
    const [first, last] = a < b ? [a, b] : [b, a];
    t.clock.set('2025-03-26T08:00:00Z');
    const claimed = await dispatcher.claim();
    expect(claimed.map((c) => c.event_id)).toEqual([last, last, first, first]);

    // As soon as the reminders of the cancelled workshops are planned (their rows locked), the
    // dispatcher sends and writes back; the cancellation goes on once the write-back waits.
    let dispatching: ReturnType<typeof settle> | undefined;
    const off = t.app.get(WorkshopChangeHooks).register(async () => {
      if (dispatching) return;
      dispatching = settle(dispatcher.dispatch(claimed));
      await untilLockWaits(ds, 1);
    });
    try {
      const answer = await h.pm.gql(CHANGE_STATUS, {
        input: { id: cohort.id, status: 'CANCELLED' },
      });
      expect(answer.errors).toBeUndefined();
    } finally {
      off();
    }
    const { error } = await dispatching!;
    expect(error).toBeNull();
    const reminders = sink.messages.filter((m) => m.subject?.startsWith('Erinnerung'));
    expect(new Set(mailsOf(reminders)).size).toBe(4);
    expect(reminders).toHaveLength(4);

    // The cancellation committed first and wins over the late write-back (as for any change
    // made while a mail is on its way); everyone is told of it, nobody hears anything twice.
    sink.clear();
    expect((await dispatcher.tick()).sent).toBe(4);
    expect(sink.messages.every((m) => m.subject?.startsWith('Abgesagt: '))).toBe(true);
    t.clock.advance({ minutes: 10 });
    expect((await dispatcher.tick()).sent).toBe(0);
    expect(sink.messages).toHaveLength(4);
  });

  it('keeps trying to record what was sent while the database fails, instead of sending it again', async () => {
    const { t, dispatcher, given } = h;
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const claimed = await dispatcher.claim();
    expect(claimed).toHaveLength(2);
    // The next two updates of the ledger fail, as on a database that restarts.
    await ds.query(`CREATE SEQUENCE write_back_failures`);
    await ds.query(`CREATE FUNCTION fail_write_back() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('write_back_failures') <= 2 THEN
          RAISE EXCEPTION 'the database is restarting (test)';
        END IF;
        RETURN NULL;
      END $$`);
    await ds.query(`CREATE TRIGGER fail_write_back BEFORE UPDATE ON reminder
      FOR EACH STATEMENT EXECUTE FUNCTION fail_write_back()`);
    try {
      const outcomes = await dispatcher.dispatch(claimed);
      expect(outcomes.map((o) => o.status)).toEqual(['SENT', 'SENT']);
      const [{ tries }] = await ds.query<[{ tries: string }]>(
        `SELECT last_value AS tries FROM write_back_failures`,
      );
      // Two failed tries, then each group of outcomes recorded (one or two groups).
      expect([3, 4]).toContain(Number(tries));
    } finally {
      await ds.query(`DROP TRIGGER fail_write_back ON reminder`);
      await ds.query(`DROP FUNCTION fail_write_back()`);
      await ds.query(`DROP SEQUENCE write_back_failures`);
    }
    await expectSentOnce([workshopId], 2);
    t.clock.advance({ minutes: 10 });
    expect((await dispatcher.tick()).sent).toBe(0);
    await expectSentOnce([workshopId], 2);
  });
});
