import { Injectable, OnModuleInit } from '@nestjs/common';
import { Notice, ReminderPlanner } from '@zyklus/reminders';
import { PeerRoundChange, PeerRoundHooks, PeerRoundsChanged } from '../round/peer-round-hooks';
import { PEER_ROUND_EVENT_KIND } from './peer-round-reminder-kind';

const NOTICE: Partial<Record<PeerRoundChange, Notice>> = {
  MOVED: 'CHANGED',
  CANCELLED: 'CANCELLED',
};

/**
 * Re-plans the reminders of rounds in the transaction of every change: planned, moved (change
 * notice), cancelled (cancellation), completed, roles, cases, answers and membership (who is a
 * recipient).
 */
@Injectable()
export class PeerRoundReminderTriggers implements OnModuleInit {
  constructor(
    private readonly hooks: PeerRoundHooks,
    private readonly planner: ReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.hooks.register((event) => this.changed(event));
  }

  private changed({ change, roundIds, manager }: PeerRoundsChanged): Promise<void> {
    return this.planner.materialise(
      manager,
      PEER_ROUND_EVENT_KIND,
      roundIds,
      NOTICE[change] ?? null,
    );
  }
}
