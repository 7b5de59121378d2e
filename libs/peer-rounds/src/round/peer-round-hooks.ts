import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
import { EntityManager } from 'typeorm';

/** What changed about a group's rounds (the reminders follow each of these). */
export type PeerRoundChange =
  | 'PLANNED'
  | 'MOVED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'MEMBERS'
  | 'ROLES'
  | 'CASES'
  | 'RSVP'
  | 'GROUP_STATUS';

export interface PeerRoundsChanged {
  readonly change: PeerRoundChange;
  readonly groupId: string;
  /** The rounds concerned; for MEMBERS and GROUP_STATUS every round of the group. */
  readonly roundIds: readonly string[];
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

/**
 * How the reminders follow peer rounds in the same transaction: every plan, move, cancel,
 * completion, role, case or membership change calls it after writing its rows.
 */
@Injectable()
export class PeerRoundHooks extends TransactionHooks<PeerRoundsChanged> {}
