export { AllErrorsFilter, EXPOSE_INTERNAL_ERRORS } from './errors/all-errors.filter';
export {
  BadUserInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './errors/domain-error';
export type { FieldProblem } from './errors/domain-error';
export { ErrorCode } from './errors/error-code';
export { presentError } from './errors/error-presentation';
export type { ErrorPresentation } from './errors/error-presentation';
export { DEFAULT_LANGUAGE, Language } from './i18n/language';
export type { LocalizedText } from './i18n/language';
export { requestLanguage } from './i18n/request-language';
export type { RequestWithLanguage } from './i18n/request-language';
export { Clock, ClockModule } from './clock/clock';
export { Connection, toConnection } from './pagination/connection';
export type { ConnectionShape } from './pagination/connection';
export { decodeCursor, encodeCursor } from './pagination/cursor';
export { PageArgs } from './pagination/page.args';
export { LocalDateScalar } from './scalars/local-date.scalar';
export { createValidationPipe } from './validation/validation.pipe';
export { reasonOf } from './validation/validation-problems';
export { VALIDATION_TEXTS } from './validation/validation-texts';
export { createLogger } from './logging/create-logger';
export { createGraphQLContext, Loaders } from './graphql/graphql-context';
export type { GraphQLContext } from './graphql/graphql-context';
export { batchLoader, byKeys, groupByKeys, RequestLoaders } from './graphql/request-loaders';
export type { LoaderFactory } from './graphql/request-loaders';
export { OptionalNotNull } from './validation/optional-not-null.decorator';
export { Trim } from './validation/trim.decorator';
export { ParseIdPipe, ParseOptionalIdPipe } from './validation/parse-id.pipe';
export { IsLocalDate } from './validation/is-local-date.decorator';
export { MaxChars } from './validation/max-chars.decorator';
export { addDays, germanDate, localDateOf } from './time/local-date';
export { definedOnly } from './validation/defined-only';
export { LocalTimeScalar } from './scalars/local-time.scalar';
export { IsLocalTime } from './validation/is-local-time.decorator';
export { zonedInstant } from './time/zoned-time';
export { TransactionHooks } from './hooks/transaction-hooks';
export { neutralisedCell, spreadsheetCsv } from './csv/spreadsheet-csv';
export { IsInstant } from './validation/is-instant.decorator';
export {
  cutoffSql,
  ErasureAction,
  PERSONAL_DATA_CONTEXT,
  PersonalDataContext,
} from './personal-data/personal-data.contract';
export type {
  CsvCell,
  ErasureStep,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionCutoffs,
  RetentionRule,
  RetentionScope,
} from './personal-data/personal-data.contract';
export {
  holidayOn,
  holidaysBetween,
  holidayWarnings,
  isDayOff,
  isWeekend,
} from './holidays/holidays';
export type { BundeslandKey } from './holidays/holidays';
