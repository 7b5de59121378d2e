import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import {
  ConfigurationError,
  byteSize,
  durationSeconds,
  EnvironmentVariables,
  formatDuration,
  isTrue,
  LOG_FORMATS,
  LOG_LEVELS,
  NODE_ENVS,
  parseEnvironment,
  rate,
} from './environment';

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export interface DatabaseConfig {
  /** A PostgreSQL server; when absent, the embedded engine (PGlite) is used. */
  url?: string;
  /** Connections per process (the embedded engine always uses one). */
  poolSize: number;
  /** Where the embedded engine keeps its data between restarts. */
  embeddedDataDir: string;
  /** The longest a request waits for a connection (a new one, or a free one from the pool). */
  connectTimeoutSeconds: number;
  /** The longest one statement may run (server side) or wait for its answer (client side). */
  statementTimeoutSeconds: number;
}

/** Limits of the HTTP server in front of GraphQL and the plain routes. */
export interface HttpConfig {
  /** The largest request body accepted; larger ones answer 413. */
  bodyLimitBytes: number;
  /** Requests one client address may make without a valid access token per window. */
  anonymousLimit: number;
  anonymousWindowSeconds: number;
  /** The longest /health waits for its checks before it answers 503. */
  healthTimeoutSeconds: number;
}

export interface MailConfig {
  /** SMTP server; when absent, mails are written as .eml files to `outboxDir`. */
  smtpUrl?: string;
  /** Parallel SMTP connections of the pooled transport. */
  smtpPoolSize: number;
  /**
   * The longest the transport waits for the SMTP server at any one step: connecting (with the
   * greeting and STARTTLS), then each reply — except the reply to the end of a mail's data.
   */
  timeoutSeconds: number;
  /**
   * The longest the transport waits for the reply to the end of a mail's data (RFC 5321
   * 4.5.3.2.6: 10 minutes): the server may be checking the mail, and giving up early could make
   * a mail it accepts go out twice.
   */
  dataTimeoutSeconds: number;
  from: string;
  outboxDir: string;
}

export interface AuthConfig {
  /** Signs access tokens. Random per process outside production when JWT_SECRET is unset. */
  jwtSecret: string;
  /** True when no JWT_SECRET was given and a random one is used (tokens end with the process). */
  jwtSecretGenerated: boolean;
  accessTokenTtlSeconds: number;
}

export interface RemindersConfig {
  /** Whether this process runs the dispatcher (the worker always does). */
  schedulerEnabled: boolean;
  tickSeconds: number;
  /** How late a reminder created after its due time may still go out (before the event). */
  graceSeconds: number;
  /** How long a claim holds before another instance may take the row. */
  leaseSeconds: number;
  /**
   * How long after its claim a batch may still start a mail: the lease less one mail's worst case
   * and the time to record the outcomes. Mails not started by then are retried; a mail started
   * runs to its end, so no claim runs out while its mail is in flight.
   */
  startWindowSeconds: number;
  batchSize: number;
  maxAttempts: number;
  /** The first retry's delay; each next one doubles it. */
  retryBaseSeconds: number;
}

interface AppConfigValues {
  nodeEnv: (typeof NODE_ENVS)[number];
  port: number;
  appUrl: string;
  timeZone: string;
  database: DatabaseConfig;
  log: { level: (typeof LOG_LEVELS)[number]; format: (typeof LOG_FORMATS)[number] };
  seedDemoData: boolean;
  mail: MailConfig;
  auth: AuthConfig;
  /** Express "trust proxy": which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | number | string;
  reminders: RemindersConfig;
  http: HttpConfig;
}

/**
 * Typed, validated configuration. Injected by class token so consumers write
 * `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig implements AppConfigValues {
  readonly nodeEnv!: AppConfigValues['nodeEnv'];
  readonly port!: number;
  readonly appUrl!: string;
  readonly timeZone!: string;
  readonly database!: DatabaseConfig;
  readonly log!: AppConfigValues['log'];
  readonly seedDemoData!: boolean;
  readonly mail!: MailConfig;
  readonly auth!: AuthConfig;
  readonly trustProxy!: boolean | number | string;
  readonly reminders!: RemindersConfig;
  readonly http!: HttpConfig;

  constructor(values: AppConfigValues) {
    Object.assign(this, values);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

const MIN_SECRET_CHARACTERS = 10;

/**
 * The steps of one SMTP session that each wait up to SMTP_TIMEOUT for the server in the worst
 * case: connecting (greeting, STARTTLS), EHLO, AUTH, MAIL, RCPT, DATA. The reply to the end of
 * the data waits up to SMTP_DATA_TIMEOUT.
 */
export const SMTP_STEPS_PER_MAIL = 6;
/** Left of a lease after a batch's last mail: recording the outcomes, clocks a little apart. */
export const RECORD_MARGIN_SECONDS = 30;

/**
 * A mail started must be able to finish within the lease: otherwise a slow (not even hung)
 * server lets claims run out while mails are in flight, and another instance sends them again.
 * Answers how long after its claim a batch may still start a mail.
 */
function checkLease(leaseSeconds: number, smtpTimeout: number, dataTimeout: number): number {
  const worstMail = SMTP_STEPS_PER_MAIL * smtpTimeout + dataTimeout;
  const worstBatch = worstMail + RECORD_MARGIN_SECONDS;
  if (leaseSeconds <= worstBatch) {
    throw new ConfigurationError(
      `Invalid configuration: REMINDER_LEASE (${formatDuration(leaseSeconds)}) must be longer than a mail's worst-case send time and the time to record it, ${formatDuration(worstBatch)} (${SMTP_STEPS_PER_MAIL} × SMTP_TIMEOUT ${formatDuration(smtpTimeout)}, SMTP_DATA_TIMEOUT ${formatDuration(dataTimeout)} for the reply to the data, ${formatDuration(RECORD_MARGIN_SECONDS)} to record the outcome): raise REMINDER_LEASE or lower the timeouts`,
    );
  }
  return leaseSeconds - worstBatch;
}

function fromEnvironment(env: EnvironmentVariables, cwd: string): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const port = env.PORT ?? 3000;
  const production = nodeEnv === 'production';
  if (production && !env.JWT_SECRET) {
    throw new ConfigurationError(
      'Invalid configuration: JWT_SECRET must be set in production (at least 32 random characters)',
    );
  }
  // Long is not enough: "xxxx…" or a repeated word is easy to guess.
  if (production && new Set(env.JWT_SECRET).size < MIN_SECRET_CHARACTERS) {
    throw new ConfigurationError(
      `Invalid configuration: JWT_SECRET must be random (at least ${MIN_SECRET_CHARACTERS} different characters), e.g. from \`openssl rand -base64 48\``,
    );
  }
  // "true" believes the left-most X-Forwarded-For entry, which the client writes itself: anyone
  // could pick a new address per request and slip past the per-client rate limit.
  if (production && env.TRUST_PROXY === 'true') {
    throw new ConfigurationError(
      'Invalid configuration: TRUST_PROXY=true lets clients choose their address in production; give the number of proxies in front of Zyklus (e.g. 1) or their addresses (e.g. 10.0.0.0/8)',
    );
  }
  const smtpTimeoutSeconds = durationSeconds(env.SMTP_TIMEOUT ?? '20s');
  const dataTimeoutSeconds = durationSeconds(env.SMTP_DATA_TIMEOUT ?? '10m');
  const leaseSeconds = durationSeconds(env.REMINDER_LEASE ?? '15m');
  const startWindowSeconds = checkLease(leaseSeconds, smtpTimeoutSeconds, dataTimeoutSeconds);
  // Production runs on a PostgreSQL server (DESIGN §3), never on the embedded engine.
  if (production && !env.DATABASE_URL) {
    throw new ConfigurationError(
      'Invalid configuration: DATABASE_URL must be set in production (the embedded database is for trying Zyklus out), e.g. postgres://user:password@host:5432/zyklus',
    );
  }
  return new AppConfig({
    nodeEnv,
    port,
    appUrl: (env.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    timeZone: env.TZ ?? DEFAULT_TIME_ZONE,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE ?? 10,
      embeddedDataDir: resolve(cwd, env.PGLITE_DATA_DIR ?? 'data/pglite'),
      connectTimeoutSeconds: durationSeconds(env.DATABASE_CONNECT_TIMEOUT ?? '5s'),
      statementTimeoutSeconds: durationSeconds(env.DATABASE_STATEMENT_TIMEOUT ?? '30s'),
    },
    log: {
      level: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'log'),
      format: env.LOG_FORMAT ?? (production ? 'json' : 'pretty'),
    },
    // Demo data by default only where nobody has real data: the embedded engine.
    seedDemoData: env.SEED_DEMO_DATA !== undefined ? isTrue(env.SEED_DEMO_DATA) : !env.DATABASE_URL,
    mail: {
      smtpUrl: env.SMTP_URL,
      smtpPoolSize: env.SMTP_POOL_SIZE ?? 5,
      timeoutSeconds: smtpTimeoutSeconds,
      dataTimeoutSeconds,
      from: env.MAIL_FROM ?? 'Zyklus <zyklus@localhost>',
      outboxDir: resolve(cwd, env.MAIL_OUTBOX_DIR ?? 'data/outbox'),
    },
    auth: {
      jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      jwtSecretGenerated: !env.JWT_SECRET,
      accessTokenTtlSeconds: durationSeconds(env.JWT_TTL ?? '12h'),
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    reminders: {
      schedulerEnabled: env.SCHEDULER_ENABLED === undefined || isTrue(env.SCHEDULER_ENABLED),
      tickSeconds: durationSeconds(env.REMINDER_TICK ?? '30s'),
      graceSeconds: durationSeconds(env.REMINDER_GRACE ?? '12h'),
      leaseSeconds,
      startWindowSeconds,
      batchSize: env.REMINDER_BATCH_SIZE ?? 200,
      maxAttempts: env.REMINDER_MAX_ATTEMPTS ?? 6,
      retryBaseSeconds: durationSeconds(env.REMINDER_RETRY_BASE ?? '1m'),
    },
    http: {
      bodyLimitBytes: byteSize(env.BODY_LIMIT ?? '100kb'),
      ...anonymousRate(env.ANONYMOUS_RATE_LIMIT ?? '300/1m'),
      healthTimeoutSeconds: durationSeconds(env.HEALTH_TIMEOUT ?? '2s'),
    },
  });
}

function anonymousRate(
  value: string,
): Pick<HttpConfig, 'anonymousLimit' | 'anonymousWindowSeconds'> {
  const { limit, windowSeconds } = rate(value);
  return { anonymousLimit: limit, anonymousWindowSeconds: windowSeconds };
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const bad = value.split(',').find((entry) => !isProxyAddress(entry.trim()));
  if (bad !== undefined) {
    throw new ConfigurationError(
      `Invalid configuration: TRUST_PROXY must be true, false, a number of proxies, or addresses/subnets such as 10.0.0.0/8 (got "${bad.trim()}")`,
    );
  }
  return value;
}

/** What Express's "trust proxy" takes in a list: an address, a subnet, or one of its names. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  if (/^\d+$/.test(prefix)) return Number(prefix) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(prefix) === 4; // a netmask, e.g. 255.255.255.0
}

/** Validates `env` and builds the configuration; throws ConfigurationError on a bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  return fromEnvironment(parseEnvironment(env), cwd);
}
