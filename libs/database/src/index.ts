export {
  isConcurrencyFailure,
  isForeignKeyViolation,
  isUniqueViolation,
} from './constraint-violation';
export { dataSourceOptions, runMigrations } from './data-source-options';
export { DatabaseModule } from './database.module';
export { startEmbeddedPostgres } from './embedded/embedded-postgres';
export { StatementCounter } from './statement-counter';
export { ByIdLoader } from './by-id.loader';
export { DataDirInUseError } from './embedded/data-dir-lock';
