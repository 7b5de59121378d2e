import { TestApp } from '../support/test-app';

/** The Content-Security-Policy's directives as a map, e.g. `script-src` → `'self'`. */
function directives(header: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('the HTTP layer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('sends security headers and does not name its framework', async () => {
    const response = await t.http().get('/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('has a Content-Security-Policy the web app works under: no inline scripts, no framing', async () => {
    const response = await t.http().get('/health');
    expect(directives(response.headers['content-security-policy'])).toMatchObject({
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  it('answers a body over the limit with 413 in the GraphQL error format, with a code and reason', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set({ 'content-type': 'application/json', 'accept-language': 'en' })
      .send({ query: `{ programmes { id } } # ${'x'.repeat(200 * 1024)}` });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The request is too large.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('answers a body that is not JSON with 400 in the same format', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MALFORMED_JSON',
    });
  });

  it('serves GraphiQL in development from its own files, with nothing from another origin', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html').expect(200);
    expect(page.text).toContain('<script src="/graphiql/yoga-graphiql.umd.js"></script>');
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.text).not.toMatch(/<script>/);
    const bundle = await t.http().get('/graphiql/yoga-graphiql.umd.js').expect(200);
    expect(bundle.text).toContain('renderYogaGraphiQL');
    await t.http().get('/graphiql/graphiql.css').expect(200);
    const start = await t.http().get('/graphiql/start.js').expect(200);
    expect(start.text).toContain("endpoint: '/graphql'");
  });
});

describe('the HTTP layer in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('shows a landing page that loads nothing and names no versions, and no explorer', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html').expect(200);
    expect(page.text).toContain('Zyklus API');
    expect(page.text).not.toMatch(/<script|<link|https?:\/\/|\d+\.\d+\.\d+/);
    await t.http().get('/graphiql/yoga-graphiql.umd.js').expect(404);
  });
});

describe('the limit for requests without an access token', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ ANONYMOUS_RATE_LIMIT: '5/1m' });
  });
  afterAll(() => t.close());

  it('refuses the 6th anonymous request of a client in a minute with TOO_MANY_REQUESTS', async () => {
    const ask = () =>
      t.anonymous
        .with({ 'accept-language': 'en' })
        .gql('mutation { signIn(token: "nope") { accessToken } }');
    // One request with three root fields counts once; refused ones count too.
    const three = await t.anonymous.gql(
      '{ a: programmes { id } b: programmes { id } c: me { id } }',
    );
    expect(new Set(three.errors?.map((e) => e.extensions?.code))).toEqual(
      new Set(['UNAUTHENTICATED']),
    );
    for (let i = 0; i < 4; i += 1) {
      expect((await ask()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await ask();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RATE_LIMITED',
    });
    expect(refused.errors?.[0]?.message).toBe(
      'Too many requests without signing in. Please wait a moment.',
    );
    // Plain server routes count too, in their own format (the web app's static pages do not).
    const page = await t.http().get('/calendar/unknown.ics');
    expect(page.status).toBe(429);
    expect(page.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
  });

  it('does not count signed-in people, nor the health check', async () => {
    const manager = await t.manager();
    for (let i = 0; i < 8; i += 1) {
      expect((await manager.gql('{ me { name } }')).errors).toBeUndefined();
    }
    await t.http().get('/health').expect(200);
  });
});
