import { Language } from '@zyklus/common';
import { ParsedMail } from 'mailparser';
import { parseCalendar } from '../support/ical';
import { calendarOf, DOCS, mailsOf, ReminderHarness } from '../support/reminder-scenario';

const UPDATE_PROGRAMME = `mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { replyTo } }`;
const ATTENDANCE = `query ($id: ID!) { workshop(id: $id) { attendance { status recordedAt } } }`;

/** The links of a mail's text part, one per line as the templates write them. */
const linksOf = (mail: ParsedMail) => mail.text!.split('\n').filter((l) => /^https?:\/\//.test(l));
const to = (mail: ParsedMail) => (mail.to && 'value' in mail.to ? mail.to.value[0]?.name : '');

/** Mails people can act on: what they carry, and "I can't come". */
describe('reminder mails: links, headers, calendar entries, "I can’t come"', () => {
  let h: ReminderHarness;

  beforeAll(async () => {
    h = await ReminderHarness.start({ MAIL_FROM: 'Zyklus <zyklus@example.org>' });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  /** A two-day workshop with a description and a link with "," and ";" in it. */
  async function twoDays() {
    const fritz = await h.t.given.person({ name: 'Fritz Fischer' });
    const { programme, cohort, anna, ben } = await h.given.workshop({ offsets: [] });
    await h.pm.data(DOCS.createRule, { input: { programmeId: programme.id, offsetDays: -7 } });
    await h.pm.data(DOCS.createRule, {
      input: { programmeId: programme.id, offsetDays: -7, audience: 'FACILITATORS' },
    });
    const link = 'https://meet.example.org/j/4711?pwd=a,b;c=d';
    const { createWorkshop } = await h.pm.data(DOCS.createWorkshop, {
      input: {
        cohortId: cohort.id,
        kind: 'STORYTELLING',
        title: 'Storytelling',
        description: 'Bringen Sie eine Geschichte aus Ihrer Region mit.',
        format: 'ONLINE',
        onlineUrl: link,
        days: [
          { date: '2025-04-07', startTime: '09:00', endTime: '16:00' },
          { date: '2025-04-08', startTime: '09:00', endTime: '13:00' },
        ],
        facilitators: [{ personId: fritz.id }],
      },
    });
    await h.pm.data(DOCS.publish, { id: createWorkshop.id });
    return { programme, anna, ben, fritz, link, workshopId: createWorkshop.id as string };
  }

  it('carries the description, the links to the workshop, the feed and "I can’t come", with Reply-To and Auto-Submitted, and one VEVENT per day', async () => {
    const { programme, link, workshopId } = await twoDays();
    await h.pm.data(UPDATE_PROGRAMME, {
      input: { id: programme.id, replyTo: 'programmbuero@example.org' },
    });
    h.t.clock.set('2025-03-31T07:00:00Z');
    expect((await h.dispatcher.tick()).sent).toBe(3);

    const anna = h.sink.messages.find((m) => to(m) === 'Anna Alt')!;
    expect(anna.headers.get('auto-submitted')).toBe('auto-generated');
    expect(anna.replyTo?.value[0]?.address).toBe('programmbuero@example.org');
    expect(anna.text).toContain('Bringen Sie eine Geschichte aus Ihrer Region mit.');
    const links = linksOf(anna);
    expect(anna.text).toContain(`Online: ${link}\n`);
    expect(links).toContain(`http://localhost:3000/workshops/${workshopId}`);
    const feed = links.find((l) => l.includes('/calendar/'))!;
    const decline = links.find((l) => l.includes('/decline/'))!;
    expect(decline).toBeDefined();
    expect(anna.html).toContain(`href="${decline}"`);

    // The calendar subscription was made for her, and works.
    const subscription = await h.t.download(new URL(feed).pathname);
    expect(subscription.status).toBe(200);
    expect(parseCalendar(subscription.text).events.map((e) => e.uid)).toEqual(
      expect.arrayContaining([
        `workshop-${workshopId}@zyklus`,
        `workshop-${workshopId}-day2@zyklus`,
      ]),
    );

    // The invitation: a VEVENT per day, each with its UID and the SEQUENCE; the link intact.
    const ics = parseCalendar(calendarOf(anna));
    expect(ics.method).toBe('REQUEST');
    expect(ics.events).toEqual([
      expect.objectContaining({
        uid: `workshop-${workshopId}@zyklus`,
        sequence: 0,
        start: new Date('2025-04-07T07:00:00Z'),
        end: new Date('2025-04-07T14:00:00Z'),
        url: link,
      }),
      expect.objectContaining({
        uid: `workshop-${workshopId}-day2@zyklus`,
        sequence: 0,
        start: new Date('2025-04-08T07:00:00Z'),
        end: new Date('2025-04-08T11:00:00Z'),
        url: link,
      }),
    ]);
    expect(ics.events[0]!.description).toContain(
      'Bringen Sie eine Geschichte aus Ihrer Region mit.',
    );
    const address = anna.to && 'value' in anna.to ? anna.to.value[0]?.address : '';
    expect(ics.events.map((e) => e.attendees)).toEqual([
      [`MAILTO:${address}`],
      [`MAILTO:${address}`],
    ]);

    // A facilitator cannot decline a workshop they run.
    const fritz = h.sink.messages.find((m) => to(m) === 'Fritz Fischer')!;
    expect(linksOf(fritz).some((l) => l.includes('/decline/'))).toBe(false);
  });

  it('writes the English mails with a capital after the greeting', async () => {
    const { workshopId } = await h.given.workshop({
      offsets: [-7],
      others: [{ name: 'Emma Evans', preferredLanguage: Language.EN }],
    });
    h.t.clock.set('2025-03-24T08:00:00Z');
    await h.dispatcher.tick();
    const reminder = h.sink.messages.find((m) => to(m) === 'Emma Evans')!;
    expect(reminder.text).toContain('Hello Emma Evans,\n\nIn 7 days the workshop');
    h.sink.clear();
    await h.given.cancel(workshopId);
    await h.dispatcher.tick();
    const cancelled = h.sink.messages.find((m) => to(m) === 'Emma Evans')!;
    expect(cancelled.text).toContain('Hello Emma Evans,\n\nThe workshop "Wirkungsmessung"');
    expect(cancelled.html).toContain('<p>The workshop <strong>');
  });

  it('lets a participant say "I can’t come": a look changes nothing, confirming records EXCUSED, stops her reminders and cancels her calendar entry', async () => {
    const { workshopId } = await h.given.workshop();
    h.t.clock.set('2025-03-24T08:00:00Z');
    await h.dispatcher.tick();
    const anna = h.sink.messages.find((m) => to(m) === 'Anna Alt')!;
    const path = new URL(linksOf(anna).find((l) => l.includes('/decline/'))!).pathname;
    const ledgerBefore = await h.given.ledger(workshopId);

    // A mail scanner (or Anna) opens the link: a question, nothing else.
    const page = await h.t.http().get(path).expect(200);
    expect(page.text).toContain('Können Sie nicht teilnehmen?');
    expect(page.text).toContain('<form method="post">');
    expect(page.text).not.toMatch(/<script|style=|<style/);
    expect(await h.given.ledger(workshopId)).toEqual(ledgerBefore);
    const registered = (await h.pm.data(ATTENDANCE, { id: workshopId })).workshop.attendance;
    expect(registered.map((a: { status: string }) => a.status)).toEqual([
      'REGISTERED',
      'REGISTERED',
    ]);

    const done = await h.t.http().post(path).expect(200);
    expect(done.text).toContain('Ihre Absage ist erfasst.');
    const attendance = (await h.pm.data(ATTENDANCE, { id: workshopId })).workshop.attendance;
    expect(attendance.map((a: { status: string }) => a.status).sort()).toEqual([
      'EXCUSED',
      'REGISTERED',
    ]);
    const annas = (await h.given.ledger(workshopId)).filter(
      (r) => r.recipient?.name === 'Anna Alt',
    );
    expect(annas.map((r) => [r.kind, r.status, r.reason]).sort()).toEqual([
      ['PERSONAL_CANCELLATION', 'PENDING', null],
      ['REMINDER', 'CANCELLED', 'declined'],
      ['REMINDER', 'SENT', null],
    ]);
    // Twice is once.
    expect((await h.t.http().post(path).expect(200)).text).toContain('Sie haben bereits abgesagt.');

    h.sink.clear();
    await h.dispatcher.tick();
    expect(mailsOf(h.sink.messages)).toEqual([
      'Anna Alt: Abgesagt: Sie nehmen nicht teil an Wirkungsmessung am 31.03.2025',
    ]);
    const cancel = parseCalendar(calendarOf(h.sink.messages[0]!));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events.map((e) => e.uid)).toEqual([`workshop-${workshopId}@zyklus`]);

    h.sink.clear();
    h.t.clock.set('2025-03-30T07:00:00Z');
    await h.dispatcher.tick();
    expect(mailsOf(h.sink.messages)).toEqual([
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
  });

  it('answers a forged, expired or past link with a clear page and changes nothing', async () => {
    const { workshopId } = await h.given.workshop();
    h.t.clock.set('2025-03-24T08:00:00Z');
    await h.dispatcher.tick();
    const anna = h.sink.messages.find((m) => to(m) === 'Anna Alt')!;
    const path = new URL(linksOf(anna).find((l) => l.includes('/decline/'))!).pathname;
    const before = await h.given.ledger(workshopId);

    const forged = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await h.t.http().get(forged).expect(404)).text).toContain('Dieser Link ist ungültig.');
    expect((await h.t.http().post(forged).expect(404)).text).toContain('ungültig');
    expect((await h.t.http().post('/decline/nonsense').expect(404)).text).toContain('ungültig');
    expect((await h.t.http().get(forged).set('accept-language', 'en').expect(404)).text).toContain(
      'This link is not valid.',
    );

    h.t.clock.set('2025-03-31T15:00:00Z'); // the workshop is over
    expect((await h.t.http().post(path).expect(410)).text).toContain('bereits vorbei');
    expect(await h.given.ledger(workshopId)).toEqual(before);
    const attendance = (await h.pm.data(ATTENDANCE, { id: workshopId })).workshop.attendance;
    expect(attendance.every((a: { status: string }) => a.status === 'REGISTERED')).toBe(true);
  });
});
