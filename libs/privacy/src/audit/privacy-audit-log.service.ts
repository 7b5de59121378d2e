import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PrivacyAuditEntryEntity } from './privacy-audit-entry.entity';

/** The audit log for program managers, newest first. */
@Injectable()
export class PrivacyAuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(actor: Actor, personId: string | undefined, first: number) {
    requireProgramManager(actor);
    return this.dataSource.getRepository(PrivacyAuditEntryEntity).find({
      where: personId ? { subjectPersonId: personId } : {},
      order: { at: 'DESC', id: 'ASC' },
      take: first,
    });
  }
}
