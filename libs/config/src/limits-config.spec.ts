import { loadConfig } from './app-config';
import { ConfigurationError } from './environment';

const load = (env: NodeJS.ProcessEnv) => loadConfig(env, '/srv/zyklus');

describe('timeouts and limits', () => {
  it('waits 5 s for a connection, 30 s for a statement and 2 s for the health check', () => {
    const config = load({});
    expect(config.database).toMatchObject({
      connectTimeoutSeconds: 5,
      statementTimeoutSeconds: 30,
    });
    expect(config.http.healthTimeoutSeconds).toBe(2);
  });

  it('accepts bodies up to 100 kB and 300 anonymous requests per minute and client', () => {
    expect(load({}).http).toMatchObject({
      bodyLimitBytes: 100 * 1024,
      anonymousLimit: 300,
      anonymousWindowSeconds: 60,
    });
  });

  it('reads the settings it is given', () => {
    const config = load({
      DATABASE_CONNECT_TIMEOUT: '2s',
      DATABASE_STATEMENT_TIMEOUT: '1m',
      HEALTH_TIMEOUT: '3s',
      BODY_LIMIT: '1mb',
      ANONYMOUS_RATE_LIMIT: '1000/15m',
    });
    expect(config.database).toMatchObject({
      connectTimeoutSeconds: 2,
      statementTimeoutSeconds: 60,
    });
    expect(config.http).toEqual({
      bodyLimitBytes: 1024 * 1024,
      anonymousLimit: 1000,
      anonymousWindowSeconds: 900,
      healthTimeoutSeconds: 3,
    });
  });

  it.each([
    ['DATABASE_CONNECT_TIMEOUT', '5', 'DATABASE_CONNECT_TIMEOUT must be a duration such as 5s'],
    ['DATABASE_STATEMENT_TIMEOUT', '0s', 'DATABASE_STATEMENT_TIMEOUT must be a duration'],
    ['HEALTH_TIMEOUT', '500ms', 'HEALTH_TIMEOUT must be a duration'],
    ['BODY_LIMIT', '1gb', 'BODY_LIMIT must be a size such as 100kb or 1mb'],
    ['ANONYMOUS_RATE_LIMIT', '300', 'ANONYMOUS_RATE_LIMIT must be requests per duration'],
    ['ANONYMOUS_RATE_LIMIT', '0/1m', 'ANONYMOUS_RATE_LIMIT must be requests per duration'],
  ])('refuses %s=%s at boot', (name, value, message) => {
    expect(() => load({ [name]: value })).toThrow(ConfigurationError);
    expect(() => load({ [name]: value })).toThrow(message);
  });
});
