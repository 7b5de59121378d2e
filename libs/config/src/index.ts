export { AppConfig, DEFAULT_TIME_ZONE, loadConfig } from './app-config';
export { ConfigModule } from './config.module';
export { ConfigurationError } from './environment';
