import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { Role } from './role';

/** A person's stored roles changed (set, granted by an invitation, or by the admin CLI). */
export interface PersonRolesChanged {
  readonly personId: string;
  readonly previousRoles: readonly Role[];
  readonly roles: readonly Role[];
  /** Who changed them (null: the admin CLI). */
  readonly actorId?: string | null;
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

/**
 * The hook other contexts (the reminders) use to follow role changes in the same transaction:
 * a program manager whose role is revoked gets no further reminders meant for program
 * managers, a new one gets the next ones. Listeners hear only of roles that really changed.
 */
@Injectable()
export class PersonRoleHooks extends TransactionHooks<PersonRolesChanged> {
  protected override concerns(event: PersonRolesChanged): boolean {
    const before = [...new Set(event.previousRoles)].sort().join();
    return before !== [...new Set(event.roles)].sort().join();
  }
}
