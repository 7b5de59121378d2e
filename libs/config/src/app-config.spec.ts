import { resolve } from 'node:path';
import { AppConfig, loadConfig } from './app-config';
import { ConfigurationError } from './environment';

const CWD = resolve('/srv/zyklus');
const SECRET = 'a-long-random-secret-of-at-least-32-characters';

const load = (env: NodeJS.ProcessEnv) => loadConfig(env, CWD);

/** What production needs besides a secret: a PostgreSQL server. */
const PRODUCTION = { NODE_ENV: 'production', DATABASE_URL: 'postgres://zyklus@db:5432/zyklus' };

/** The error loadConfig raises for `env`; fails the test when it accepts the environment. */
function refusal(env: NodeJS.ProcessEnv): ConfigurationError {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    const refused = error as ConfigurationError;
    expect(refused.message).not.toContain('\n');
    return refused;
  }
  throw new Error(`Expected the environment to be refused: ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  describe('with an empty environment', () => {
    const config = load({});

    it('serves development on port 3000 in Berlin time', () => {
      expect(config.nodeEnv).toBe('development');
      expect(config.isProduction).toBe(false);
      expect(config.port).toBe(3000);
      expect(config.appUrl).toBe('http://localhost:3000');
      expect(config.timeZone).toBe('Europe/Berlin');
    });

    it('uses the embedded database under the working directory and seeds demo data', () => {
      expect(config.database.url).toBeUndefined();
      expect(config.database.embeddedDataDir).toBe(resolve(CWD, 'data/pglite'));
      expect(config.database.poolSize).toBe(10);
      expect(config.seedDemoData).toBe(true);
    });

    it('writes mails to the outbox directory instead of an SMTP server', () => {
      expect(config.mail.smtpUrl).toBeUndefined();
      expect(config.mail.outboxDir).toBe(resolve(CWD, 'data/outbox'));
      expect(config.mail.from).toBe('Zyklus <zyklus@localhost>');
    });

    it('signs tokens with a generated secret valid for 12 hours', () => {
      expect(config.auth.jwtSecretGenerated).toBe(true);
      expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
      expect(config.auth.accessTokenTtlSeconds).toBe(12 * 3600);
      expect(load({}).auth.jwtSecret).not.toBe(config.auth.jwtSecret);
    });

    it('logs pretty at level log and trusts no proxy', () => {
      expect(config.log).toEqual({ level: 'log', format: 'pretty' });
      expect(config.trustProxy).toBe(false);
    });
  });

  it('treats empty strings as unset', () => {
    const config = load({ PORT: '', TZ: '', DATABASE_URL: '', SMTP_URL: '', JWT_SECRET: '' });

    expect(config.port).toBe(3000);
    expect(config.timeZone).toBe('Europe/Berlin');
    expect(config.database.url).toBeUndefined();
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.auth.jwtSecretGenerated).toBe(true);
  });

  it.each([
    'postgres://zyklus:secret@db:5432/zyklus',
    'postgresql://db/zyklus',
    'postgres://zyklus:p%40ss%2Fword@[::1]:5432/zyklus?sslmode=require',
    'postgres:///zyklus?host=/var/run/postgresql',
  ])('accepts the PostgreSQL URL %s', (url) => {
    expect(load({ DATABASE_URL: url }).database.url).toBe(url);
  });

  it('reads the settings it is given', () => {
    const config = load({
      NODE_ENV: 'test',
      PORT: ' 8080 ',
      APP_URL: 'https://zyklus.example.org//',
      TZ: 'America/New_York',
      DATABASE_URL: 'postgres://zyklus:secret@db:5432/zyklus',
      DATABASE_POOL_SIZE: '25',
      MAIL_OUTBOX_DIR: '/var/mail/zyklus',
      JWT_SECRET: SECRET,
      JWT_TTL: '30m',
      TRUST_PROXY: '2',
    });

    expect(config.port).toBe(8080);
    expect(config.appUrl).toBe('https://zyklus.example.org');
    expect(config.timeZone).toBe('America/New_York');
    expect(config.database.url).toBe('postgres://zyklus:secret@db:5432/zyklus');
    expect(config.database.poolSize).toBe(25);
    expect(config.seedDemoData).toBe(false);
    expect(config.mail.outboxDir).toBe('/var/mail/zyklus');
    expect(config.auth).toEqual({
      jwtSecret: SECRET,
      jwtSecretGenerated: false,
      accessTokenTtlSeconds: 30 * 60,
    });
    expect(config.log.level).toBe('warn');
    expect(config.trustProxy).toBe(2);
  });

  it('derives the app URL from the port when APP_URL is unset', () => {
    expect(load({ PORT: '4100' }).appUrl).toBe('http://localhost:4100');
  });

  it.each([
    ['90s', 90],
    ['30m', 1800],
    ['12h', 43_200],
    ['7d', 604_800],
  ])('reads JWT_TTL=%s as %i seconds', (ttl, seconds) => {
    expect(load({ JWT_TTL: ttl }).auth.accessTokenTtlSeconds).toBe(seconds);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['1', 1],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as %p', (value, expected) => {
    expect(load({ TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it.each(['TRUE', 'yes', '10.0.0.0/33', 'loopback, proxy.example.org'])(
    'refuses TRUST_PROXY=%s, which Express could not read, with one line',
    (value) => {
      expect(refusal({ TRUST_PROXY: value }).message).toMatch(
        /^Invalid configuration: TRUST_PROXY must be true, false, a number of proxies, or addresses\/subnets/,
      );
    },
  );

  it('takes the lists Express takes: addresses, subnets, netmasks and its names', () => {
    const value = 'loopback, 10.0.0.0/8, 192.168.1.0/255.255.255.0, fd00::/8, 203.0.113.7';
    expect(load({ TRUST_PROXY: value }).trustProxy).toBe(value);
  });

  it('refuses TRUST_PROXY=true in production, where a hop count or addresses are needed', () => {
    const production = { ...PRODUCTION, JWT_SECRET: SECRET };
    expect(refusal({ ...production, TRUST_PROXY: 'true' }).message).toBe(
      'Invalid configuration: TRUST_PROXY=true lets clients choose their address in production; give the number of proxies in front of Zyklus (e.g. 1) or their addresses (e.g. 10.0.0.0/8)',
    );
    expect(load({ ...production, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(load({ ...production, TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
  });

  it('lets SEED_DEMO_DATA override the default in both directions', () => {
    expect(load({ SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    expect(
      load({ SEED_DEMO_DATA: 'true', DATABASE_URL: 'postgresql://db/zyklus' }).seedDemoData,
    ).toBe(true);
  });

  describe.each([
    ['SEED_DEMO_DATA', (config: AppConfig) => config.seedDemoData],
    ['SCHEDULER_ENABLED', (config: AppConfig) => config.reminders.schedulerEnabled],
  ])('the boolean setting %s', (name, read) => {
    it.each([
      ['true', true],
      ['1', true],
      ['false', false],
      ['0', false],
    ])('reads %s as %p (both defaults overridden)', (value, expected) => {
      expect(read(load({ [name]: value }))).toBe(expected);
      expect(read(load({ [name]: value, DATABASE_URL: 'postgres://db/zyklus' }))).toBe(expected);
    });

    it.each(['yes', 'no', 'TRUE', 'on'])('refuses %s', (value) => {
      expect(refusal({ [name]: value }).message).toContain(`${name} must be true or false`);
    });
  });

  describe('refuses a bad setting with one line naming it', () => {
    it.each([
      ['PORT', '70000', 'PORT must be between 1 and 65535 (got 70000)'],
      ['PORT', '-1', 'PORT must be between 1 and 65535 (got -1)'],
      ['PORT', '0', 'PORT must be between 1 and 65535 (got 0)'],
      ['TZ', 'Mars/Olympus_Mons', 'TZ must be an IANA time zone, e.g. Europe/Berlin'],
      ['APP_URL', 'zyklus.example.org', 'APP_URL must be an http(s) URL'],
      ['APP_URL', 'ftp://zyklus.example.org', 'APP_URL must be an http(s) URL'],
      [
        'NODE_ENV',
        'staging',
        'NODE_ENV must be one of development, production, test (got "staging")',
      ],
      ['JWT_TTL', '12', 'JWT_TTL must be a duration such as 30m, 12h or 7d'],
      ['JWT_TTL', '0h', 'JWT_TTL must be a duration'],
      ['JWT_TTL', '1w', 'JWT_TTL must be a duration'],
      ['DATABASE_URL', 'mysql://db/zyklus', 'DATABASE_URL must be a PostgreSQL URL'],
      [
        'DATABASE_URL',
        'postgres://[bad/x',
        'DATABASE_URL must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/zyklus (got "postgres://[bad/x")',
      ],
      ['DATABASE_URL', 'postgres://db:port/zyklus', 'DATABASE_URL must be a PostgreSQL URL'],
      ['SMTP_URL', 'smtp://[mail', 'SMTP_URL must be an SMTP URL'],
      ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE must be between 1 and 100 (got 0)'],
      ['LOG_LEVEL', 'trace', 'LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose'],
      ['SEED_DEMO_DATA', 'yes', 'SEED_DEMO_DATA must be true or false'],
      ['SMTP_URL', 'http://mail.example.org', 'SMTP_URL must be an SMTP URL'],
      ['MAIL_FROM', 'Zyklus', 'MAIL_FROM must be an address'],
    ])('%s=%s', (name: string, value: string, message: string | RegExp) => {
      const error = refusal({ [name]: value });

      expect(error.message).toMatch(/^Invalid configuration: /);
      if (typeof message === 'string') expect(error.message).toContain(message);
      else expect(error.message).toMatch(message);
    });

    it.each([
      ['PORT', 'abc', 'must be between 1 and 65535'],
      ['PORT', '30.5', 'must be between 1 and 65535'],
      ['DATABASE_POOL_SIZE', 'ten', 'must be between 1 and 100'],
      ['DATABASE_POOL_SIZE', '2.5', 'must be between 1 and 100'],
    ])('%s=%s: a whole number first, each message once', (name, value, range) => {
      expect(refusal({ [name]: value }).message).toBe(
        `Invalid configuration: ${name} must be a whole number; ${range} (got "${value}")`,
      );
    });

    it('names every bad setting at once', () => {
      const error = refusal({ PORT: 'abc', TZ: 'Nowhere/Town' });

      expect(error.message).toContain('PORT must be a whole number; must be between 1 and 65535');
      expect(error.message).toContain('TZ must be an IANA time zone');
    });
  });

  describe('never prints secrets when refusing a setting', () => {
    it('does not echo JWT_SECRET, only its length', () => {
      const message = refusal({ JWT_SECRET: 'hunter2-hunter2' }).message;

      expect(message).toBe(
        'Invalid configuration: JWT_SECRET must be at least 32 characters long (use a long random string) (got 15 characters)',
      );
      expect(message).not.toContain('hunter2');
    });

    it.each([
      ['DATABASE_URL', 'mysql://zyklus:s3cret@db:3306/zyklus', 'mysql://zyklus:***@db:3306/zyklus'],
      ['DATABASE_URL', 'postgres//zyklus:s3cret@db/zyklus', 'postgres//zyklus:***@db/zyklus'],
      ['DATABASE_URL', 'zyklus:s3cret@db/zyklus', 'zyklus:***@db/zyklus'],
      ['DATABASE_URL', 'mysql://zyklus:s3c@r/t@db/zyklus', 'mysql://zyklus:***@db/zyklus'],
      ['SMTP_URL', 'http://mailer:s3cret@mail.example.org', 'http://mailer:***@mail.example.org'],
      ['APP_URL', 'ftp://admin:s3cret@zyklus.example.org', 'ftp://admin:***@zyklus.example.org'],
    ])('masks the password in %s=%s', (name, value, masked) => {
      const message = refusal({ [name]: value }).message;

      expect(message).toContain(`(got "${masked}")`);
      expect(message).not.toContain('s3c');
    });

    it('still shows a URL without a password', () => {
      expect(refusal({ DATABASE_URL: 'mysql://db/zyklus' }).message).toContain(
        '(got "mysql://db/zyklus")',
      );
    });
  });

  describe('in production', () => {
    it('refuses to start without JWT_SECRET', () => {
      expect(refusal({ NODE_ENV: 'production' }).message).toBe(
        'Invalid configuration: JWT_SECRET must be set in production (at least 32 random characters)',
      );
      expect(refusal({ NODE_ENV: 'production', JWT_SECRET: '' }).message).toContain(
        'JWT_SECRET must be set in production',
      );
    });

    it('refuses a JWT_SECRET shorter than 32 characters', () => {
      const error = refusal({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) });

      expect(error.message).toContain('JWT_SECRET must be at least 32 characters long');
    });

    it.each([['x'.repeat(32)], ['ab'.repeat(20)], ['0123456789'.repeat(4).replace(/9/g, '8')]])(
      'refuses a JWT_SECRET with fewer than 10 different characters: %s',
      (secret) => {
        const message = refusal({ NODE_ENV: 'production', JWT_SECRET: secret }).message;

        expect(message).toBe(
          'Invalid configuration: JWT_SECRET must be random (at least 10 different characters), e.g. from `openssl rand -base64 48`',
        );
        expect(message).not.toContain(secret);
      },
    );

    it('accepts a secret with exactly 10 different characters', () => {
      const secret = '0123456789'.repeat(4);

      expect(load({ ...PRODUCTION, JWT_SECRET: secret }).auth.jwtSecret).toBe(secret);
    });

    it.each([[{}], [{ DATABASE_URL: '' }]])(
      'refuses to start without DATABASE_URL (not on the embedded engine): %p',
      (env) => {
        expect(refusal({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...env }).message).toBe(
          'Invalid configuration: DATABASE_URL must be set in production (the embedded database is for trying Zyklus out), e.g. postgres://user:password@host:5432/zyklus',
        );
      },
    );

    it('starts with a strong secret, logging JSON', () => {
      const config = load({ ...PRODUCTION, JWT_SECRET: SECRET });

      expect(config.isProduction).toBe(true);
      expect(config.auth.jwtSecret).toBe(SECRET);
      expect(config.auth.jwtSecretGenerated).toBe(false);
      expect(config.log).toEqual({ level: 'log', format: 'json' });
    });
  });

  it('refuses a short JWT_SECRET outside production too', () => {
    expect(refusal({ JWT_SECRET: 'secret' }).message).toContain(
      'JWT_SECRET must be at least 32 characters long',
    );
  });

  describe('the reminder lease, SMTP_TIMEOUT and SMTP_DATA_TIMEOUT', () => {
    it('waits 20 s for each step, 10 minutes for the reply to the data, and holds claims 15 minutes', () => {
      const config = load({});

      expect(config.mail.timeoutSeconds).toBe(20);
      expect(config.mail.dataTimeoutSeconds).toBe(600);
      expect(config.reminders.leaseSeconds).toBe(900);
      // 15m less 6 × 20 s, 10 minutes and 30 s: a batch starts mails for 2 1/2 minutes.
      expect(config.reminders.startWindowSeconds).toBe(150);
    });

    it('refuses a lease shorter than a mail can take, in one line with the numbers', () => {
      expect(refusal({ REMINDER_LEASE: '5m' }).message).toBe(
        "Invalid configuration: REMINDER_LEASE (5m) must be longer than a mail's worst-case send time and the time to record it, 12m30s (6 × SMTP_TIMEOUT 20s, SMTP_DATA_TIMEOUT 10m for the reply to the data, 30s to record the outcome): raise REMINDER_LEASE or lower the timeouts",
      );
      expect(refusal({ SMTP_TIMEOUT: '1m' }).message).toContain(
        "REMINDER_LEASE (15m) must be longer than a mail's worst-case send time and the time to record it, 16m30s",
      );
      expect(refusal({ SMTP_DATA_TIMEOUT: '15m' }).message).toContain('17m30s');
    });

    it('accepts shorter timeouts with a shorter lease', () => {
      const config = load({ SMTP_TIMEOUT: '10s', SMTP_DATA_TIMEOUT: '2m', REMINDER_LEASE: '5m' });

      expect(config.mail.timeoutSeconds).toBe(10);
      expect(config.mail.dataTimeoutSeconds).toBe(120);
      expect(config.reminders.startWindowSeconds).toBe(90);
    });

    it('refuses timeouts that are not durations', () => {
      expect(refusal({ SMTP_TIMEOUT: '20' }).message).toContain(
        'SMTP_TIMEOUT must be a duration such as 20s or 1m (got "20")',
      );
      expect(refusal({ SMTP_DATA_TIMEOUT: 'long' }).message).toContain(
        'SMTP_DATA_TIMEOUT must be a duration such as 10m (got "long")',
      );
    });
  });

  describe('SMTP_URL', () => {
    it.each(['smtp://mail.example.org:587', 'smtps://user:password@mail.example.org:465'])(
      'sends mail through %s instead of the outbox',
      (url) => {
        expect(load({ SMTP_URL: url }).mail.smtpUrl).toBe(url);
      },
    );

    it('keeps the configured sender', () => {
      const config = load({
        SMTP_URL: 'smtp://mail.example.org',
        MAIL_FROM: 'Zyklus <zyklus@example.org>',
      });

      expect(config.mail.from).toBe('Zyklus <zyklus@example.org>');
      expect(load({ MAIL_FROM: 'zyklus@example.org' }).mail.from).toBe('zyklus@example.org');
    });
  });
});
