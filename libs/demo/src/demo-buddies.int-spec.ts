import { PersonEntity } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '../../../test/support/test-app';
import { TestClock } from '../../../test/support/test-clock';
import { DemoSeeder } from './demo-seeder';

const NOW = '2026-12-01T09:00:00Z';

const COHORTS = `{ cohorts(first: 10) { nodes { id number } } }`;
const PAIRINGS = `query ($cohortId: ID!) { buddyPairings(cohortId: $cohortId) {
  status endReason sessionsHeld score reasons { code } newCoordinator { name } buddy { name } } }`;
const SUGGESTIONS = `query ($cohortId: ID!) { buddySuggestions(cohortId: $cohortId) {
  newcomers { newCoordinator { name } candidates { buddy { name } score } } proposal { buddy { name } } } }`;
const MINE = `{ myBuddyPairings { status buddy { name email } sessions { status notes startsAt } goals { text status } } }`;
const PROFILES = `{ buddyProfiles { person { name } capacity topics } }`;
const FEEDBACK = `query ($cohortId: ID!) { buddyFeedbackSummary(cohortId: $cohortId) { count averageRating } }`;

/** The buddy programme as a newcomer meets it in the demo. */
describe('DemoSeeder: the buddy programme', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({}, new TestClock(NOW));
    expect(await app.app.get(DemoSeeder).seed(new Date(NOW))).toBe(true);
  });
  afterAll(() => app.close());

  const as = async (email: string) =>
    app.as(await app.app.get(DataSource).getRepository(PersonEntity).findOneByOrFail({ email }));

  it('has buddy profiles, cohort 5’s pairings as history and cohort 6 under way', async () => {
    const pm = await as('programm@example.org');
    const ids = new Map(
      (await pm.data(COHORTS)).cohorts.nodes.map((c: { number: number; id: string }) => [
        c.number,
        c.id,
      ]),
    );
    const { buddyProfiles } = await pm.data(PROFILES);
    expect(buddyProfiles.length).toBeGreaterThanOrEqual(10);

    const fifth = (await pm.data(PAIRINGS, { cohortId: ids.get(5) })).buddyPairings;
    expect(fifth.length).toBeGreaterThan(5);
    const reasons = fifth.map((p: { endReason: string }) => p.endReason);
    expect(reasons.filter((r: string) => r === 'NO_CONTACT')).toHaveLength(1);
    expect(reasons.filter((r: string) => r === 'COMPLETED').length).toBe(fifth.length - 1);
    expect(fifth.every((p: { sessionsHeld: number }) => p.sessionsHeld > 0)).toBe(true);
    const summary = (await pm.data(FEEDBACK, { cohortId: ids.get(5) })).buddyFeedbackSummary;
    expect(summary.count).toBeGreaterThan(0);

    const sixth = (await pm.data(PAIRINGS, { cohortId: ids.get(6) })).buddyPairings;
    const statuses = sixth.map((p: { status: string }) => p.status).sort();
    expect(statuses).toContain('PROPOSED');
    expect(statuses).toContain('ENDED');
    expect(statuses.filter((s: string) => s === 'ACTIVE').length).toBeGreaterThanOrEqual(2);
    // Suggestions are ready for the new coordinators without a pairing.
    const { buddySuggestions } = await pm.data(SUGGESTIONS, { cohortId: ids.get(6) });
    expect(buddySuggestions.newcomers.length).toBeGreaterThanOrEqual(2);
    expect(buddySuggestions.newcomers[0].candidates.length).toBeGreaterThan(0);
  });

  it('sends the reminder of tomorrow’s session at once, to both of the pair', async () => {
    const summary = await app.app.get(ReminderDispatcher).tick();
    expect(summary.failed).toBe(0);
    const mails = await Promise.all(
      readdirSync(app.outboxDir).map((file) =>
        simpleParser(readFileSync(join(app.outboxDir, file))),
      ),
    );
    const reminders = mails.filter((m) => m.subject?.startsWith('Erinnerung: Buddy-Treffen'));
    expect(reminders).toHaveLength(2);
    expect(reminders[0]!.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(
      true,
    );
  });

  it('shows a buddy pair their tandem with notes, goals and the other’s email', async () => {
    const pm = await as('programm@example.org');
    const ids = new Map(
      (await pm.data(COHORTS)).cohorts.nodes.map((c: { number: number; id: string }) => [
        c.number,
        c.id,
      ]),
    );
    const sixth = (await pm.data(PAIRINGS, { cohortId: ids.get(6) })).buddyPairings;
    const active = sixth.find((p: { status: string }) => p.status === 'ACTIVE');
    const people = app.app.get(DataSource).getRepository(PersonEntity);
    const nc = await people.findOneByOrFail({ name: active.newCoordinator.name });
    const { myBuddyPairings } = await (await app.as(nc)).data(MINE);
    const mine = myBuddyPairings.find((p: { status: string }) => p.status === 'ACTIVE');
    expect(mine.buddy.email).toMatch(/@example\.org$/);
    expect(mine.sessions[0].notes).toContain('nur für die beiden');
    expect(mine.goals).toHaveLength(2);
  });
});
