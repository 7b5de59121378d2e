import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBooleanString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  validateSync,
  ValidationError,
  ValidationOptions,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export const LOG_FORMATS = ['json', 'pretty'] as const;

const DURATION = /^([1-9]\d*)([smhd])$/;
/** A body size as body-parser reads it: 100kb, 1mb. */
const BYTE_SIZE = /^([1-9]\d*)(b|kb|mb)$/;
/** Requests per duration: 300/1m. */
const RATE = /^([1-9]\d*)\/([1-9]\d*[smhd])$/;

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * A URL that really parses (`new URL`, as the drivers read it) with one of `protocols`:
 * `postgres://[bad/x` looks like a URL to a pattern but is none.
 */
function IsUrlOf(protocols: readonly string[], options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUrlOf',
      validator: {
        validate: (value) => {
          if (typeof value !== 'string' || !URL.canParse(value)) return false;
          return protocols.includes(new URL(value).protocol);
        },
      },
    },
    options,
  );
}

/**
 * The process environment as Zyklus reads it. Every setting is validated at boot; a bad value
 * stops the process with one line that names the setting (see `loadConfig`).
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(NODE_ENVS, { message: `must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV?: (typeof NODE_ENVS)[number];

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 65535' })
  @Max(65535, { message: 'must be between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'must be an http(s) URL, e.g. https://zyklus.example.org' },
  )
  APP_URL?: string;

  @IsOptional()
  @IsUrlOf(['postgres:', 'postgresql:'], {
    message: 'must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/zyklus',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 100' })
  @Max(100, { message: 'must be between 1 and 100' })
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  PGLITE_DATA_DIR?: string;

  @IsOptional()
  @IsTimeZone({ message: 'must be an IANA time zone, e.g. Europe/Berlin' })
  TZ?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  @IsOptional()
  @IsIn(LOG_FORMATS, { message: `must be one of ${LOG_FORMATS.join(', ')}` })
  LOG_FORMAT?: (typeof LOG_FORMATS)[number];

  @IsOptional()
  @IsBooleanString({ message: 'must be true or false' })
  SEED_DEMO_DATA?: string;

  @IsOptional()
  @IsUrlOf(['smtp:', 'smtps:'], {
    message: 'must be an SMTP URL, e.g. smtp://user:password@mail.example.org:587',
  })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, {
    message: 'must be an address, e.g. "Zyklus <zyklus@example.org>" or zyklus@example.org',
  })
  MAIL_FROM?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  MAIL_OUTBOX_DIR?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long (use a long random string)' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 30m, 12h or 7d' })
  JWT_TTL?: string;

  @IsOptional()
  @Matches(/^(true|false|\d+|[\w.:/, -]+)$/, {
    message:
      'must be true, false, a number of proxies, or addresses/subnets (Express "trust proxy")',
  })
  TRUST_PROXY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 50' })
  @Max(50, { message: 'must be between 1 and 50' })
  SMTP_POOL_SIZE?: number;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 20s or 1m' })
  SMTP_TIMEOUT?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 10m' })
  SMTP_DATA_TIMEOUT?: string;

  @IsOptional()
  @IsBooleanString({ message: 'must be true or false' })
  SCHEDULER_ENABLED?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 30s or 1m' })
  REMINDER_TICK?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 12h' })
  REMINDER_GRACE?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 15m' })
  REMINDER_LEASE?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 1m' })
  REMINDER_RETRY_BASE?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 1000' })
  @Max(1000, { message: 'must be between 1 and 1000' })
  REMINDER_BATCH_SIZE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 20' })
  @Max(20, { message: 'must be between 1 and 20' })
  REMINDER_MAX_ATTEMPTS?: number;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 5s' })
  DATABASE_CONNECT_TIMEOUT?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 30s' })
  DATABASE_STATEMENT_TIMEOUT?: string;

  @IsOptional()
  @Matches(DURATION, { message: 'must be a duration such as 2s' })
  HEALTH_TIMEOUT?: string;

  @IsOptional()
  @Matches(BYTE_SIZE, { message: 'must be a size such as 100kb or 1mb' })
  BODY_LIMIT?: string;

  @IsOptional()
  @Matches(RATE, { message: 'must be requests per duration, such as 300/1m' })
  ANONYMOUS_RATE_LIMIT?: string;
}

/** A duration such as 90s, 30m, 12h or 7d. */
const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** 170 → "2m50s", 300 → "5m": durations as the settings write them. */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of Object.entries(DURATION_UNITS).reverse()) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || '0s';
}

export function durationSeconds(value: string): number {
  const match = DURATION.exec(value);
  if (!match) throw new ConfigurationError(`Not a duration: ${value}`);
  return Number(match[1]) * DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS];
}

/** `100kb` → 102400: body sizes as the settings write them. */
export function byteSize(value: string): number {
  const match = BYTE_SIZE.exec(value);
  if (!match) throw new ConfigurationError(`Not a size: ${value}`);
  return Number(match[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[match[2] as 'b' | 'kb' | 'mb'];
}

/** `300/1m` → 300 requests per 60 seconds. */
export function rate(value: string): { limit: number; windowSeconds: number } {
  const match = RATE.exec(value);
  if (!match) throw new ConfigurationError(`Not a rate: ${value}`);
  return { limit: Number(match[1]), windowSeconds: durationSeconds(match[2]!) };
}

/** Raised for an invalid environment; its message is the one line the process prints. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** Reads a setting that validation (@IsBooleanString) restricted to true, false, 1 or 0. */
export function isTrue(value: string): boolean {
  return value === 'true' || value === '1';
}

/** Settings whose value is never printed, not even when it is refused. */
const SECRETS = new Set(['JWT_SECRET']);

/** `value` as it may appear in a log line: no secrets, no passwords in URLs. */
function shown(property: string, value: unknown): string {
  if (SECRETS.has(property)) {
    return typeof value === 'string' ? `${value.length} characters` : typeof value;
  }
  if (typeof value === 'string' && property.endsWith('_URL')) {
    // scheme://user:password@host → scheme://user:***@host, up to the last @ (an unencoded @
    // in the password), with or without a (mistyped) scheme.
    return JSON.stringify(value.replace(/^((?:[^:/@]*:?\/\/)?[^:/@]*:).*@/, '$1***@'));
  }
  return JSON.stringify(value);
}

/** Type checks first ("must be a whole number" before its range), each message once. */
const TYPE_CONSTRAINTS = ['isInt', 'isString'];

function describe(error: ValidationError): string {
  const value = (error.target as Record<string, unknown> | undefined)?.[error.property];
  const constraints = Object.entries(error.constraints ?? {}).sort(
    ([a], [b]) => Number(TYPE_CONSTRAINTS.includes(b)) - Number(TYPE_CONSTRAINTS.includes(a)),
  );
  const messages = [...new Set(constraints.map(([, message]) => message))].join('; ');
  return `${error.property} ${messages} (got ${shown(error.property, value)})`;
}

/** Parses and validates the environment; throws a ConfigurationError naming the first bad setting. */
export function parseEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  // Empty strings mean "not set" (compose files and shells produce them easily).
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(EnvironmentVariables, present);
  const errors = validateSync(parsed, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigurationError(`Invalid configuration: ${errors.map(describe).join(', ')}`);
  }
  return parsed;
}
