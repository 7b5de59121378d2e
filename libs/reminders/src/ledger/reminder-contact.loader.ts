import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ReminderEventSources } from '../events/reminder-event-sources';

@ObjectType({
  description:
    'A recipient without an account (e.g. an initiative’s contact person, Ansprechperson) as program managers see it in the ledger: who it is for, never their name or address.',
})
export class ReminderContactRecipient {
  @Field(() => ID, { description: 'Identifies the contact (e.g. the initiative’s id).' })
  id!: string;

  @Field({ description: 'Whose contact it is, e.g. the initiative’s name.' })
  label!: string;
}

/** A contact's key for the loader: the kind of event whose adapter names it, and its id. */
export interface ContactKey {
  kind: string;
  id: string;
}

/** Contacts of any kind for the ledger and previews, batched per request and kind. */
@Injectable()
export class ReminderContactLoader implements LoaderFactory<
  ContactKey,
  ReminderContactRecipient | null
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: ReminderEventSources,
  ) {}

  create(): DataLoader<ContactKey, ReminderContactRecipient | null> {
    return new DataLoader(
      async (keys) => {
        const found = new Map<string, ReminderContactRecipient>();
        for (const kind of new Set(keys.map((k) => k.kind))) {
          const source = this.sources.kinds().includes(kind) ? this.sources.get(kind) : null;
          if (!source?.contacts) continue;
          const ids = [...new Set(keys.filter((k) => k.kind === kind).map((k) => k.id))];
          for (const c of await source.contacts(this.dataSource.manager, ids)) {
            // Only who it is for: the name and address stay with the adapter (DESIGN §4).
            found.set(`${kind}:${c.id}`, { id: c.id, label: c.label });
          }
        }
        return keys.map((k) => found.get(`${k.kind}:${k.id}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.kind}:${k.id}` },
    );
  }
}
