import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from './actor';
import { requestOf } from './auth.guard';

/** The signed-in person, set by the AuthGuard: `@CurrentActor() actor: Actor`. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on a public operation');
  return actor;
});
