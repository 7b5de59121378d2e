export { PrivacyAction } from './audit/privacy-audit-entry.entity';
export { PrivacyAudit } from './audit/privacy-audit';
export { PersonalDataExportService } from './export/personal-data-export.service';
export { PRIVACY_RESOLVERS, PrivacyModule } from './privacy.module';
export { PersonalDataRegistry } from './registry/personal-data-registry';
export { RetentionJob } from './retention/retention-job';
