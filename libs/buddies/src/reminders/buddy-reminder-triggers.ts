import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReminderPlanner } from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { BuddySessionHooks } from '../session/session-hooks';
import { BUDDY_PAIRING } from './buddy-pairing-source';
import { BUDDY_SESSION } from './buddy-session-source';

/**
 * Connects the buddy programme to the reminder ledger, in the transaction of each change: a
 * session planned, moved, cancelled or marked re-plans its reminders and its pairing's nudges
 * (a session held moves "no session held" on); a pairing proposed, answered, paused, resumed or
 * ended re-plans its nudges and its planned sessions (whose people change with it).
 */
@Injectable()
export class BuddyReminderTriggers implements OnModuleInit {
  constructor(
    private readonly planner: ReminderPlanner,
    private readonly sessionHooks: BuddySessionHooks,
  ) {}

  onModuleInit(): void {
    this.sessionHooks.register(async ({ session, manager }) => {
      await this.planner.materialise(manager, BUDDY_SESSION, [session.id]);
      await this.planner.materialise(manager, BUDDY_PAIRING, [session.pairingId]);
    });
  }

  async pairingsChanged(manager: EntityManager, pairingIds: readonly string[]): Promise<void> {
    if (!pairingIds.length) return;
    await this.planner.materialise(manager, BUDDY_PAIRING, [...pairingIds].sort());
    const sessions = await manager.query<{ id: string }[]>(
      `SELECT id FROM buddy_session WHERE pairing_id = ANY($1::uuid[]) AND status = 'PLANNED' ORDER BY id`,
      [pairingIds],
    );
    await this.planner.materialise(
      manager,
      BUDDY_SESSION,
      sessions.map((s) => s.id),
    );
  }
}
