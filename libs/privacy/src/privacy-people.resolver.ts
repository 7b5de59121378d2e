import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonViews } from '@zyklus/identity';
import { ErasureRequest, PrivacyAuditEntry } from './privacy.models';

/** Who asked to be erased (for the program managers' list of requests). */
@Resolver(() => ErasureRequest)
export class ErasureRequestResolver {
  constructor(private readonly people: PersonViews) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'The person who asked (name as it is now).',
  })
  person(
    @Parent() request: ErasureRequest,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, request.personId);
  }
}

/**
 * The people of an audit entry as they are now (the log itself keeps ids only; an erased
 * person reads "Gelöschte Person").
 */
@Resolver(() => PrivacyAuditEntry)
export class PrivacyAuditEntryResolver {
  constructor(private readonly people: PersonViews) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who did it, as they are now; null for the daily job.',
  })
  actor(
    @Parent() entry: PrivacyAuditEntry,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, entry.actorPersonId);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Whose data, as they are now; null when it concerns no one person.',
  })
  subject(
    @Parent() entry: PrivacyAuditEntry,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, entry.subjectPersonId);
  }
}
