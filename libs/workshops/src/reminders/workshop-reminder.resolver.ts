import { Injectable } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { Reminder, ReminderPreview } from '@zyklus/reminders';
import { WorkshopAccess } from '../access/workshop-access';
import { Workshop } from '../workshop/workshop.model';
import { WorkshopByIdLoader } from '../workshop/workshop.loaders';
import { WorkshopReminderEvent } from './workshop-reminder-event.model';
import { WORKSHOP_EVENT_KIND } from './workshop-reminder-kind';

/** The workshop behind a ledger row, a preview or a ledger event, as the viewer may see it. */
@Injectable()
abstract class WorkshopOf {
  constructor(
    private readonly workshopById: WorkshopByIdLoader,
    private readonly access: WorkshopAccess,
  ) {}

  protected async load(
    kind: string,
    id: string,
    actor: Actor,
    loaders: RequestLoaders,
  ): Promise<Workshop | null> {
    if (kind !== WORKSHOP_EVENT_KIND) return null;
    const workshop = await loaders.for(this.workshopById).load(id);
    return workshop && this.access.redact(actor, workshop);
  }
}

const description = { nullable: true, description: 'The workshop, for workshop reminders.' };

@Resolver(() => Reminder)
export class ReminderWorkshopResolver extends WorkshopOf {
  @ResolveField(() => Workshop, description)
  workshop(
    @Parent() row: { eventKind: string; eventId: string },
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.load(row.eventKind, row.eventId, actor, loaders);
  }
}

@Resolver(() => ReminderPreview)
export class ReminderPreviewWorkshopResolver extends WorkshopOf {
  @ResolveField(() => Workshop, description)
  workshop(
    @Parent() preview: ReminderPreview,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.load(preview.eventKind, preview.eventId, actor, loaders);
  }
}

@Resolver(() => WorkshopReminderEvent)
export class WorkshopReminderEventResolver extends WorkshopOf {
  @ResolveField(() => Workshop, { nullable: true, description: 'All of the workshop.' })
  workshop(
    @Parent() event: WorkshopReminderEvent,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.load(event.kind, event.id, actor, loaders);
  }
}
