import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { PrivacyAction, PrivacyAuditEntryEntity } from './privacy-audit-entry.entity';

export interface AuditRecord {
  action: PrivacyAction;
  actorPersonId: string | null;
  subjectPersonId: string | null;
  details?: Record<string, number | string>;
}

/** Writes the privacy audit log, inside the transaction of the action it records. */
@Injectable()
export class PrivacyAudit {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(PrivacyAuditEntryEntity, {
      at: this.clock.now(),
      action: record.action,
      actorPersonId: record.actorPersonId,
      subjectPersonId: record.subjectPersonId,
      details: record.details ?? {},
    });
  }
}
