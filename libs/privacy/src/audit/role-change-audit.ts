import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonRoleHooks } from '@zyklus/identity';
import { PrivacyAction } from './privacy-audit-entry.entity';
import { PrivacyAudit } from './privacy-audit';

/** Logs every change of stored roles, in the change's transaction (who, whose, how many). */
@Injectable()
export class RoleChangeAudit implements OnModuleInit {
  constructor(
    private readonly hooks: PersonRoleHooks,
    private readonly audit: PrivacyAudit,
  ) {}

  onModuleInit(): void {
    this.hooks.register((event) =>
      this.audit.record(event.manager, {
        action: PrivacyAction.ROLES_CHANGED,
        actorPersonId: event.actorId ?? null,
        subjectPersonId: event.personId,
        details: { roles: [...event.roles].sort().join(',') || '-' },
      }),
    );
  }
}
