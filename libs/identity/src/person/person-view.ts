import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '@zyklus/common';
import { Actor } from '../auth/actor';
import { PersonByIdLoader } from './person-by-id.loader';
import { PersonEntity } from './person.entity';

/** The columns a person's view is made from: an entity, or a row a read model selected. */
export type PersonRow = Pick<
  PersonEntity,
  'id' | 'name' | 'email' | 'preferredLanguage' | 'roles' | 'lastSignedInAt' | 'createdAt'
>;

/**
 * A person as one viewer may see them: GraphQL's Person reads its `email` and
 * `lastSignedInAt` from `visibleEmail` and `visibleLastSignedInAt`, which only personView
 * fills, so a person that reaches an answer without passing the rule shows no contact data.
 */
export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly preferredLanguage: PersonEntity['preferredLanguage'];
  readonly roles: PersonEntity['roles'];
  readonly createdAt: Date;
  readonly visibleEmail: string | null;
  readonly visibleLastSignedInAt: Date | null;
  /** Erased (Art. 17): the name is a placeholder and there is no address. */
  readonly erased: boolean;
}

/**
 * The stored address of an erased person (see `erasedEmail`): under the reserved `.invalid`
 * domain, which no real address uses. Read models select the address anyway, so this needs no
 * extra column.
 */
export const ERASED_EMAIL_DOMAIN = '@erased.invalid';

/** Contact data is for program managers and the person themselves (DESIGN §4, §6). */
export function mayContact(actor: Actor, personId: string): boolean {
  return actor.isProgramManager || actor.personId === personId;
}

/** `person` as `actor` may see them. */
export function personView(actor: Actor, person: PersonRow): PersonView {
  const erased = person.email.endsWith(ERASED_EMAIL_DOMAIN);
  const contact = mayContact(actor, person.id) && !erased;
  return {
    id: person.id,
    name: person.name,
    preferredLanguage: person.preferredLanguage,
    roles: person.roles,
    createdAt: person.createdAt,
    visibleEmail: contact ? person.email : null,
    visibleLastSignedInAt: contact ? person.lastSignedInAt : null,
    erased,
  };
}

/** People by id as the viewer may see them, through the request's loader. */
@Injectable()
export class PersonViews {
  constructor(private readonly personById: PersonByIdLoader) {}

  async load(
    actor: Actor,
    loaders: RequestLoaders,
    id: string | null | undefined,
  ): Promise<PersonView | null> {
    if (!id) return null;
    const person = await loaders.for(this.personById).load(id);
    return person && personView(actor, person);
  }
}
