import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from './actor';
import { requestOf } from './auth.guard';

/**
 * The signed-in person, set by the AuthGuard: `@CurrentActor() actor: Actor`. Inside the answer
 * of a `signIn` without a token (its `person`'s fields), the person it has just signed in.
 */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = requestOf(context);
  const actor = request.actor ?? request.signedIn;
  if (!actor) throw new Error('CurrentActor used on a public operation');
  return actor;
});
