import { ForbiddenError } from '@zyklus/common';
import { Actor } from './actor';

/** Throws FORBIDDEN unless the actor is a program manager (or admin). */
export function requireProgramManager(actor: Actor): void {
  if (!actor.isProgramManager) {
    throw new ForbiddenError({
      de: 'Das dürfen nur Programm-Manager:innen.',
      en: 'Only program managers may do this.',
    });
  }
}
