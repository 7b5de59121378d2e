import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ReminderEventNode } from './reminder-event.node';
import { ReminderEventSources } from './reminder-event-sources';

/** An event's key for the loader: its kind and id. */
export interface EventKey {
  kind: string;
  id: string;
}

/**
 * Events of any kind for the ledger and previews, batched per request and kind through the
 * kinds' adapters: one `load` per kind and request.
 */
@Injectable()
export class ReminderEventLoader implements LoaderFactory<EventKey, ReminderEventNode | null> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: ReminderEventSources,
  ) {}

  create(): DataLoader<EventKey, ReminderEventNode | null> {
    return new DataLoader(
      async (keys) => {
        const found = new Map<string, ReminderEventNode>();
        for (const kind of new Set(keys.map((k) => k.kind))) {
          if (!this.sources.kinds().includes(kind)) continue;
          const ids = [...new Set(keys.filter((k) => k.kind === kind).map((k) => k.id))];
          const events = await this.sources.get(kind).load(this.dataSource.manager, ids);
          for (const e of events) {
            found.set(`${kind}:${e.id}`, {
              kind,
              id: e.id,
              title: e.title,
              startsAt: e.startsAt,
              endsAt: e.endsAt,
              state: e.state as ReminderEventNode['state'],
            });
          }
        }
        return keys.map((k) => found.get(`${k.kind}:${k.id}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.kind}:${k.id}` },
    );
  }
}
