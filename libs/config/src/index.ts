export { AppConfig, DEFAULT_TIME_ZONE, loadConfig } from './app-config';
export type { AuthConfig, DatabaseConfig, HttpConfig, MailConfig } from './app-config';
export { ConfigModule } from './config.module';
export { ConfigurationError, EnvironmentVariables } from './environment';
