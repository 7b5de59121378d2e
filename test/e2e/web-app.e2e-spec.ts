import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TestApp } from '../support/test-app';

/** The api serves the built web app at / on its own origin (DESIGN §3). */
describe('the web app served by the api', () => {
  let app: TestApp;
  const webDir = mkdtempSync(join(tmpdir(), 'zyklus-web-'));

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Zyklus app</title>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const big = `console.log(${JSON.stringify('Zyklus '.repeat(500))});`;
    writeFileSync(join(webDir, 'assets', 'main-def456.js'), big);
    writeFileSync(join(webDir, 'assets', 'main-def456.js.br'), brotliCompressSync(big));
    writeFileSync(join(webDir, 'assets', 'main-def456.js.gz'), gzipSync(big));
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await TestApp.start({ WEB_DIR: webDir });
  });

  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/sign-in?token=abc', '/workshops/7f0c', '/cohorts/1/overview'])(
    'answers the page address %s with the app, never cached, sending no referrer',
    async (path) => {
      const page = await app.download(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<title>Zyklus app</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    },
  );

  it('serves hashed assets as immutable and other files unhashed', async () => {
    const script = await app.download('/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.download('/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('sends the precompressed copy the browser accepts, typed as the asset', async () => {
    // supertest unpacks what it is sent, as a browser does.
    const brotli = await app
      .http()
      .get('/assets/main-def456.js')
      .set('accept-encoding', 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.text).toContain('Zyklus Zyklus');

    const gzip = await app.http().get('/assets/main-def456.js').set('accept-encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toContain('Zyklus Zyklus');

    const plain = await app.http().get('/assets/main-def456.js').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(3000);
  });

  it('answers a missing asset with 404, not with the app', async () => {
    expect((await app.download('/assets/index-old.js')).status).toBe(404);
  });

  it('leaves the server paths to the server', async () => {
    expect((await app.download('/health')).text).not.toContain('Zyklus app');
    expect((await app.download('/calendar/unknown.ics')).status).toBe(404);
    expect((await app.download('/exports/cohorts/x/attendance.csv')).text).not.toContain(
      'Zyklus app',
    );
    expect((await app.download('/decline/x.y')).text).not.toContain('Zyklus app');
    expect((await app.download('/unsubscribe/x.y')).text).not.toContain('Zyklus app');
    const graphql = await app.http().post('/graphql').send({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
  });
});
