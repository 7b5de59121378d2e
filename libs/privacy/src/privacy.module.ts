import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@zyklus/identity';
import { PrivacyAuditEntryEntity } from './audit/privacy-audit-entry.entity';
import { PrivacyAudit } from './audit/privacy-audit';
import { PrivacyAuditLogService } from './audit/privacy-audit-log.service';
import { RoleChangeAudit } from './audit/role-change-audit';
import { ErasureRequestEntity } from './erasure/erasure-request.entity';
import { ErasureService } from './erasure/erasure.service';
import { PersonalDataExportController } from './export/personal-data-export.controller';
import { PersonalDataExportEntity } from './export/personal-data-export.entity';
import { PersonalDataExportService } from './export/personal-data-export.service';
import { PrivacyPersonalData } from './privacy-personal-data';
import { ErasureRequestResolver, PrivacyAuditEntryResolver } from './privacy-people.resolver';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyViews } from './privacy.views';
import { PersonalDataRegistry } from './registry/personal-data-registry';
import { RetentionJob } from './retention/retention-job';
import { RetentionRunEntity } from './retention/retention-run.entity';
import { RetentionSettingEntity } from './retention/retention-setting.entity';
import { RetentionService } from './retention/retention.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const PRIVACY_RESOLVERS = [
  PrivacyResolver,
  ErasureRequestResolver,
  PrivacyAuditEntryResolver,
];

/**
 * Data protection (DESIGN §6): orchestrates every library's personal-data context (found by
 * discovery, never imported) for exports, erasure and retention, and keeps the audit log. Its
 * daily retention job runs wherever the reminder dispatcher runs (api and/or worker).
 */
@Module({
  imports: [
    DiscoveryModule,
    ScheduleModule.forRoot(),
    IdentityModule,
    TypeOrmModule.forFeature([
      PersonalDataExportEntity,
      ErasureRequestEntity,
      RetentionSettingEntity,
      RetentionRunEntity,
      PrivacyAuditEntryEntity,
    ]),
  ],
  controllers: [PersonalDataExportController],
  providers: [
    PersonalDataRegistry,
    PrivacyAudit,
    PrivacyAuditLogService,
    RoleChangeAudit,
    PrivacyPersonalData,
    PersonalDataExportService,
    ErasureService,
    RetentionService,
    RetentionJob,
    PrivacyViews,
    ...PRIVACY_RESOLVERS,
  ],
  exports: [
    PersonalDataRegistry,
    PrivacyAudit,
    PersonalDataExportService,
    RetentionJob,
    RetentionService,
    ErasureService,
  ],
})
export class PrivacyModule {}
