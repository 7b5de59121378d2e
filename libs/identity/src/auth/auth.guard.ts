import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Language, RequestWithLanguage, UnauthenticatedError } from '@zyklus/common';
import { Repository } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { AccessTokenService } from './access-token.service';
import { Role } from '../person/role';
import { Actor } from './actor';
import { IS_PUBLIC } from './public.decorator';

export interface AuthenticatedRequest extends RequestWithLanguage {
  /** The bearer of the request's access token; set by the AuthGuard only. */
  actor?: Actor;
  /**
   * The person a `signIn` in this request has just signed in: only for reading that mutation's
   * own answer (`signIn { person { email } }`). It opens no other operation.
   */
  signedIn?: Actor;
}

/** The actor the guard derived from each request's Authorization header. */
const verified = new WeakMap<object, Actor>();

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.getType<GqlContextType>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
    : context.switchToHttp().getRequest<AuthenticatedRequest>();
}

const signInRequired = () =>
  new UnauthenticatedError({
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  });

const personGone = () =>
  new UnauthenticatedError({
    de: 'Dieses Konto gibt es nicht mehr.',
    en: 'This account no longer exists.',
  });

interface ActorRow {
  id: string;
  roles: Role[];
  preferredLanguage: Language;
}

const ACTOR_FACTS = `SELECT id, roles, preferred_language AS "preferredLanguage" FROM person WHERE id = $1 AND erased_at IS NULL`;

/**
 * Default deny: every operation needs a valid access token (`Authorization: Bearer …`) of a
 * person who still exists, except those marked `@Public()`. The person is loaded once per
 * request, so role changes take effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = requestOf(context);
    // Checked once per request; only an actor this guard made from the header counts.
    const known = verified.get(request);
    if (known) {
      request.actor = known;
      return true;
    }
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw signInRequired();
    const personId = await this.tokens.verify(token);
    // Every request passes here: one plain statement, no query builder, no entity.
    const [person] = await this.people.query<ActorRow[]>(ACTOR_FACTS, [personId]);
    if (!person) throw personGone();
    const actor = new Actor(person.id, person.roles, person.preferredLanguage);
    verified.set(request, actor);
    request.actor = actor;
    request.preferredLanguage = person.preferredLanguage;
    return true;
  }
}
