import { ErrorCode, NotFoundError } from '@zyklus/common';
import { Actor, PersonService, PersonView } from '@zyklus/identity';

/** The person as the actor sees them; NOT_FOUND with reason PERSON_NOT_FOUND for an unknown one. */
export async function knownPerson(
  people: PersonService,
  actor: Actor,
  personId: string,
): Promise<PersonView> {
  try {
    return await people.get(actor, personId);
  } catch (error) {
    if (error instanceof NotFoundError && error.code === ErrorCode.NOT_FOUND) {
      throw NotFoundError.of({ de: 'Person', en: 'Person' }, 'personId').because(
        'PERSON_NOT_FOUND',
      );
    }
    throw error;
  }
}
