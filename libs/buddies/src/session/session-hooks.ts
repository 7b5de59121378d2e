import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { BuddySessionEntity } from './buddy-session.entity';

export type SessionChangeKind = 'PLANNED' | 'CHANGED' | 'CANCELLED' | 'MARKED';

/** A session was planned, changed, cancelled or marked, in the transaction of that change. */
export interface BuddySessionChanged {
  readonly session: BuddySessionEntity;
  readonly kind: SessionChangeKind;
  /** Whether people see the change (days, place, link, format): it raised the SEQUENCE. */
  readonly told: boolean;
  readonly manager: EntityManager;
}

/** How the reminders follow buddy sessions, in the same transaction. */
@Injectable()
export class BuddySessionHooks extends TransactionHooks<BuddySessionChanged> {}
