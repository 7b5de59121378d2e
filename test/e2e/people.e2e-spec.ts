import { Role } from '@zyklus/identity';
import { GraphQLClient } from '../support/graphql-client';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const INVITE = `mutation ($input: InvitePersonInput!) {
  invitePerson(input: $input) { id name email roles preferredLanguage }
}`;
const SET_ROLES = `mutation ($input: SetPersonRolesInput!) { setPersonRoles(input: $input) { id roles } }`;
const PEOPLE = `query ($search: String, $first: Int, $after: String) {
  people(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { name email }
  }
}`;

describe('people and roles', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url, APP_URL: 'https://zyklus.example.org' });
    pm = await t.manager();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('invites a coordinator, who receives an invitation mail naming the program manager', async () => {
    const { invitePerson } = await pm.data(INVITE, {
      input: { name: 'Karla Koordinatorin', email: ' Karla@MagdeMINT.example ' },
    });
    expect(invitePerson).toMatchObject({
      name: 'Karla Koordinatorin',
      email: 'karla@magdemint.example',
      roles: [],
      preferredLanguage: 'DE',
    });

    const mail = await sink.waitFor((m) => m.subject === 'Einladung zu Zyklus');
    expect(mail.to).toMatchObject({ value: [{ address: 'karla@magdemint.example' }] });
    expect(mail.text).toContain('Petra Planer hat Sie zu Zyklus eingeladen');
    expect(mail.text).toContain('https://zyklus.example.org/sign-in');
  });

  it('refuses a second person with the same address in any case (CONFLICT on email)', async () => {
    await pm.data(INVITE, { input: { name: 'Erste', email: 'doppelt@example.org' } });
    const answer = await pm.gql(INVITE, {
      input: { name: 'Zweite', email: 'DOPPELT@example.org' },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'email', message: 'Diese Adresse ist schon vergeben.' }],
    });
  });

  it('refuses a malformed address and an empty name', async () => {
    const answer = await pm.gql(INVITE, { input: { name: ' ', email: 'nicht-gültig' } });
    expect(answer.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Darf nicht leer sein.', reason: 'NOT_EMPTY' },
        { field: 'email', message: 'Muss eine gültige E-Mail-Adresse sein.', reason: 'EMAIL' },
      ]),
    );
  });

  it('lets program managers grant PROGRAM_MANAGER but only admins grant ADMIN', async () => {
    const person = await t.given.person();
    const promoted = await pm.data(SET_ROLES, {
      input: { personId: person.id, roles: ['PROGRAM_MANAGER'] },
    });
    expect(promoted.setPersonRoles.roles).toEqual(['PROGRAM_MANAGER']);

    const refused = await pm.gql(SET_ROLES, { input: { personId: person.id, roles: ['ADMIN'] } });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Nur Administrator:innen dürfen die Rolle ADMIN vergeben oder entziehen.',
      extensions: { code: 'FORBIDDEN' },
    });
    const invitingAdmin = await pm.gql(INVITE, {
      input: { name: 'Möchtegern', email: 'admin@example.org', roles: ['ADMIN'] },
    });
    expect(invitingAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = await t.as(await t.given.person({ roles: [Role.ADMIN] }));
    const granted = await admin.data(SET_ROLES, {
      input: { personId: person.id, roles: ['ADMIN'] },
    });
    expect(granted.setPersonRoles.roles).toEqual(['ADMIN']);
  });

  it('takes role changes into account at once, even for a token issued before', async () => {
    const person = await t.given.person({ roles: [Role.PROGRAM_MANAGER] });
    const client = await t.as(person);
    await pm.data(SET_ROLES, { input: { personId: person.id, roles: [] } });
    const answer = await client.gql(
      'mutation { createProgramme(input: { name: "Zu spät" }) { id } }',
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists and searches people by name for program managers, page by page', async () => {
    for (const name of ['Zora Suche', 'Anton Suche', 'Mia Suche']) {
      await t.given.person({ name });
    }
    const first = await pm.data(PEOPLE, { search: 'suche', first: 2 });
    expect(first.people.nodes.map((p: { name: string }) => p.name)).toEqual([
      'Anton Suche',
      'Mia Suche',
    ]);
    expect(first.people).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await pm.data(PEOPLE, {
      search: 'suche',
      first: 2,
      after: first.people.pageInfo.endCursor,
    });
    expect(second.people.nodes.map((p: { name: string }) => p.name)).toEqual(['Zora Suche']);

    const literal = await pm.data(PEOPLE, { search: '%' });
    expect(literal.people.totalCount).toBe(0);
  });
});
