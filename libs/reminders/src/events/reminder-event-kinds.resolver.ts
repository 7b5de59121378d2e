import { Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, requireProgramManager } from '@zyklus/identity';
import { ReminderEventKindInfo } from './reminder-event-kind.model';
import { ReminderEventSources } from './reminder-event-sources';

@Resolver(() => ReminderEventKindInfo)
export class ReminderEventKindsResolver {
  constructor(private readonly sources: ReminderEventSources) {}

  @Query(() => [ReminderEventKindInfo], {
    description:
      'The kinds of event with reminders, with the audiences, nudges and scope their rules may name (program managers).',
  })
  reminderEventKinds(@CurrentActor() actor: Actor): ReminderEventKindInfo[] {
    requireProgramManager(actor);
    return this.sources.kinds().map((kind) => {
      const source = this.sources.get(kind);
      return {
        kind,
        description: source.description,
        audiences: source.audiences.map((a) => ({ name: a.name, description: a.description })),
        nudges: (source.nudges ?? []).map((n) => ({
          name: n.name,
          description: n.description,
          audiences: [...n.audiences],
        })),
        scope: source.scope?.description ?? null,
      };
    });
  }
}
