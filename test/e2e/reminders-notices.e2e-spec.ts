import { ReminderDispatcher } from '@zyklus/reminders';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import {
  calendarOf,
  DOCS,
  mailsOf,
  ReminderHarness,
  ReminderScenarios,
} from '../support/reminder-scenario';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

describe('reminders: reschedules, cancellations, people who leave', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;
  let given: ReminderScenarios;
  let harness: ReminderHarness;

  beforeAll(async () => {
    harness = await ReminderHarness.start();
    ({ sink, t, pm, dispatcher, given } = harness);
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.reset());

  /** The 7-day reminders (Monday 24 March) have gone out; it is Tuesday 25 March, 11:00. */
  async function remindedWeekBefore(): Promise<void> {
    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    sink.clear();
    t.clock.set('2025-03-25T10:00:00Z');
  }

  it('moves pending reminders when rescheduled, and sends a change notice to people already reminded', async () => {
    const { workshopId } = await given.workshop();
    await remindedWeekBefore();

    const { rescheduleWorkshop } = await given.reschedule(
      workshopId,
      '2025-04-07',
      '10:00',
      '15:00',
    );
    expect(rescheduleWorkshop.sequence).toBe(1);
    const rows = await given.ledger(workshopId);
    expect(
      rows
        .filter((r) => r.kind === 'REMINDER')
        .map((r) => [r.rule?.offsetDays, r.status, r.dueAt])
        .sort(),
    ).toEqual([
      [-1, 'PENDING', '2025-04-06T08:00:00.000Z'],
      [-1, 'PENDING', '2025-04-06T08:00:00.000Z'],
      // A reminder belongs to the date it announced: the one about 31 March stays sent, and
      // the rule reminds about 7 April when its time comes.
      [-7, 'PENDING', '2025-03-31T08:00:00.000Z'],
      [-7, 'PENDING', '2025-03-31T08:00:00.000Z'],
      [-7, 'SENT', '2025-03-24T08:00:00.000Z'],
      [-7, 'SENT', '2025-03-24T08:00:00.000Z'],
    ]);
    expect(rows.filter((r) => r.kind === 'CHANGE_NOTICE')).toHaveLength(2);

    expect((await dispatcher.tick()).sent).toBe(2);
    const notice = sink.messages[0]!;
    expect(notice.subject).toBe('Geändert: Wirkungsmessung am 07.04.2025');
    expect(notice.text).toContain('Montag, 7. April 2025, 10:00–15:00 Uhr');
    expect(notice.text).toContain('Bisher: Montag, 31. März 2025, 09:00–16:00 Uhr');
    const ics = calendarOf(notice);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('SEQUENCE:1');

    // Nothing goes out for the old date any more.
    t.clock.set('2025-03-30T07:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('reschedules quietly before anyone was reminded: no notice, just new due times', async () => {
    const { workshopId } = await given.workshop();
    await given.reschedule(workshopId, '2025-04-14');
    const rows = await given.ledger(workshopId);
    expect(rows.filter((r) => r.kind !== 'REMINDER')).toEqual([]);
    expect(new Set(rows.map((r) => r.dueAt))).toEqual(
      new Set(['2025-04-07T07:00:00.000Z', '2025-04-13T07:00:00.000Z']),
    );
  });

  it('sends one change notice for two reschedules in a row, with the days people knew as "Bisher"', async () => {
    const { workshopId } = await given.workshop();
    await remindedWeekBefore();
    await given.reschedule(workshopId, '2025-04-07');
    // Corrected a minute later, before the dispatcher's next tick.
    await given.reschedule(workshopId, '2025-04-08');

    const notices = (await given.ledger(workshopId)).filter((r) => r.kind === 'CHANGE_NOTICE');
    expect(notices.map((r) => [r.status, r.reason]).sort()).toEqual([
      ['CANCELLED', 'superseded by a newer change'],
      ['CANCELLED', 'superseded by a newer change'],
      ['PENDING', null],
      ['PENDING', null],
    ]);
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Geändert: Wirkungsmessung am 08.04.2025',
      'Ben Brandt: Geändert: Wirkungsmessung am 08.04.2025',
    ]);
    const text = sink.messages[0]!.text!;
    expect(text).toContain('Dienstag, 8. April 2025, 09:00–16:00 Uhr');
    expect(text).toContain('Bisher: Montag, 31. März 2025, 09:00–16:00 Uhr');
    expect(text).not.toContain('7. April');
    expect(calendarOf(sink.messages[0]!)).toContain('SEQUENCE:2');
  });

  it('tells each person in one batch the days they knew: "Bisher" differs by the end time', async () => {
    const { workshopId, ben } = await given.workshop();
    await remindedWeekBefore();
    // First only the end moves (16:00 → 15:00): Anna hears of it, Ben's notice is held back.
    await given.reschedule(workshopId, '2025-03-31', '09:00', '15:00');
    await t.app.get(DataSource).query(
      `UPDATE reminder SET next_attempt_at = '2025-03-26T00:00:00Z'
          WHERE kind = 'CHANGE_NOTICE' AND recipient_id = $1`,
      [ben.person.id],
    );
    expect((await dispatcher.tick()).sent).toBe(1);
    sink.clear();
    // Then the date moves; both notices go out in one batch.
    await given.reschedule(workshopId, '2025-04-07', '09:00', '15:00');
    t.clock.set('2025-03-26T10:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(2);

    const bisher = (name: string) =>
      sink.messages
        .find((m) => mailsOf([m])[0]!.startsWith(name))!
        .text!.split('\n')
        .filter((line) => line.startsWith('Bisher'));
    expect(bisher('Anna Alt')).toEqual(['Bisher: Montag, 31. März 2025, 09:00–15:00 Uhr']);
    expect(bisher('Ben Brandt')).toEqual(['Bisher: Montag, 31. März 2025, 09:00–16:00 Uhr']);
  });

  it('shows no "Bisher" when a change after a reschedule leaves the days as they are', async () => {
    const { workshopId } = await given.workshop();
    await remindedWeekBefore();
    await given.reschedule(workshopId, '2025-04-07');
    await dispatcher.tick();
    sink.clear();

    await pm.data(DOCS.updateWorkshop, {
      input: { id: workshopId, title: 'Wirkungsmessung kompakt' },
    });
    expect((await dispatcher.tick()).sent).toBe(2);
    const text = sink.messages[0]!.text!;
    expect(sink.messages[0]!.subject).toBe('Geändert: Wirkungsmessung kompakt am 07.04.2025');
    expect(text).toContain('Montag, 7. April 2025, 09:00–16:00 Uhr');
    expect(text).toContain('Bisher hieß er "Wirkungsmessung".');
    expect(text).not.toContain('Bisher:');
    expect(text).not.toContain('31. März');
  });

  it('cancels pending reminders with the reason and sends participants a cancellation (METHOD:CANCEL)', async () => {
    const { workshopId } = await given.workshop();
    await given.cancel(workshopId);

    const rows = await given.ledger(workshopId);
    expect(rows.filter((r) => r.kind === 'REMINDER').map((r) => [r.status, r.reason])).toEqual(
      Array(4).fill(['CANCELLED', 'event cancelled']),
    );
    expect((await dispatcher.tick()).sent).toBe(2);
    const mail = sink.messages[0]!;
    expect(mail.text).toContain('Referentin erkrankt');
    const ics = calendarOf(mail);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');

    t.clock.set('2025-03-30T07:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('sends a withdrawn participant nothing more', async () => {
    const { workshopId, anna } = await given.workshop();
    await given.withdraw(anna.participation.id);

    const rows = await given.ledger(workshopId);
    const annas = rows.filter((r) => r.recipient?.name === 'Anna Alt');
    expect(annas.map((r) => [r.status, r.reason])).toEqual([
      ['CANCELLED', 'participant withdrew or no longer coordinates the network'],
      ['CANCELLED', 'participant withdrew or no longer coordinates the network'],
    ]);
    t.clock.set('2025-03-30T07:00:00Z');
    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toEqual([
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
  });

  it('cleans the calendars of people who withdrew, were removed as facilitators or handed over, and sends them nothing more', async () => {
    const fritz = await t.given.person({ name: 'Fritz Fischer' });
    const { programme, anna, others, workshopId } = await given.workshop({
      facilitators: [fritz],
      others: [{ name: 'Carla Clausen' }],
    });
    await pm.data(DOCS.createRule, {
      input: { programmeId: programme.id, audience: 'FACILITATORS', offsetDays: -7 },
    });
    await remindedWeekBefore();
    const carla = others[0]!;

    await given.withdraw(anna.participation.id);
    // A new facilitator list is nothing the others see: no notice, no new SEQUENCE.
    const { updateWorkshop } = await pm.data(DOCS.updateWorkshop, {
      input: { id: workshopId, facilitators: [] },
    });
    expect(updateWorkshop.sequence).toBe(0);
    const dora = await t.given.person({ name: 'Dora Dietz' });
    await pm.data(DOCS.setCoordinator, {
      input: { networkId: carla.network.id, personId: dora.id, startDate: '2025-03-26' },
    });
    const notices = async () =>
      (await given.ledger(workshopId))
        .filter((r) => r.kind !== 'REMINDER')
        .map((r) => [r.recipient?.name, r.kind, r.status])
        .sort();
    // Everyone who had been sent the invitation and left gets a cancellation of their copy.
    expect(await notices()).toEqual([
      ['Anna Alt', 'PERSONAL_CANCELLATION', 'PENDING'],
      ['Carla Clausen', 'PERSONAL_CANCELLATION', 'PENDING'],
      ['Fritz Fischer', 'PERSONAL_CANCELLATION', 'PENDING'],
    ]);
    await dispatcher.tick();
    const released = sink.messages.filter((m) => m.subject?.startsWith('Nicht mehr vorgesehen'));
    expect(mailsOf(released)).toEqual([
      'Anna Alt: Nicht mehr vorgesehen: Wirkungsmessung am 31.03.2025',
      'Carla Clausen: Nicht mehr vorgesehen: Wirkungsmessung am 31.03.2025',
      'Fritz Fischer: Nicht mehr vorgesehen: Wirkungsmessung am 31.03.2025',
    ]);
    for (const mail of released) {
      const ics = calendarOf(mail);
      expect(ics).toContain('METHOD:CANCEL');
      expect(ics).toContain(`UID:workshop-${workshopId}@zyklus`);
    }
    sink.clear();

    await given.reschedule(workshopId, '2025-04-07');
    await dispatcher.tick();
    await given.cancel(workshopId);
    await dispatcher.tick();
    // The people who left hear nothing of the move or the cancellation; Dora, who was never
    // reminded, hears of the cancellation of a workshop she was to attend.
    expect(mailsOf(sink.messages)).toEqual([
      'Ben Brandt: Abgesagt: Wirkungsmessung am 07.04.2025',
      'Ben Brandt: Geändert: Wirkungsmessung am 07.04.2025',
      'Dora Dietz: Abgesagt: Wirkungsmessung am 07.04.2025',
    ]);
  });

  it('writes to whoever coordinates the network on the workshop’s day, also after a hand-over dated later', async () => {
    const { ben, workshopId } = await given.workshop();
    const dora = await t.given.person({ name: 'Dora Dietz' });
    // Decided on 1 March: Dora takes over Ben's network from 20 March.
    await pm.data(DOCS.setCoordinator, {
      input: { networkId: ben.network.id, personId: dora.id, startDate: '2025-03-20' },
    });
    const rows = await given.ledger(workshopId);
    expect(
      rows.map((r) => [r.recipient?.name, r.rule?.offsetDays, r.status, r.reason]).sort(),
    ).toEqual(
      [
        ['Anna Alt', -1, 'PENDING', null],
        ['Anna Alt', -7, 'PENDING', null],
        [
          'Ben Brandt',
          -1,
          'CANCELLED',
          'participant withdrew or no longer coordinates the network',
        ],
        [
          'Ben Brandt',
          -7,
          'CANCELLED',
          'participant withdrew or no longer coordinates the network',
        ],
        ['Dora Dietz', -1, 'PENDING', null],
        ['Dora Dietz', -7, 'PENDING', null],
      ].sort(),
    );

    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Dora Dietz: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
  });
});
