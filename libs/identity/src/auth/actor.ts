import { Language } from '@zyklus/common';
import { Role } from '../person/role';

/**
 * Who is asking: the signed-in person with their stored roles. Services take an Actor and
 * decide with it; relationship rights (coordinator, buddy) are looked up by each policy.
 */
export class Actor {
  constructor(
    readonly personId: string,
    readonly roles: readonly Role[],
    readonly language: Language,
  ) {}

  get isAdmin(): boolean {
    return this.roles.includes(Role.ADMIN);
  }

  /** Program managers (and admins) plan and see everything. */
  get isProgramManager(): boolean {
    return this.isAdmin || this.roles.includes(Role.PROGRAM_MANAGER);
  }
}
