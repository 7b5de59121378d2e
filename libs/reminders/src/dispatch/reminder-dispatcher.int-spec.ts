import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReminderServices } from '../../../../test/support/reminder-services';
import { describeOnServer } from '../../../../test/support/test-database';
import { ReminderLedgerService } from '../ledger/reminder-ledger.service';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Waits until `check` holds, polling; fails after `ms`. */
async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}`);
    await sleep(50);
  }
}

const recipient = (mail: { to?: unknown }) =>
  (mail.to as { value: { address: string }[] } | undefined)?.value[0]?.address ?? '';

describe('the dispatcher, on PostgreSQL with a real SMTP server', () => {
  let s: ReminderServices;

  beforeAll(async () => {
    s = await ReminderServices.start({ REMINDER_RETRY_BASE: '1m' });
  });
  afterAll(() => s.close());
  beforeEach(() => s.reset());

  it('fails a reminder at once when the server refuses it for good (5xx), with the server’s words; a program manager sends it again', async () => {
    const { workshopId } = await s.workshop({ offsets: [-7] });
    s.clock.set('2025-03-24T08:00:00Z');
    s.sink.refuseNext(1, 550, '5.1.1 <anna@example.org>: Recipient address rejected');
    expect(await s.dispatcher.tick()).toMatchObject({ sent: 1, failed: 1, retried: 0 });
    const failed = (await s.ledger(workshopId)).filter((r) => r.status === 'FAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.last_error).toContain('550');
    expect(failed[0]!.last_error).toContain('Recipient address rejected');

    // Nothing is tried again by itself …
    s.clock.advance({ hours: 1 });
    expect((await s.dispatcher.tick()).sent).toBe(0);
    // … until a program manager says so.
    await s.t.get(ReminderLedgerService).retry(s.pm, failed[0]!.id);
    expect((await s.dispatcher.tick()).sent).toBe(1);
    expect(s.sink.messages).toHaveLength(2);
  });

  it('records a mail SENT when a reschedule comes while it is at the server, and tells of that and a second reschedule', async () => {
    const { workshopId } = await s.workshop();
    s.clock.set('2025-03-24T08:00:00Z');
    const inFlight = s.sink.hold();
    const sending = s.dispatcher.tick();
    await inFlight.arrived(2);
    await s.reschedule(workshopId, '2025-04-07');
    inFlight.release();
    await sending;

    const weekBefore = (await s.ledger(workshopId)).filter((r) => r.offset_days === -7);
    expect(weekBefore.map((r) => [r.status, r.sequence, r.due_at.toISOString()])).toEqual([
      ['SENT', 0, '2025-03-24T08:00:00.000Z'],
      ['SENT', 0, '2025-03-24T08:00:00.000Z'],
      // The rule's reminder about the new date.
      ['PENDING', null, '2025-03-31T07:00:00.000Z'],
      ['PENDING', null, '2025-03-31T07:00:00.000Z'],
    ]);
    s.sink.clear();
    expect((await s.dispatcher.tick()).sent).toBe(2);
    expect(s.mails()).toEqual([
      'Anna Alt: Geändert: Wirkungsmessung am 07.04.2025',
      'Ben Brandt: Geändert: Wirkungsmessung am 07.04.2025',
    ]);
    expect(s.sink.messages[0]!.text).toContain('Bisher: Montag, 31. März 2025');

    s.sink.clear();
    s.clock.set('2025-03-25T10:00:00Z');
    await s.reschedule(workshopId, '2025-04-14');
    expect((await s.dispatcher.tick()).sent).toBe(2);
    expect(s.mails()).toEqual([
      'Anna Alt: Geändert: Wirkungsmessung am 14.04.2025',
      'Ben Brandt: Geändert: Wirkungsmessung am 14.04.2025',
    ]);
    expect(s.sink.messages[0]!.text).toContain('Bisher: Montag, 7. April 2025');
  });

  it('sends a reminder once when its rule is edited while it is at the server', async () => {
    const { workshopId, rules } = await s.workshop({ offsets: [-7] });
    s.clock.set('2025-03-24T08:00:00Z');
    const inFlight = s.sink.hold();
    const sending = s.dispatcher.tick();
    await inFlight.arrived(2);
    // "7 days before" becomes "6 days before": due tomorrow, about the same date.
    await s.rules.update(s.pm, { id: rules[0]!.id, offsetDays: -6 });
    inFlight.release();
    await sending;

    const rows = await s.ledger(workshopId);
    expect(rows.map((r) => [r.status, r.due_at.toISOString()])).toEqual([
      ['SENT', '2025-03-24T08:00:00.000Z'],
      ['SENT', '2025-03-24T08:00:00.000Z'],
    ]);
    s.clock.set('2025-03-25T08:00:00Z');
    expect((await s.dispatcher.tick()).sent).toBe(0);
    expect(s.sink.messages).toHaveLength(2);
  });

  it('writes back each outcome as the server answers it, not after the batch', async () => {
    const { workshopId } = await s.workshop({ offsets: [-7], more: 8 });
    s.clock.set('2025-03-24T08:00:00Z');
    // Four mails are accepted; the rest stay at the server, unanswered.
    let accepted = 0;
    let inFlight: ReturnType<typeof s.sink.hold> | undefined;
    s.sink.onAccept = () => {
      if (++accepted === 4) inFlight = s.sink.hold();
    };
    const sending = s.dispatcher.tick();
    await until(
      async () => (await s.ledger(workshopId)).filter((r) => r.status === 'SENT').length === 4,
      10_000,
      'the four accepted mails are SENT in the ledger while the batch is still sending',
    );
    inFlight!.release();
    expect((await sending).sent).toBe(10);
  });
});

describe('the dispatcher with a slow final reply to DATA', () => {
  let s: ReminderServices;

  beforeAll(async () => {
    s = await ReminderServices.start({
      SMTP_TIMEOUT: '1s',
      SMTP_DATA_TIMEOUT: '10s',
      REMINDER_LEASE: '1m',
      REMINDER_RETRY_BASE: '1m',
    });
  });
  afterAll(() => s.close());
  beforeEach(() => s.reset());

  it('waits for a final reply slower than SMTP_TIMEOUT (RFC 5321 4.5.3.2.6) and sends one mail', async () => {
    const { workshopId } = await s.workshop({ offsets: [-7] });
    s.clock.set('2025-03-24T08:00:00Z');
    s.sink.delayNext(2500);
    s.sink.delayNext(2500);
    expect(await s.dispatcher.tick()).toMatchObject({ sent: 2, retried: 0 });
    expect(s.sink.messages).toHaveLength(2);
    expect((await s.ledger(workshopId)).map((r) => r.status)).toEqual(['SENT', 'SENT']);
    s.clock.advance({ minutes: 5 });
    expect((await s.dispatcher.tick()).sent).toBe(0);
    expect(s.sink.messages).toHaveLength(2);
  });
});

describeOnServer()('a dispatcher killed in the middle of a batch', () => {
  let s: ReminderServices;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    s = await ReminderServices.start({ REMINDER_RETRY_BASE: '1m' });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await s.close();
  });

  it('sends again at most the mails in flight: of 200, every one the server accepted goes out once', async () => {
    const { workshopId } = await s.workshop({ offsets: [-7], more: 198 });
    const accepted = 60;
    let count = 0;
    let inFlight: ReturnType<typeof s.sink.hold> | undefined;
    s.sink.onAccept = () => {
      if (++count === accepted) inFlight = s.sink.hold();
    };
    const poolSize = 5;
    child = spawn(
      process.execPath,
      ['-r', 'ts-node/register', join(ROOT, 'test', 'support', 'dispatcher-process.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_TRANSPILE_ONLY: 'true',
          NODE_ENV: 'test',
          LOG_LEVEL: 'error',
          DATABASE_URL: s.t.database.url,
          DATABASE_POOL_SIZE: '2',
          SEED_DEMO_DATA: 'false',
          SCHEDULER_ENABLED: 'false',
          SMTP_URL: s.sink.url,
          SMTP_POOL_SIZE: String(poolSize),
          REMINDER_BATCH_SIZE: '200',
          JWT_SECRET: 'test-secret-that-is-long-enough-for-the-check',
          ZYKLUS_TEST_NOW: '2025-03-24T08:00:00Z',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
    // The dispatcher recorded each accepted mail as the server answered it …
    await until(
      async () =>
        (await s.ledger(workshopId)).filter((r) => r.status === 'SENT').length === accepted,
      60_000,
      `the ${accepted} accepted mails are SENT (child: ${stderr})`,
    );
    // … and is killed with the next mails at the server, unanswered.
    child.kill('SIGKILL');
    await exited;
    expect(new Set(s.sink.messages.map(recipient)).size).toBe(accepted);
    // What reached the server and was not answered: the mails in flight, one per connection.
    const atServer = inFlight!.count();
    expect(atServer).toBeLessThanOrEqual(poolSize);
    inFlight!.release({ refuse: true });

    // Its lease runs out; another dispatcher sends the rest.
    s.clock.set('2025-03-24T08:16:00Z');
    const counts = await s.dispatcher.tick();
    expect(counts.sent).toBe(200 - accepted);
    const received = s.sink.messages.map(recipient);
    expect(received).toHaveLength(200);
    expect(new Set(received).size).toBe(200);
    const rows = await s.ledger(workshopId);
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
  }, 120_000);
});
