import { ConflictError } from '@zyklus/common';
import { ReminderServices, WorkshopFormat } from '../../../../test/support/reminder-services';
import { ReminderPreviewService } from '../ledger/reminder-preview.service';

describe('the reminder planner, on PostgreSQL with a real SMTP server', () => {
  let s: ReminderServices;

  beforeAll(async () => {
    s = await ReminderServices.start();
  });
  afterAll(() => s.close());
  beforeEach(() => s.reset());

  it('sends a coordinator who also facilitates one mail, not one per audience', async () => {
    const { programme, anna, workshopId } = await s.workshop({ offsets: [-7] });
    await s.rule({
      programmeId: programme.id,
      audience: 'FACILITATORS',
      offsetDays: -7,
    });
    await s.update(workshopId, { facilitators: [{ personId: anna.person.id }] });
    s.clock.set('2025-03-24T08:00:00Z');
    expect((await s.dispatcher.tick()).sent).toBe(2);
    expect(s.mails()).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
    // One row for the one mail: the rules ask for the same mail at the same time.
    const annas = (await s.ledger(workshopId)).filter((r) => r.name === 'Anna Alt');
    expect(annas.map((r) => r.status)).toEqual(['SENT']);
  });

  it('sends one mail when a programme rule and a cohort rule have the same offset', async () => {
    const { programme, cohort, workshopId } = await s.workshop({ offsets: [-7] });
    await s.rule({ programmeId: programme.id, cohortId: cohort.id, offsetDays: -7 });
    s.clock.set('2025-03-24T08:00:00Z');
    expect((await s.dispatcher.tick()).sent).toBe(2);
    expect(s.sink.messages).toHaveLength(2);
    const rows = await s.ledger(workshopId);
    expect(rows.filter((r) => r.status === 'SENT')).toHaveLength(2);
  });

  it('refuses a rule that duplicates one of the same scope, naming it', async () => {
    const { programme, rules } = await s.workshop({ offsets: [-7] });
    const refused = await s.rule({ programmeId: programme.id, offsetDays: -7 }).catch((e) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).text.de).toContain(`Regel ${rules[0]!.id}`);
    expect((refused as ConflictError).fields[0]?.field).toBe('offsetDays');
    // Edited into a duplicate: refused too.
    const other = await s.rule({ programmeId: programme.id, offsetDays: -3 });
    await expect(s.rules.update(s.pm, { id: other.id, offsetDays: -7 })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('after a move by a week sends the change notice and a new "1 day before" reminder for the new day', async () => {
    const { workshopId, rules } = await s.workshop();
    // Sunday 30 March, 09:00: the "1 day before" reminders for 31 March go out …
    s.clock.set('2025-03-30T07:00:00Z');
    await s.dispatcher.tick();
    s.sink.clear();
    // … and that evening the workshop moves a week on.
    s.clock.set('2025-03-30T18:00:00Z');
    await s.reschedule(workshopId, '2025-04-07');
    expect((await s.dispatcher.tick()).sent).toBe(2);
    expect(s.mails()).toEqual([
      'Anna Alt: Geändert: Wirkungsmessung am 07.04.2025',
      'Ben Brandt: Geändert: Wirkungsmessung am 07.04.2025',
    ]);
    const dayBefore = (await s.ledger(workshopId)).filter((r) => r.offset_days === -1);
    expect(dayBefore.map((r) => [r.status, r.due_at.toISOString()])).toEqual([
      ['SENT', '2025-03-30T07:00:00.000Z'],
      ['SENT', '2025-03-30T07:00:00.000Z'],
      ['PENDING', '2025-04-06T07:00:00.000Z'],
      ['PENDING', '2025-04-06T07:00:00.000Z'],
    ]);
    // The preview says the same: the rule's reminder about the new day is to come.
    const preview = await s.t.get(ReminderPreviewService).preview(s.pm, rules[1]!.id);
    expect(preview.map((p) => [p.status, p.dueAt.toISOString()])).toEqual([
      ['PENDING', '2025-04-06T07:00:00.000Z'],
      ['PENDING', '2025-04-06T07:00:00.000Z'],
    ]);
    s.sink.clear();
    s.clock.set('2025-04-06T07:00:00Z');
    await s.dispatcher.tick();
    expect(s.mails()).toEqual(
      [
        'Anna Alt: Erinnerung: Wirkungsmessung am 07.04.2025',
        'Ben Brandt: Erinnerung: Wirkungsmessung am 07.04.2025',
        // "7 days before" 7 April was due on 31 March, a day after the move: sent then too.
        'Anna Alt: Erinnerung: Wirkungsmessung am 07.04.2025',
        'Ben Brandt: Erinnerung: Wirkungsmessung am 07.04.2025',
      ].sort(),
    );
    expect(s.sink.messages[0]!.text).toContain('Morgen findet der Workshop');
  });

  it('sends nothing and keeps the SEQUENCE for a change nobody sees', async () => {
    const { workshopId } = await s.workshop();
    s.clock.set('2025-03-24T08:00:00Z');
    await s.dispatcher.tick();
    s.sink.clear();
    s.clock.set('2025-03-25T10:00:00Z');

    const described = await s.update(workshopId, {
      description: 'Bitte bringen Sie Ihre Wirkungslogik mit.',
      capacity: 30,
    });
    expect(described.sequence).toBe(0);
    const same = await s.reschedule(workshopId, '2025-03-31');
    expect(same.sequence).toBe(0);
    expect((await s.ledger(workshopId)).filter((r) => r.kind !== 'REMINDER')).toEqual([]);
    expect((await s.dispatcher.tick()).sent).toBe(0);

    // The next reminder carries the new description, in the mail and in the .ics.
    s.clock.set('2025-03-30T07:00:00Z');
    await s.dispatcher.tick();
    const mail = s.sink.messages[0]!;
    expect(mail.text).toContain('Bitte bringen Sie Ihre Wirkungslogik mit.');
    const ics = mail.attachments[0]!.content.toString('utf8').replace(/\r\n /g, '');
    expect(ics).toContain('DESCRIPTION:Bitte bringen Sie Ihre Wirkungslogik mit.');
    expect(ics).toContain('SEQUENCE:0');
  });

  it('sends one notice that says what changed: the old and the new place and link', async () => {
    const { workshopId } = await s.workshop();
    s.clock.set('2025-03-24T08:00:00Z');
    await s.dispatcher.tick();
    s.sink.clear();
    s.clock.set('2025-03-25T10:00:00Z');
    const moved = await s.update(workshopId, {
      format: WorkshopFormat.HYBRID,
      place: { name: 'Tagungshaus Mitte', address: 'Hauptstraße 1, 10115 Berlin' },
      onlineUrl: 'https://meet.example.org/neu',
    });
    expect(moved.sequence).toBe(1);
    expect((await s.dispatcher.tick()).sent).toBe(2);
    const text = s.sink.messages[0]!.text!;
    expect(text).toContain('Ort: Tagungshaus Mitte, Hauptstraße 1, 10115 Berlin\nBisher: kein Ort');
    expect(text).toContain(
      'Online: https://meet.example.org/neu\nBisher: https://meet.example.org/wirkungsmessung',
    );
    expect(text).not.toContain('Bisher: Montag');
  });
});
