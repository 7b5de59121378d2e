import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor, requireProgramManager } from '@zyklus/identity';
import { ReminderEventKindInfo, ReminderScopeOptionInfo } from './reminder-event-kind.model';
import { ReminderEventSources } from './reminder-event-sources';
import { ReminderScopeOptions } from './reminder-scope-options';

@Resolver(() => ReminderEventKindInfo)
export class ReminderEventKindsResolver {
  constructor(
    private readonly sources: ReminderEventSources,
    private readonly scopeOptions: ReminderScopeOptions,
  ) {}

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
        scopeLabel: source.scope?.label[actor.language] ?? null,
      };
    });
  }

  @Query(() => [ReminderScopeOptionInfo], {
    description:
      'The scopes of a programme that a rule of this kind may name as scopeId (e.g. its peer groups), by name, for choosing one (program managers); empty if the kind declares none. An unknown programme is NOT_FOUND (PROGRAMME_NOT_FOUND), an unknown kind BAD_USER_INPUT (UNKNOWN_EVENT_KIND).',
  })
  reminderScopeOptions(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID, description: 'The programme.' }, ParseIdPipe)
    programmeId: string,
    @Args('eventKind', { description: 'The kind of event, e.g. PEER_ROUND.' }) eventKind: string,
  ) {
    return this.scopeOptions.list(actor, eventKind, programmeId);
  }
}
