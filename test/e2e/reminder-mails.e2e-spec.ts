import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { publishedWorkshop, ReminderHarness } from '../support/reminder-scenario';
import { parseCalendar } from '../support/ical';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
const CANCEL = `mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { status } }`;
const LEDGER = `query ($eventId: ID) {
  reminders(eventId: $eventId, first: 100) { nodes { status attempts messageId recipient { name } } }
}`;

/** The .ics attached to a mail, unfolded (RFC 5545 3.1). */
function calendarOf(mail: ParsedMail): string[] {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error(`No calendar in "${mail.subject}"`);
  const text = ics.content.toString('utf8');
  parseCalendar(text); // an independent parser reads it too (Mozilla's ical.js)
  return text.replace(/\r\n /g, '').split('\r\n');
}

const recipientOf = (mail: ParsedMail) => (mail.to && 'value' in mail.to ? mail.to.value[0] : null);

/** What the reminder mails say and carry: the recipient in the .ics, the opening words. */
describe('reminder mails', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;

  let harness: ReminderHarness;

  beforeAll(async () => {
    harness = await ReminderHarness.start({ REMINDER_RETRY_BASE: '1m' });
    ({ sink, t, pm, dispatcher } = harness);
  });
  afterAll(() => harness.close());
  beforeEach(async () => {
    await t.app
      .get(DataSource)
      .query(
        `UPDATE reminder SET status = 'CANCELLED', reason = 'test done' WHERE status = 'PENDING'`,
      );
    sink.clear();
    t.clock.set('2025-03-01T09:00:00Z');
  });

  /**
   * Anna (German) and Ben (English) coordinate networks in a running cohort; a one-day online
   * workshop on Monday 31 March 2025, 09:00–16:00 Berlin time, is published with the given rules.
   */
  async function scenario(rules: { offsetDays?: number; offsetMinutes?: number }[]) {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Anna Alt',
      email: `anna-${cohort.id.slice(0, 8)}@example.org`,
    });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Ben Brandt',
      email: `ben-${cohort.id.slice(0, 8)}@example.org`,
      preferredLanguage: Language.EN,
    });
    for (const rule of rules) {
      await pm.data(CREATE_RULE, { input: { programmeId: programme.id, ...rule } });
    }
    return { workshopId: await publishedWorkshop(pm, cohort.id, '2025-03-31') };
  }

  const mailTo = (name: string) => {
    const mail = sink.messages.find((m) => recipientOf(m)?.name === name);
    if (!mail) throw new Error(`No mail to ${name}`);
    return mail;
  };

  it('addresses each .ics to its recipient as ATTENDEE, with the same UID and SEQUENCE for all', async () => {
    const { workshopId } = await scenario([{ offsetDays: -7 }]);
    t.clock.set('2025-03-24T08:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });

    for (const name of ['Anna Alt', 'Ben Brandt']) {
      const mail = mailTo(name);
      const ics = calendarOf(mail);
      const attendees = ics.filter((line) => line.startsWith('ATTENDEE'));
      expect(attendees).toEqual([
        `ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="${name}":MAILTO:${recipientOf(mail)?.address}`,
      ]);
      expect(ics).toContain(`UID:workshop-${workshopId}@zyklus`);
      expect(ics).toContain('SEQUENCE:0');
      expect(ics).toContain('METHOD:REQUEST');
    }
    expect(mailTo('Anna Alt').text).toContain(
      'In 7 Tagen findet der Workshop "Wirkungsmessung" statt',
    );
    expect(mailTo('Ben Brandt').text).toContain(
      'In 7 days the workshop "Wirkungsmessung" takes place',
    );
  });

  it('names the attendee in a cancellation too', async () => {
    const { workshopId } = await scenario([{ offsetDays: -7 }]);
    await pm.data(CANCEL, { input: { id: workshopId, reason: 'Referentin erkrankt' } });
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });

    const ics = calendarOf(mailTo('Anna Alt'));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics.filter((line) => line.startsWith('ATTENDEE'))).toEqual([
      `ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;RSVP=FALSE;CN="Anna Alt":MAILTO:${recipientOf(mailTo('Anna Alt'))?.address}`,
    ]);
  });

  it('counts the days left when a reminder goes out a day late after the mail server refused it', async () => {
    const { workshopId } = await scenario([{ offsetDays: -7 }]);
    t.clock.set('2025-03-24T08:00:00Z');
    sink.failNext(2);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, retried: 2 });

    // The server is back only the next morning.
    t.clock.set('2025-03-25T08:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });
    expect(mailTo('Anna Alt').text).toContain(
      'In 6 Tagen findet der Workshop "Wirkungsmessung" statt',
    );
    expect(mailTo('Ben Brandt').text).toContain(
      'In 6 days the workshop "Wirkungsmessung" takes place',
    );
    expect(mailTo('Anna Alt').html).toContain('In 6 Tagen findet der Workshop');

    const rows = (await pm.data(LEDGER, { eventId: workshopId })).reminders.nodes;
    expect(rows).toEqual([
      expect.objectContaining({ status: 'SENT', attempts: 2, messageId: expect.any(String) }),
      expect.objectContaining({ status: 'SENT', attempts: 2, messageId: expect.any(String) }),
    ]);
  });

  it('says how many minutes are left when a "2 hours before" reminder is created late, within the grace window', async () => {
    // Monday 08:30 in Berlin: "2 hours before" was due at 07:00.
    t.clock.set('2025-03-31T06:30:00Z');
    await scenario([{ offsetMinutes: -120 }]);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });

    expect(mailTo('Anna Alt').text).toContain('In 30 Minuten findet der Workshop');
    expect(mailTo('Ben Brandt').text).toContain('In 30 minutes the workshop');
  });
});
