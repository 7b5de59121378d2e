import { DemoSeeder } from '@zyklus/demo';
import { PersonEntity } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const NOW = '2026-12-06T10:00:00Z';

describe('demo data: Kollegiale Runden a newcomer sees at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({}, new TestClock(NOW));
    expect(await t.app.get(DemoSeeder).seed(new Date(NOW))).toBe(true);
  });
  afterAll(() => t.close());

  const as = async (email: string) =>
    t.as(await t.app.get(DataSource).getRepository(PersonEntity).findOneByOrFail({ email }));

  it('two peer groups across cohorts 5 and 6: held rounds with attendance, the next ahead, queued cases', async () => {
    const pm = await as('programm@example.org');
    const { peerGroups } = await pm.data(`{ peerGroups {
      id name method status cohorts { number } memberCount
      rounds { status attendanceCount roles { role } time { date startTime } minutes { text } } } }`);
    expect(peerGroups.map((g: any) => g.name).sort()).toEqual(['Runde Nord-Ost', 'Runde Süd-West']);
    for (const group of peerGroups) {
      expect(group.cohorts.map((c: any) => c.number)).toEqual([5, 6]);
      expect(group.status).toBe('ACTIVE');
      expect(group.rounds.map((r: any) => r.status)).toEqual([
        'HELD',
        'HELD',
        'PLANNED',
        'PLANNED',
      ]);
      expect(group.rounds.every((r: any) => r.time.startTime === '18:00')).toBe(true);
      expect(group.rounds[0].attendanceCount).toBeGreaterThanOrEqual(3);
      // The program manager sees no minutes.
      expect(group.rounds.every((r: any) => r.minutes === null)).toBe(true);
    }

    const nordOst = peerGroups.find((g: any) => g.name === 'Runde Nord-Ost');
    const { peerGroup } = await pm.data(
      `query($id: ID!) { peerGroup(id: $id) { members { personId } } }`,
      {
        id: nordOst.id,
      },
    );
    const people = t.app.get(DataSource).getRepository(PersonEntity);
    const member = await people.findOneByOrFail({ id: peerGroup.members[0].personId });
    const client = await t.as(member);
    const { myPeerGroups } = await client.data(`{ myPeerGroups { name caseQueue { title status }
      rounds { status minutes { text } cases { title status } } } }`);
    const mine = myPeerGroups.find((g: any) => g.name === 'Runde Nord-Ost');
    expect(mine.rounds[0].minutes.text).toContain('Fallschilderung');
    expect(mine.rounds[0].cases).toEqual([{ title: 'Schulen gewinnen', status: 'DISCUSSED' }]);
    expect(mine.caseQueue.map((c: any) => c.status).sort()).toEqual(['QUEUED', 'SCHEDULED']);
  });

  it('a rule for one group: Runde Süd-West’s members also hear 2 days before its rounds', async () => {
    const pm = await as('programm@example.org');
    const { programmes } = await pm.data(`{ programmes { id } }`);
    const programmeId = programmes[0].id;
    const { reminderRules, reminderScopeOptions } = await pm.data(
      `query ($id: ID!) {
        reminderRules(programmeId: $id) { id eventKind scopeId audience offsetDays }
        reminderScopeOptions(programmeId: $id, eventKind: "PEER_ROUND") { id label }
      }`,
      { id: programmeId },
    );
    expect(reminderScopeOptions.map((o: any) => o.label)).toEqual([
      'Runde Nord-Ost (5. und 6. Durchgang)',
      'Runde Süd-West (5. und 6. Durchgang)',
    ]);
    const scoped = reminderRules.filter((r: any) => r.scopeId);
    expect(scoped).toEqual([
      expect.objectContaining({
        eventKind: 'PEER_ROUND',
        scopeId: reminderScopeOptions[1].id,
        audience: 'MEMBERS',
        offsetDays: -2,
      }),
    ]);
    const { reminders } = await pm.data(
      `{ reminders(first: 100, eventKind: "PEER_ROUND", status: [PENDING]) {
        nodes { dueAt rule { id } } } }`,
    );
    const ofGroup = reminders.nodes.filter((r: any) => r.rule?.id === scoped[0].id);
    // Its four members, 2 days before its rounds ahead (Thursdays 17 December and 7 January,
    // 18:00 Berlin).
    expect(ofGroup).toHaveLength(8);
    expect(new Set(ofGroup.map((r: any) => r.dueAt))).toEqual(
      new Set(['2026-12-15T17:00:00.000Z', '2027-01-05T17:00:00.000Z']),
    );
  });

  it('the next round’s reminder is due at once and lands in the outbox', async () => {
    await t.app.get(ReminderDispatcher).tick();
    const mails = await Promise.all(
      readdirSync(t.outboxDir)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => simpleParser(readFileSync(join(t.outboxDir, f)))),
    );
    const peer = mails.filter((m) => m.subject?.includes('Kollegiale Runde'));
    expect(peer.length).toBeGreaterThanOrEqual(3);
    // 6 December 2026 is a Sunday: the next round is on Thursday, 10 December, at 18:00.
    expect(peer[0]!.subject).toBe('Erinnerung: Kollegiale Runde – Runde Nord-Ost am 10.12.2026');
    expect(peer[0]!.text).toContain('Donnerstag, 10. Dezember 2026, 18:00–19:30 Uhr');
  });
});
