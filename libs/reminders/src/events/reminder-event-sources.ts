import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { BadUserInputError } from '@zyklus/common';
import { ReminderEventKind } from '../rule/reminder-enums';
import { registerEventType } from './reminder-event.node';
import { ReminderEventAdapter, ReminderEventSource } from './reminder-event-source';

const KIND = /^[A-Z][A-Z_]{0,39}$/;

/**
 * The adapters per event kind: every provider marked `@ReminderEventAdapter()`, in any module of
 * the application, found at start. Nothing here names a kind.
 */
@Injectable()
export class ReminderEventSources implements OnModuleInit {
  private readonly byKind = new Map<ReminderEventKind, ReminderEventSource>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: ReminderEventAdapter.KEY })) {
      if (wrapper.instance) this.register(wrapper.instance as ReminderEventSource);
    }
  }

  /** Adds an adapter; a second one for a kind, or a malformed one, stops the start. */
  register(source: ReminderEventSource): void {
    if (this.byKind.get(source.kind) === source) return;
    if (!KIND.test(source.kind)) throw new Error(`Reminder event kind malformed: ${source.kind}`);
    if (this.byKind.has(source.kind)) throw new Error(`Two adapters for ${source.kind}`);
    if (!source.audiences.length) throw new Error(`${source.kind} declares no audience`);
    for (const audience of source.audiences.filter((a) => a.contacts)) {
      if (!source.contacts) throw new Error(`${source.kind} has contacts but no contacts()`);
      if (audience.canDecline || audience.toldOfCancellation || audience.fromRole) {
        throw new Error(`${source.kind} ${audience.name}: contacts cannot decline or be told`);
      }
    }
    for (const nudge of source.nudges ?? []) {
      const unknown = nudge.audiences.find((a) => !source.audiences.some((s) => s.name === a));
      if (unknown) throw new Error(`${source.kind} nudge ${nudge.name}: no audience ${unknown}`);
    }
    registerEventType(source.kind, source.graphqlType);
    this.byKind.set(source.kind, source);
  }

  get(kind: ReminderEventKind): ReminderEventSource {
    const source = this.byKind.get(kind);
    if (!source) throw new Error(`No reminder event source for ${kind}`);
    return source;
  }

  /** The adapter of a kind a caller named; BAD_USER_INPUT naming `field` if none is registered. */
  named(kind: string, field: string): ReminderEventSource {
    const source = this.byKind.get(kind);
    if (source) return source;
    const known = this.kinds().join(', ');
    throw BadUserInputError.field(
      field,
      {
        de: `Für „${kind}“ gibt es keine Erinnerungen (bekannt: ${known}).`,
        en: `There are no reminders for "${kind}" (known: ${known}).`,
      },
      'UNKNOWN_EVENT_KIND',
    );
  }

  kinds(): ReminderEventKind[] {
    return [...this.byKind.keys()].sort();
  }

  all(): ReminderEventSource[] {
    return [...this.byKind.values()];
  }
}
