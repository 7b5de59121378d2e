import { Language } from '@zyklus/common';
import { Role, SIGN_IN_LIMITS } from '@zyklus/identity';
import { simpleParser } from 'mailparser';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const REQUEST = 'mutation ($email: String!) { requestSignInLink(email: $email) }';
const SIGN_IN = `mutation ($token: String!) {
  signIn(token: $token) { accessToken expiresAt person { id name email roles preferredLanguage } }
}`;
const ME = '{ me { id name email roles preferredLanguage lastSignedInAt } }';

/** The token in the link of a sign-in mail's plain text. */
function tokenIn(text: string | undefined): string {
  const match = /\/sign-in\?token=([A-Za-z0-9_-]+)/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`No sign-in link in: ${text}`);
  return match[1];
}

describe('signing in with a link sent by mail', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url, APP_URL: 'https://zyklus.example.org' });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(() => sink.clear());

  it('works end to end: request → mail arrives → token from the mail → signIn → me', async () => {
    const person = await t.given.person({
      name: 'Jana Koordinatorin',
      email: 'jana@example.org',
      roles: [Role.PROGRAM_MANAGER],
    });

    const requested = await t.anonymous.data(REQUEST, { email: '  Jana@Example.ORG ' });
    expect(requested.requestSignInLink).toBe(true);

    const mail = await sink.waitFor((m) => m.subject === 'Ihr Anmeldelink für Zyklus');
    expect(mail.to).toMatchObject({ value: [{ address: 'jana@example.org' }] });
    expect(mail.text).toContain('Jana Koordinatorin');
    expect(mail.text).toContain('15 Minuten');
    expect(mail.text).toContain('https://zyklus.example.org/sign-in?token=');
    expect(mail.html).toContain('https://zyklus.example.org/sign-in?token'); // '=' is escaped in HTML

    const { signIn } = await t.anonymous.data(SIGN_IN, { token: tokenIn(mail.text) });
    expect(signIn.person).toEqual({
      id: person.id,
      name: 'Jana Koordinatorin',
      email: 'jana@example.org',
      roles: ['PROGRAM_MANAGER'],
      preferredLanguage: 'DE',
    });
    const issuedAt = Math.floor(t.clock.now().getTime() / 1000) * 1000;
    expect(new Date(signIn.expiresAt).getTime()).toBe(issuedAt + 12 * 3600_000);

    const me = await t.anonymous.with({ authorization: `Bearer ${signIn.accessToken}` }).data(ME);
    expect(me.me).toMatchObject({ id: person.id, roles: ['PROGRAM_MANAGER'] });
    expect(me.me.lastSignedInAt).toBe(t.clock.now().toISOString());
  });

  it('mails in English to a person who prefers it', async () => {
    await t.given.person({ email: 'alex@example.org', preferredLanguage: Language.EN });
    await t.anonymous.data(REQUEST, { email: 'alex@example.org' });
    const mail = await sink.waitFor(
      (m) => m.to !== undefined && JSON.stringify(m.to).includes('alex@'),
    );
    expect(mail.subject).toBe('Your sign-in link for Zyklus');
  });

  it('refuses a link the second time', async () => {
    await t.given.person({ email: 'einmal@example.org' });
    await t.anonymous.data(REQUEST, { email: 'einmal@example.org' });
    const token = tokenIn((await sink.waitFor(() => true)).text);

    await t.anonymous.data(SIGN_IN, { token });
    const again = await t.anonymous.gql(SIGN_IN, { token });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Dieser Anmeldelink wurde schon verwendet. Bitte fordern Sie einen neuen an.',
      extensions: { code: 'UNAUTHENTICATED', fields: [{ field: 'token' }] },
    });
  });

  it('refuses a link after 15 minutes', async () => {
    await t.given.person({ email: 'spaet@example.org' });
    await t.anonymous.data(REQUEST, { email: 'spaet@example.org' });
    const token = tokenIn((await sink.waitFor(() => true)).text);

    t.clock.advance({ minutes: 15, seconds: 1 });
    const late = await t.anonymous.gql(SIGN_IN, { token });
    expect(late.errors?.[0]).toMatchObject({
      message: 'Dieser Anmeldelink ist abgelaufen. Bitte fordern Sie einen neuen an.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an unknown or malformed token', async () => {
    for (const token of ['A'.repeat(43), 'kurz', '']) {
      const answer = await t.anonymous.gql(SIGN_IN, { token });
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Dieser Anmeldelink ist ungültig. Bitte fordern Sie einen neuen an.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const known = await t.anonymous.gql(REQUEST, { email: 'niemand@example.org' });
    expect(known).toEqual({ status: 200, data: { requestSignInLink: true } });
    await t.given.person({ email: 'jemand@example.org' });
    const unknown = await t.anonymous.gql(REQUEST, { email: 'jemand@example.org' });
    expect(unknown).toEqual(known);
    await sink.waitFor((m) => JSON.stringify(m.to).includes('jemand@'));
    expect(sink.messages.some((m) => JSON.stringify(m.to).includes('niemand@'))).toBe(false);
  });

  it('refuses a malformed address with BAD_USER_INPUT on email', async () => {
    const answer = await t.anonymous.gql(REQUEST, { email: 'keine-adresse' });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'Muss eine gültige E-Mail-Adresse sein.' }],
    });
  });

  it('mails a link that opens the page the person asked from, after signing in', async () => {
    await t.given.person({ email: 'ziel@example.org' });
    const request =
      'mutation ($email: String!, $next: String) { requestSignInLink(email: $email, next: $next) }';
    await t.anonymous.data(request, { email: 'ziel@example.org', next: '/tandem/42?answer=YES' });
    const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes('ziel@'));
    expect(mail.text).toMatch(
      /https:\/\/zyklus\.example\.org\/sign-in\?token=[A-Za-z0-9_-]{43}&next=%2Ftandem%2F42%3Fanswer%3DYES/,
    );
    // The token still reads as before, and spends as before.
    const { signIn } = await t.anonymous.data(SIGN_IN, { token: tokenIn(mail.text) });
    expect(signIn.accessToken).toEqual(expect.any(String));
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'tandem/1', '/a b'])(
    'refuses %j as the page to open after signing in (only a path of the app)',
    async (next) => {
      const request =
        'mutation ($next: String) { requestSignInLink(email: "x@example.org", next: $next) }';
      const answer = await t.anonymous.gql(request, { next });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'APP_PATH',
        fields: [
          {
            field: 'next',
            message: 'Muss eine Seite von Zyklus sein, die mit / beginnt, z. B. /tandem.',
          },
        ],
      });
    },
  );

  it(`limits requests to ${SIGN_IN_LIMITS.perEmail} per address in ${SIGN_IN_LIMITS.windowMinutes} minutes`, async () => {
    await t.given.person({ email: 'eilig@example.org' });
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      await t.anonymous.data(REQUEST, { email: 'eilig@example.org' });
    }
    const refused = await t.anonymous.gql(REQUEST, { email: 'eilig@example.org' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Zu viele Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten noch einmal.',
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });

    t.clock.advance({ minutes: SIGN_IN_LIMITS.windowMinutes, seconds: 1 });
    expect((await t.anonymous.gql(REQUEST, { email: 'eilig@example.org' })).errors).toBeUndefined();
  });

  it(`limits requests to ${SIGN_IN_LIMITS.perIp} per client in ${SIGN_IN_LIMITS.windowMinutes} minutes`, async () => {
    t.clock.advance({ hours: 1 });
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      await t.anonymous.data(REQUEST, { email: `viele${i}@example.org` });
    }
    const refused = await t.anonymous.gql(REQUEST, { email: 'noch-eine@example.org' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    t.clock.advance({ hours: 1 });
  });

  /** Requests a link for `email` and returns the token from the mail that arrives. */
  async function linkFor(email: string): Promise<string> {
    sink.clear();
    await t.anonymous.data(REQUEST, { email });
    return tokenIn((await sink.waitFor((m) => JSON.stringify(m.to).includes(email))).text);
  }

  it('signs in without opening the other operations of the same request', async () => {
    await t.given.person({ email: 'hintertuer@example.org', roles: [Role.PROGRAM_MANAGER] });
    const token = await linkFor('hintertuer@example.org');

    const answer = await t.anonymous.gql(
      `mutation ($token: String!) {
        signIn(token: $token) { person { email } }
        createProgramme(input: { name: "Durch die Hintertür" }) { id }
      }`,
      { token },
    );
    // The request carries no token: what follows the sign-in is refused (and, as the field is
    // non-null, the whole answer with it).
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ['createProgramme'],
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);
    const { programmes } = await (await t.manager()).data('{ programmes { name } }');
    expect(programmes).not.toContainEqual({ name: 'Durch die Hintertür' });
  });

  it('spends all open links of a person with one sign-in', async () => {
    await t.given.person({ email: 'zwei-links@example.org' });
    const first = await linkFor('zwei-links@example.org');
    const second = await linkFor('zwei-links@example.org');

    await t.anonymous.data(SIGN_IN, { token: second });
    const older = await t.anonymous.gql(SIGN_IN, { token: first });
    expect(older.errors?.[0]).toMatchObject({
      message: 'Dieser Anmeldelink wurde schon verwendet. Bitte fordern Sie einen neuen an.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses the link of a person deleted before they used it', async () => {
    const person = await t.given.person({ email: 'geloescht@example.org' });
    const token = await linkFor('geloescht@example.org');
    await t.given.deletePerson(person.id);

    const answer = await t.anonymous.gql(SIGN_IN, { token });
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Dieser Anmeldelink ist ungültig. Bitte fordern Sie einen neuen an.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(answer.data).toBeNull();
  });

  it('keeps only a keyed hash of the addresses asked for, none that a list of addresses would match', async () => {
    await t.anonymous.data(REQUEST, { email: 'wer-fragt@example.org' });
    const rows = await t.app
      .get(DataSource)
      .query<{ email_hash: string }[]>('SELECT email_hash FROM sign_in_request');
    expect(rows.length).toBeGreaterThan(0);
    const plain = createHash('sha256').update('wer-fragt@example.org').digest('hex');
    expect(rows.map((r) => r.email_hash)).not.toContain(plain);
    expect(JSON.stringify(rows)).not.toContain('wer-fragt');
  });

  it('deletes used and unused links a day after they expired', async () => {
    await t.given.person({ email: 'aufraeumen@example.org' });
    const used = await linkFor('aufraeumen@example.org');
    await t.anonymous.data(SIGN_IN, { token: used });
    await t.given.person({ email: 'liegen-gelassen@example.org' });
    const unused = await linkFor('liegen-gelassen@example.org');
    const stored = () =>
      t.app
        .get(DataSource)
        .query<{ token_hash: string }[]>('SELECT token_hash FROM sign_in_token')
        .then((rows) => rows.map((r) => r.token_hash));
    const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
    expect(await stored()).toEqual(expect.arrayContaining([hashOf(used), hashOf(unused)]));

    // Still kept the next morning (and still told apart: "used", not "invalid")…
    t.clock.advance({ hours: 12 });
    const fresh = await linkFor('aufraeumen@example.org');
    expect((await t.anonymous.gql(SIGN_IN, { token: used })).errors?.[0]?.message).toContain(
      'schon verwendet',
    );
    // …gone once they have been expired for more than a day; the new link stays.
    t.clock.advance({ hours: 12, minutes: 16 });
    await t.anonymous.data(REQUEST, { email: 'niemand-bestimmtes@example.org' });
    const left = await stored();
    expect(left).not.toContain(hashOf(used));
    expect(left).not.toContain(hashOf(unused));
    expect(left).toContain(hashOf(fresh));
  });
});

describe('signing in without an SMTP server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('writes the mail with the link into the outbox folder', async () => {
    await t.given.person({ name: 'Olaf Outbox', email: 'olaf@example.org' });
    await t.anonymous.data(REQUEST, { email: 'olaf@example.org' });

    let files: string[] = [];
    for (let i = 0; i < 50 && files.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      files = readdirSync(t.outboxDir).filter((f) => f.endsWith('.eml'));
    }
    expect(files).toHaveLength(1);
    const mail = await simpleParser(readFileSync(join(t.outboxDir, files[0]!)));
    expect(mail.to).toMatchObject({ value: [{ address: 'olaf@example.org' }] });
    expect(mail.subject).toBe('Ihr Anmeldelink für Zyklus');
    const { signIn } = await t.anonymous.data(SIGN_IN, { token: tokenIn(mail.text) });
    expect(signIn.person.name).toBe('Olaf Outbox');
  });
});
