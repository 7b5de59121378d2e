import { resolve } from 'node:path';
import {
  EnvironmentVariables,
  LOG_FORMATS,
  LOG_LEVELS,
  NODE_ENVS,
  parseEnvironment,
} from './environment';

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export interface DatabaseConfig {
  /** A PostgreSQL server; when absent, the embedded engine (PGlite) is used. */
  url?: string;
  /** Connections per process (the embedded engine always uses one). */
  poolSize: number;
  /** Where the embedded engine keeps its data between restarts. */
  embeddedDataDir: string;
}

/**
 * Typed, validated configuration. Injected by class token so consumers write
 * `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  constructor(
    readonly nodeEnv: (typeof NODE_ENVS)[number],
    readonly port: number,
    readonly appUrl: string,
    readonly timeZone: string,
    readonly database: DatabaseConfig,
    readonly log: { level: (typeof LOG_LEVELS)[number]; format: (typeof LOG_FORMATS)[number] },
    readonly seedDemoData: boolean,
  ) {}

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

function fromEnvironment(env: EnvironmentVariables, cwd: string): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const port = env.PORT ?? 3000;
  const production = nodeEnv === 'production';
  return new AppConfig(
    nodeEnv,
    port,
    (env.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    env.TZ ?? DEFAULT_TIME_ZONE,
    {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE ?? 10,
      embeddedDataDir: resolve(cwd, env.PGLITE_DATA_DIR ?? 'data/pglite'),
    },
    {
      level: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'log'),
      format: env.LOG_FORMAT ?? (production ? 'json' : 'pretty'),
    },
    // Demo data by default only where nobody has real data: the embedded engine.
    env.SEED_DEMO_DATA !== undefined ? env.SEED_DEMO_DATA === 'true' : !env.DATABASE_URL,
  );
}

/** Validates `env` and builds the configuration; throws ConfigurationError on a bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  return fromEnvironment(parseEnvironment(env), cwd);
}
