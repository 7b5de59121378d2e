import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement TypeORM sends (transactions' BEGIN/COMMIT included), so tests can
 * assert that a GraphQL request issues a constant number of statements however many rows it
 * returns. Also forwards TypeORM's warnings and migration messages to a log sink.
 */
export class StatementCounter extends AbstractLogger {
  private count = 0;

  constructor(private readonly sink: (level: LogLevel, message: string) => void = () => undefined) {
    // Failing statements are not logged here: the error reaches the caller, which decides.
    super(['warn', 'migration']);
  }

  /** Statements sent since the process started. */
  get total(): number {
    return this.count;
  }

  /** Runs `work` and returns its result with the number of statements sent meanwhile. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.count += 1;
    super.logQuery(query, parameters, queryRunner);
  }

  protected writeLog(
    level: LogLevel,
    messages: LogMessage | string | (LogMessage | string)[],
  ): void {
    for (const message of Array.isArray(messages) ? messages : [messages]) {
      this.sink(level, typeof message === 'string' ? message : String(message.message));
    }
  }
}
