import { Injectable, OnModuleInit } from '@nestjs/common';
import { Notice, ReminderPlanner } from '@zyklus/reminders';
import { PeerRoundChange, PeerRoundHooks, PeerRoundsChanged } from '../round/peer-round-hooks';
import { PEER_GROUP_EVENT_KIND } from './peer-group-event-source';
import { PEER_ROUND_EVENT_KIND } from './peer-round-reminder-kind';

const GROUP_CHANGES: readonly PeerRoundChange[] = [
  'PLANNED',
  'MOVED',
  'CANCELLED',
  'COMPLETED',
  'GROUP_STATUS',
];

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

  private async changed({ change, groupId, roundIds, manager }: PeerRoundsChanged) {
    const notice = NOTICE[change] ?? null;
    await this.planner.materialise(manager, PEER_ROUND_EVENT_KIND, roundIds, notice);
    // The group's "no round planned" nudge follows its last planned round and its status.
    if (GROUP_CHANGES.includes(change)) {
      await this.planner.materialise(manager, PEER_GROUP_EVENT_KIND, [groupId]);
    }
  }
}
