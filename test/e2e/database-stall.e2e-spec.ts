import { FreezableProxy } from '../support/freezable-proxy';
import { TestApp } from '../support/test-app';
import { describeOnServer, ENV } from '../support/test-database';

/** How long `work` took, in milliseconds, with its result. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = Date.now();
  const result = await work();
  return { ms: Date.now() - start, result };
}

describeOnServer()('a database that stops answering (a stalled connection)', () => {
  let proxy: FreezableProxy;
  let t: TestApp;

  beforeAll(async () => {
    const server = new URL(process.env[ENV.adminUrl]!);
    proxy = await FreezableProxy.start({
      host: server.hostname,
      port: Number(server.port || 5432),
    });
    t = await TestApp.start(
      {
        DATABASE_CONNECT_TIMEOUT: '1s',
        DATABASE_STATEMENT_TIMEOUT: '2s',
        HEALTH_TIMEOUT: '1s',
      },
      undefined,
      [],
      { databaseUrl: (url) => proxy.via(url) },
    );
  });
  afterAll(async () => {
    proxy.thaw();
    await t.close();
    await proxy.stop();
  });
  afterEach(() => proxy.thaw());

  it('makes /health answer 503 within its own timeout, and 200 again once it answers', async () => {
    await t.http().get('/health').expect(200);
    proxy.freeze();

    const { ms, result } = await timed(() => t.http().get('/health'));
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect(ms).toBeLessThan(2500);

    proxy.thaw();
    await expect(t.http().get('/health')).resolves.toMatchObject({ status: 200 });
  });

  it('answers a request within the statement timeout with SERVICE_UNAVAILABLE, never hangs', async () => {
    const manager = await t.manager();
    await manager.data('{ programmes { id } }');
    proxy.freeze();

    const { ms, result } = await timed(() =>
      manager.with({ 'accept-language': 'en' }).gql('{ programmes { id } }'),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_TIMEOUT',
    });
    expect(result.errors?.[0]?.message).toBe(
      'The database is not answering right now. Please try again in a moment.',
    );
    // The statement timeout (2 s) and a second for the client to give up.
    expect(ms).toBeLessThan(4500);

    proxy.thaw();
    await expect(manager.data('{ programmes { id } }')).resolves.toBeDefined();
  });

  it('answers every waiting health check with 503 in time, more than the pool has connections', async () => {
    proxy.freeze();
    // More requests than the pool has connections: the rest wait for a connection.
    const { ms, result } = await timed(() =>
      Promise.all(Array.from({ length: 12 }, () => t.http().get('/health'))),
    );
    expect(result.map((r) => r.status)).toEqual(Array(12).fill(503));
    expect(ms).toBeLessThan(2500);
  });
});
