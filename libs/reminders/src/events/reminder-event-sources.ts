import { Injectable } from '@nestjs/common';
import { ReminderEventKind } from '../rule/reminder-enums';
import { ReminderEventSource } from './reminder-event';
import { WorkshopEventSource } from './workshop-event-source';

/** The adapters per event kind. A new kind: one adapter, one line here. */
@Injectable()
export class ReminderEventSources {
  private readonly byKind: ReadonlyMap<ReminderEventKind, ReminderEventSource>;

  constructor(workshops: WorkshopEventSource) {
    this.byKind = new Map([[workshops.kind, workshops]]);
  }

  get(kind: ReminderEventKind): ReminderEventSource {
    const source = this.byKind.get(kind);
    if (!source) throw new Error(`No reminder event source for ${kind}`);
    return source;
  }

  all(): ReminderEventSource[] {
    return [...this.byKind.values()];
  }
}
