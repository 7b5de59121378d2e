export { AppConfig, DEFAULT_TIME_ZONE, loadConfig } from './app-config';
export type { DatabaseConfig } from './app-config';
export { ConfigModule } from './config.module';
export { ConfigurationError, EnvironmentVariables } from './environment';
