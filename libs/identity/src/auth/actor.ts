import { Language } from '@zyklus/common';
import { Role } from '../person/role';

/**
 * Who is asking: the signed-in person with their stored roles. Services take an Actor and
 * decide with it; relationship rights (coordinator, buddy) are looked up by each policy.
 */
export class Actor {
  private readonly memos = new Map<string, Promise<unknown>>();

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

  /**
   * Computes `compute` once for this actor. The guard makes one Actor per request, so this is a
   * per-request cache: access facts looked up for 50 rows cost one query.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.memos.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.memos.set(key, value);
    }
    return value;
  }
}
