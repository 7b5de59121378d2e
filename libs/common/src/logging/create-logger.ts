import { ConsoleLogger, LogLevel } from '@nestjs/common';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * The process logger: one JSON object per line in production (for log collectors), readable
 * coloured lines in development. `level` is the most verbose level that is still printed.
 */
export function createLogger(options: {
  level: LogLevel;
  format: 'json' | 'pretty';
  name: string;
}): ConsoleLogger {
  const logLevels = ORDER.slice(0, ORDER.indexOf(options.level) + 1);
  return options.format === 'json'
    ? new ConsoleLogger(options.name, { json: true, logLevels, colors: false })
    : new ConsoleLogger(options.name, { logLevels, prefix: options.name });
}
