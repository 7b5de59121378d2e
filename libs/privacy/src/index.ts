export { PrivacyAction, PrivacyAuditEntryEntity } from './audit/privacy-audit-entry.entity';
export { PrivacyAudit } from './audit/privacy-audit';
export type { AuditRecord } from './audit/privacy-audit';
export { ErasureRequestEntity } from './erasure/erasure-request.entity';
export { ErasureService } from './erasure/erasure.service';
export { buildArchive } from './export/export-archive';
export { PersonalDataExportEntity } from './export/personal-data-export.entity';
export { PersonalDataExportService } from './export/personal-data-export.service';
export { EXPORT_DAYS, PrivacyPersonalData } from './privacy-personal-data';
export { PRIVACY_RESOLVERS, PrivacyModule } from './privacy.module';
export { PersonalDataRegistry } from './registry/personal-data-registry';
export type { RegisteredRetentionRule } from './registry/personal-data-registry';
export { RETENTION_CHECK_MS, RetentionJob } from './retention/retention-job';
export { RetentionRunEntity } from './retention/retention-run.entity';
export { RetentionSettingEntity } from './retention/retention-setting.entity';
export { RetentionService } from './retention/retention.service';
// The contract each context implements lives in @zyklus/common (identity implements it too).
export { cutoffSql, ErasureAction, PersonalDataContext } from '@zyklus/common';
export type {
  ErasureStep,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
  RetentionScope,
} from '@zyklus/common';
