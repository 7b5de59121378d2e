import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from './role';

/** A person's stored roles changed (set, granted by an invitation, or by the admin CLI). */
export interface PersonRolesChanged {
  readonly personId: string;
  readonly previousRoles: readonly Role[];
  readonly roles: readonly Role[];
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

export interface PersonRolesListener {
  onRolesChanged(event: PersonRolesChanged): Promise<void>;
}

/**
 * The hook other contexts (the reminders) use to follow role changes in the same transaction:
 * a program manager whose role is revoked gets no further reminders meant for program
 * managers, a new one gets the next ones. Called only when the roles really changed; an error
 * of a listener rolls the change back.
 */
@Injectable()
export class PersonRoleHooks {
  private readonly listeners: PersonRolesListener[] = [];

  register(listener: PersonRolesListener): void {
    this.listeners.push(listener);
  }

  async notify(event: PersonRolesChanged): Promise<void> {
    const before = [...new Set(event.previousRoles)].sort().join();
    if (before === [...new Set(event.roles)].sort().join()) return;
    for (const listener of this.listeners) await listener.onRolesChanged(event);
  }
}
