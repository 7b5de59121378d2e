import { Role } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { givenPeerHistory, OTHERS, OWN } from '../support/peer-privacy';
import { ReminderHarness } from '../support/reminder-scenario';

const PREVIEW = `query ($personId: ID!) {
  erasurePreview(personId: $personId) { personId contexts { context steps { key action count label } } }
}`;
const ERASE = `mutation ($personId: ID!, $confirm: String!) {
  erasePerson(personId: $personId, confirm: $confirm) { contexts { context steps { key count } } }
}`;
const REQUEST_ERASURE = `mutation { requestMyErasure { id personId completedAt } }`;
const REQUESTS = `query { erasureRequests { personId } }`;
const MY_REQUEST = `query { myErasureRequest { personId completedAt } }`;
const SIGN_IN_LINK = `mutation ($email: String!) { requestSignInLink(email: $email) }`;
const ME = `query { me { name } }`;

/** Every text column of every table, as one search over the whole database. */
async function findEverywhere(dataSource: DataSource, needle: string): Promise<string[]> {
  const columns = await dataSource.query<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('character varying', 'text', 'character', 'jsonb', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      [`%${needle}%`],
    );
    if (row && row.n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe('erasure (Art. 17)', () => {
  let h: ReminderHarness;
  let pm: GraphQLClient;

  beforeAll(async () => {
    h = await ReminderHarness.start();
    pm = h.pm;
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it('previews per context, then erases the person everywhere: nothing of the name or address is left, and no mail reaches them', async () => {
    const scenario = await h.given.workshop();
    const anna = scenario.anna.person;
    const annaClient = await h.t.as(anna);
    await annaClient.data(`mutation { createCalendarFeed { url } }`);
    // She is also the contact person of an initiative (no account there: by address, any case).
    await h.t.app.get(DataSource).query(
      `INSERT INTO initiative (network_id, name, kind, city, contact_name, contact_email,
                               contact_consent_on, unsubscribe_token)
       VALUES ($1, 'Sternwarte', 'VEREIN', 'Bamberg', 'Anna Alt', upper($2), '2025-01-01', 'anna-token')`,
      [scenario.anna.network.id, anna.email],
    );
    await annaClient.data(`mutation { requestMyExport { id } }`);
    expect((await annaClient.data(MY_REQUEST)).myErasureRequest).toBeNull();
    await annaClient.data(REQUEST_ERASURE);
    expect((await annaClient.data(MY_REQUEST)).myErasureRequest).toEqual({
      personId: anna.id,
      completedAt: null,
    });
    expect((await annaClient.gql(REQUEST_ERASURE)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ERASURE_ALREADY_REQUESTED',
    });
    expect((await pm.data(REQUESTS)).erasureRequests).toEqual([{ personId: anna.id }]);

    const { erasurePreview } = await pm.data(PREVIEW, { personId: anna.id });
    const steps = Object.fromEntries(
      erasurePreview.contexts.flatMap((c: any) =>
        c.steps.map((s: any) => [`${c.context}.${s.key}`, [s.action, s.count]]),
      ),
    );
    expect(steps).toMatchObject({
      'identity.profile': ['ANONYMISE', 1],
      'cohorts.open-coordinations': ['END', 1],
      'reminders.pending-reminders': ['END', 2],
      'reminders.calendar-feed': ['REMOVE', 1],
      'privacy.exports': ['REMOVE', 1],
      'local-cycles.initiative-contacts': ['ANONYMISE', 1],
    });

    const wrong = await pm.gql(ERASE, { personId: anna.id, confirm: 'Anna' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONFIRMATION_MISMATCH',
      fields: [expect.objectContaining({ field: 'confirm' })],
    });
    await h.sink.waitFor((m) => m.subject === 'Ihre Daten aus Zyklus stehen bereit');
    await pm.data(ERASE, { personId: anna.id, confirm: 'Anna Alt' });
    h.sink.clear();

    const dataSource = h.t.app.get(DataSource);
    expect(await findEverywhere(dataSource, anna.email)).toEqual([]);
    expect(await findEverywhere(dataSource, 'Anna Alt')).toEqual([]);
    const ledger = await h.given.ledger(scenario.workshopId);
    expect(ledger.filter((r: any) => r.reason === 'person erased')).toHaveLength(2);

    // No mail through any path: her old access token, a sign-in link, the reminders, a notice.
    expect((await annaClient.gql(ME)).errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await h.t.anonymous.data(SIGN_IN_LINK, { email: anna.email });
    await h.given.reschedule(scenario.workshopId, '2025-04-02');
    h.t.clock.set('2025-03-30T09:00:00Z');
    await h.dispatcher.tick();
    await h.dispatcher.tick();
    const received = h.sink.messages.flatMap((m) =>
      m.to && 'value' in m.to ? m.to.value.map((v) => v.address) : [],
    );
    expect(received).toContain(scenario.ben.person.email);
    expect(received).not.toContain(anna.email);
    expect(received.filter((a) => a?.endsWith('.invalid'))).toEqual([]);

    const audit = await pm.data(
      `query ($p: ID) { privacyAuditLog(personId: $p, first: 10) { action actorPersonId } }`,
      { p: anna.id },
    );
    expect(audit.privacyAuditLog.map((e: any) => e.action)).toContain('PERSON_ERASED');
    const named = await pm.data(
      `query ($p: ID) { privacyAuditLog(personId: $p, first: 10) { action subject { name } actor { name } } }`,
      { p: anna.id },
    );
    // The log keeps ids; names are read from the people as they are now.
    expect(named.privacyAuditLog).toContainEqual({
      action: 'PERSON_ERASED',
      subject: { name: 'Gelöschte Person' },
      actor: { name: expect.any(String) },
    });
    expect((await pm.data(REQUESTS)).erasureRequests).toEqual([]);

    // The people list still counts them, without an address, even for a program manager.
    const listed = await pm.data(
      `query ($p: ID!) { person(id: $p) { name email erased lastSignedInAt } }`,
      { p: anna.id },
    );
    expect(listed.person).toEqual({
      name: 'Gelöschte Person',
      email: null,
      erased: true,
      lastSignedInAt: null,
    });
    const roles = await pm.gql(
      `mutation ($p: ID!) { setPersonRoles(input: { personId: $p, roles: [PROGRAM_MANAGER] }) { id } }`,
      { p: anna.id },
    );
    expect(roles.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_ERASED',
    });
  });

  it('ends a peer-group member’s membership and removes what they wrote; the group keeps its counts and the others’ texts', async () => {
    const s = await givenPeerHistory(h.t); // the clock is now 5 March 2025, 21:00 in Berlin
    const me = s.people[0]!;
    const pmNow = await h.t.as(await h.t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
    const { erasurePreview } = await pmNow.data(PREVIEW, { personId: me.id });
    const peer = erasurePreview.contexts.find((c: any) => c.context === 'peer-rounds');
    expect(Object.fromEntries(peer.steps.map((x: any) => [x.key, [x.action, x.count]]))).toEqual({
      memberships: ['END', 1],
      'upcoming-rounds': ['REMOVE', 2], // moderator of the round ahead, and "maybe"
      'open-cases': ['END', 1],
      'case-texts': ['ANONYMISE', 2],
      minutes: ['REMOVE', 1],
      feedback: ['ANONYMISE', 1],
      'round-history': ['KEEP_AS_COUNT', 4], // case giver, "yes", present twice
    });

    await pmNow.data(ERASE, { personId: me.id, confirm: me.name });

    const dataSource = h.t.app.get(DataSource);
    for (const text of Object.values(OWN)) {
      expect([text, await findEverywhere(dataSource, text)]).toEqual([text, []]);
    }
    for (const text of Object.values(OTHERS)) {
      expect((await findEverywhere(dataSource, text)).length).toBeGreaterThan(0);
    }
    const rows = async (sql: string) => dataSource.query(sql, [me.id]);
    expect(
      await rows(`SELECT to_date::text, end_reason FROM peer_group_member WHERE person_id = $1`),
    ).toEqual([{ to_date: '2025-03-05', end_reason: 'person erased' }]);
    expect(
      await rows(`SELECT status, round_id FROM peer_case WHERE proposer_id = $1 ORDER BY status`),
    ).toEqual([
      { status: 'DISCUSSED', round_id: s.roundIds.second },
      { status: 'WITHDRAWN', round_id: null },
    ]);
    expect(
      await rows(`SELECT rating, reflection FROM peer_round_feedback WHERE person_id = $1`),
    ).toEqual([{ rating: 4, reflection: null }]);
    const ROUND = `query ($id: ID!) { peerRound(id: $id) {
      attendanceCount rsvpCounts { yes no maybe } roles { role personId } } }`;
    const held = (await pmNow.data(ROUND, { id: s.roundIds.second })).peerRound;
    expect(held).toMatchObject({ attendanceCount: 3, rsvpCounts: { yes: 2, no: 0, maybe: 0 } });
    expect(held.roles).toContainEqual({ role: 'CASE_GIVER', personId: me.id });
    const ahead = (await pmNow.data(ROUND, { id: s.roundIds.ahead })).peerRound;
    expect(ahead).toMatchObject({ roles: [], rsvpCounts: { yes: 0, no: 0, maybe: 0 } });
    // The other members still read their own round's minutes; the erased member's are gone.
    const other = await h.t.as(s.people[1]!);
    const MINUTES = `query ($id: ID!) { peerRound(id: $id) { minutes { text } } }`;
    expect((await other.data(MINUTES, { id: s.roundIds.second })).peerRound.minutes).toEqual({
      text: OTHERS.minutes,
    });
    expect((await other.data(MINUTES, { id: s.roundIds.first })).peerRound.minutes).toBeNull();
  });

  it('refuses unknown people, erasing twice and the last admin, and erases nothing then', async () => {
    const unknown = await pm.gql(ERASE, {
      personId: '00000000-0000-4000-8000-000000000000',
      confirm: 'X',
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'PERSON_NOT_FOUND' });

    const admin = await h.t.given.person({ name: 'Ada Admin', roles: [Role.ADMIN] });
    await (await h.t.as(admin)).data(`mutation { createCalendarFeed { url } }`);
    const dataSource = h.t.app.get(DataSource);
    await dataSource.query(
      `UPDATE person SET roles = '{PROGRAM_MANAGER}' WHERE id <> $1 AND 'ADMIN' = ANY(roles)`,
      [admin.id],
    );
    const last = await pm.gql(ERASE, { personId: admin.id, confirm: 'Ada Admin' });
    expect(last.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    const [still] = await dataSource.query(`SELECT name, roles FROM person WHERE id = $1`, [
      admin.id,
    ]);
    expect(still).toEqual({ name: 'Ada Admin', roles: ['ADMIN'] });
    // One transaction: the calendar feed, removed before identity refused, is still there.
    const [feed] = await dataSource.query(
      `SELECT count(*)::int AS n FROM calendar_feed WHERE person_id = $1`,
      [admin.id],
    );
    expect(feed).toEqual({ n: 1 });

    const someone = await h.t.given.person({ name: 'Eva Einmal' });
    await pm.data(ERASE, { personId: someone.id, confirm: 'Eva Einmal' });
    const again = await pm.gql(ERASE, { personId: someone.id, confirm: 'Gelöschte Person' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'ALREADY_ERASED' });
  });

  it('lets only program managers erase', async () => {
    const scenario = await h.given.workshop();
    const ben = await h.t.as(scenario.ben.person);
    const answer = await ben.gql(ERASE, { personId: scenario.anna.person.id, confirm: 'Anna Alt' });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
