import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { PrivacyAuditEntryEntity } from './audit/privacy-audit-entry.entity';
import { ContextErasure } from './erasure/erasure.service';
import { PersonalDataExportEntity } from './export/personal-data-export.entity';
import { PersonalDataExportService } from './export/personal-data-export.service';
import {
  ErasurePreview,
  PersonalDataExport,
  PrivacyAuditEntry,
  RetentionRuleInfo,
  RetentionRunInfo,
} from './privacy.models';
import { RetentionRunEntity } from './retention/retention-run.entity';
import { RetentionRuleView } from './retention/retention.service';

/** Turns the services' rows into the GraphQL types, texts in the reader's language. */
@Injectable()
export class PrivacyViews {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly clock: Clock,
  ) {}

  export(row: PersonalDataExportEntity): PersonalDataExport {
    const valid = row.expiresAt > this.clock.now();
    return {
      id: row.id,
      personId: row.personId,
      requestedByPersonId: row.requestedByPersonId,
      requestedAt: row.requestedAt,
      expiresAt: row.expiresAt,
      downloadedAt: row.downloadedAt,
      archiveBytes: row.archiveBytes,
      downloadUrl: valid ? this.exports.downloadUrl(row.id) : null,
      archiveUrl: valid ? this.exports.archiveUrl(row.id) : null,
    };
  }

  preview(actor: Actor, personId: string, contexts: ContextErasure[]): ErasurePreview {
    return {
      personId,
      contexts: contexts.map(({ context, steps }) => ({
        context,
        steps: steps.map((step) => ({
          key: step.key,
          label: step.label[actor.language],
          action: step.action,
          count: step.count,
        })),
      })),
    };
  }

  rule(actor: Actor, view: RetentionRuleView): RetentionRuleInfo {
    const { rule } = view.registered;
    return {
      dataClass: rule.dataClass,
      context: view.context,
      label: rule.label[actor.language],
      from: rule.from[actor.language],
      action: rule.action,
      defaultDays: rule.defaultDays,
      days: view.days,
      perProgramme: rule.perProgramme,
      programmeId: view.programmeId,
    };
  }

  run(run: RetentionRunEntity): RetentionRunInfo {
    return {
      day: run.day,
      ranAt: run.ranAt,
      counts: Object.entries(run.counts).map(([dataClass, count]) => ({ dataClass, count })),
    };
  }

  auditEntry(row: PrivacyAuditEntryEntity): PrivacyAuditEntry {
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      actorPersonId: row.actorPersonId,
      subjectPersonId: row.subjectPersonId,
      details: Object.entries(row.details).map(([key, value]) => ({ key, value: String(value) })),
    };
  }
}
