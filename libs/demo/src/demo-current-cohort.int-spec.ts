import { addDays, localDateOf } from '@zyklus/common';
import { PersonEntity } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../../../test/support/graphql-client';
import { TestApp } from '../../../test/support/test-app';
import { TestClock } from '../../../test/support/test-clock';
import { DemoSeeder } from './demo-seeder';

/** A Tuesday morning in Berlin: the day a newcomer first starts the server. */
const NOW = '2026-12-01T09:00:00Z';
const TODAY = localDateOf(new Date(NOW), 'Europe/Berlin');

const COHORTS = `{ cohorts(first: 10) { nodes { id number status startDate participationCounts { active } } } }`;

const MY_CYCLE = `{
  myWorkshopCycle {
    cohort { number }
    steps { kind scheduled attendance upcoming workshop { kind status onlineUrl days { date startTime } } }
    progress { attendedRequired required }
    nextWorkshop { kind days { date } }
  }
}`;

const LEDGER = `query ($cohortId: ID) {
  reminders(cohortId: $cohortId, first: 100) {
    totalCount
    nodes { status dueAt reason recipient { name } workshop { kind } rule { offsetDays template } }
  }
}`;

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The demo's running 6th cohort as a newcomer meets it, and the reminders it sends. */
describe('DemoSeeder: the running 6th cohort and its reminders', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await TestApp.start({}, new TestClock(NOW));
    expect(await app.app.get(DemoSeeder).seed(new Date(NOW))).toBe(true);
  });
  afterEach(() => app.close());

  async function signedInAs(email: string): Promise<GraphQLClient> {
    const people = app.app.get(DataSource).getRepository(PersonEntity);
    return app.as(await people.findOneByOrFail({ email }));
  }

  it('has a 6th cohort running since its kick-off five weeks ago, with 8 active networks', async () => {
    const pm = await signedInAs('programm@example.org');
    const { cohorts } = await pm.data(COHORTS);
    expect(cohorts.nodes.map((c: any) => [c.number, c.status])).toEqual([
      [1, 'COMPLETED'],
      [2, 'COMPLETED'],
      [3, 'COMPLETED'],
      [4, 'COMPLETED'],
      [5, 'COMPLETED'],
      [6, 'RUNNING'],
    ]);
    const sixth = cohorts.nodes[5];
    expect(sixth.participationCounts.active).toBe(8);
    expect(sixth.startDate >= addDays(TODAY, -37)).toBe(true);
    expect(sixth.startDate <= addDays(TODAY, -33)).toBe(true);
  });

  it('shows a coordinator their cycle: the kick-off attended, the deep dive in a few days next', async () => {
    const coordinator = await signedInAs('lena.hartmann@example.org');
    const { myWorkshopCycle: cycle } = await coordinator.data(MY_CYCLE);

    expect(cycle.cohort.number).toBe(6);
    // The two published workshops, then the drafts as steps not yet scheduled: no workshop.
    expect(
      cycle.steps.map((s: any) => [s.kind, s.scheduled, s.workshop?.status ?? null, s.attendance]),
    ).toEqual([
      ['KICK_OFF', true, 'COMPLETED', 'ATTENDED'],
      ['WIRKUNGSLOGIK', true, 'PUBLISHED', 'REGISTERED'],
      ['WIRKUNGSMESSUNG', false, null, null],
      ['STORYTELLING', false, null, null],
      ['TRANSFERWERKSTATT', false, null, null],
    ]);
    const deepDive = cycle.steps[1].workshop;
    expect(cycle.nextWorkshop.kind).toBe('WIRKUNGSLOGIK');
    const date: string = deepDive.days[0].date;
    expect(date >= addDays(TODAY, 3) && date <= addDays(TODAY, 5)).toBe(true);
    expect([0, 6]).not.toContain(weekday(date));
    expect(deepDive.onlineUrl).toMatch(/^https:\/\/meet\.example\.org\//);
    // One of the five required steps attended, not one of two.
    expect(cycle.progress).toEqual({ attendedRequired: 1, required: 5 });
  });

  it('sends the deep dive’s 7-day reminders into the outbox on the first tick, the 1-day ones later', async () => {
    const pm = await signedInAs('programm@example.org');
    const { cohorts } = await pm.data(COHORTS);
    // The workshops' rows (the cohort's buddy sessions and nudges have theirs too).
    const rows = async () =>
      ((await pm.data(LEDGER, { cohortId: cohorts.nodes[5].id })).reminders.nodes as any[]).filter(
        (r) => r.workshop,
      );
    // The reminders; the program managers' attendance nudge waits for the deep dive's end.
    const ledger = async () => (await rows()).filter((r) => r.rule.template !== 'NUDGE');
    const nudges = (await rows()).filter((r) => r.rule.template === 'NUDGE');
    expect(nudges.map((r) => [r.recipient.name, r.status, r.rule.offsetDays])).toEqual([
      [expect.any(String), 'PENDING', 3],
    ]);

    const before = await ledger();
    expect(before).toHaveLength(16);
    expect(before.every((r) => r.workshop.kind === 'WIRKUNGSLOGIK')).toBe(true);
    expect(before.every((r) => r.status === 'PENDING')).toBe(true);

    const counts = await app.app.get(ReminderDispatcher).tick();
    // 8 workshop reminders, those of the demo's next Kollegiale Runde (demo-peer-rounds.ts) and
    // the two of a buddy session in about 20 hours (demo-buddies.ts).
    expect(counts.failed).toBe(0);
    expect(counts.sent).toBeGreaterThan(10);

    const after = await ledger();
    const byOffset = (days: number) => after.filter((r) => r.rule.offsetDays === days);
    expect(byOffset(-7).map((r) => r.status)).toEqual(Array(8).fill('SENT'));
    expect(byOffset(-1).map((r) => r.status)).toEqual(Array(8).fill('PENDING'));

    const files = readdirSync(app.outboxDir).filter((f) => f.endsWith('.eml'));
    const all = await Promise.all(
      files.map((f) => simpleParser(readFileSync(join(app.outboxDir, f)))),
    );
    // Besides the 8 workshop reminders: the demo's next Kollegiale Runde (demo-peer-rounds.ts)
    // the local workshop ahead (demo-local-cycles.ts) and a buddy session (demo-buddies.ts).
    // Its coordinator, and the consenting contact person of an enrolled initiative (no account:
    // a one-click unsubscribe, RFC 8058).
    const local = all.filter((m) => m.subject?.includes('Beratungsgespräch vor Ort'));
    expect(local).toHaveLength(2);
    for (const mail of local) {
      expect(mail.text).toContain('findet der Workshop vor Ort "Beratungsgespräch vor Ort" statt');
    }
    const contact = local.find((m) => JSON.stringify(m.to).includes('@demo.example.org'))!;
    expect(contact.text).toContain('als Ansprechperson von');
    const header = (key: string) => contact.headerLines.find((h) => h.key === key)?.line;
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http.*\/unsubscribe\//);
    expect(header('list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    const mails = all.filter(
      (m) =>
        !m.subject?.includes('Kollegiale Runde') &&
        !m.subject?.includes('vor Ort') &&
        !m.subject?.includes('Buddy-Treffen'),
    );
    expect(mails).toHaveLength(8);
    expect(all.length - mails.length).toBe(counts.sent - 8);
    const to = (address: string) => mails.find((m) => JSON.stringify(m.to).includes(address))!;
    const german = to('lena.hartmann@example.org');
    expect(german.subject).toContain('Vertiefungsworkshop Wirkungslogik');
    expect(german.text).toContain('Guten Tag Lena Hartmann');
    expect(german.text).toContain('findet der Workshop "Vertiefungsworkshop Wirkungslogik" statt');
    expect(german.text).toContain('Online: https://meet.example.org/');
    expect(german.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);
    // The coordinator who prefers English reads it in English.
    const english = to('emma.clarke@example.org');
    expect(english.text).toContain('Hello Emma Clarke');
    expect(english.text).toContain('the workshop "Vertiefungsworkshop Wirkungslogik" takes place');
  });
});
