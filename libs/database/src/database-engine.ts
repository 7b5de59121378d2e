import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from './embedded/embedded-postgres';

/**
 * Which PostgreSQL this process uses: the server from DATABASE_URL, or the embedded engine
 * (PGlite) with its data in PGLITE_DATA_DIR, started here and stopped on shutdown.
 */
export class DatabaseEngine implements OnApplicationShutdown {
  private static readonly logger = new Logger('Database');
  private dataSource?: DataSource;

  private constructor(
    readonly url: string,
    readonly poolSize: number,
    readonly embedded: boolean,
    private readonly stopEngine: () => Promise<void>,
  ) {}

  static async start(config: AppConfig): Promise<DatabaseEngine> {
    if (config.database.url) {
      const target = new URL(config.database.url);
      DatabaseEngine.logger.log(
        `Using PostgreSQL at ${target.hostname}:${target.port || 5432}${target.pathname}`,
      );
      return new DatabaseEngine(config.database.url, config.database.poolSize, false, () =>
        Promise.resolve(),
      );
    }
    const dataDir = config.database.embeddedDataDir;
    DatabaseEngine.logger.log(
      `No DATABASE_URL set: using the embedded PostgreSQL (PGlite) with data in ${dataDir}`,
    );
    const engine = await startEmbeddedPostgres({ dataDir });
    // One backend: a pool of one connection, or concurrent transactions would interleave.
    return new DatabaseEngine(engine.url, 1, true, () => engine.stop());
  }

  /** Close this data source before the engine stops, whatever order Nest shuts modules down in. */
  closeWith(dataSource: DataSource): void {
    this.dataSource = dataSource;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
    await this.stopEngine();
  }
}
