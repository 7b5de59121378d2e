import { DynamicModule, ExecutionContext, Injectable, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModule,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { TooManyRequestsError } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { AccessTokenService, clientAddress, IdentityModule } from '@zyklus/identity';
import type { Request } from 'express';

/**
 * The one throttler: requests without a valid access token, per client address. Named
 * `default` so that `@SkipThrottle()` (health) opts out of it.
 */
const ANONYMOUS = 'default';

/**
 * A general per-client limit for requests without a valid access token (ANONYMOUS_RATE_LIMIT),
 * counted by the client address the sign-in limit uses (IPv6 by its /64, TRUST_PROXY applies):
 * nobody can flood the server or its error log without signing in. Counted once per HTTP
 * request, however many root fields a GraphQL document has. Signed-in people are not counted.
 */
@Injectable()
export class AnonymousLimitGuard extends ThrottlerGuard {
  private readonly decisions = new WeakMap<object, Promise<boolean>>();

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {
    super(options, storage, reflector);
  }

  override canActivate(context: ExecutionContext): Promise<boolean> {
    const { req } = this.getRequestResponse(context);
    let decision = this.decisions.get(req);
    if (!decision) {
      decision = super.canActivate(context);
      this.decisions.set(req, decision);
    }
    return decision;
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const { req } = this.getRequestResponse(context);
    const [scheme, token] = ((req as Request).headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return false;
    return this.tokens.verify(token).then(
      () => true,
      () => false,
    );
  }

  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<GqlContextType>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: Request }>();
      return { req: ctx.req, res: ctx.req.res! };
    }
    return super.getRequestResponse(context);
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(clientAddress(req as Parameters<typeof clientAddress>[0]));
  }

  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(): Promise<void> {
    throw new TooManyRequestsError({
      de: 'Zu viele Anfragen ohne Anmeldung. Bitte warten Sie einen Moment.',
      en: 'Too many requests without signing in. Please wait a moment.',
    }).because('RATE_LIMITED');
  }
}

/** Registers the anonymous limit as a global guard with the configured rate. */
@Module({})
export class AnonymousLimitModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AnonymousLimitModule,
      imports: [
        IdentityModule,
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: ANONYMOUS,
              limit: config.http.anonymousLimit,
              ttl: config.http.anonymousWindowSeconds * 1000,
            },
          ],
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: AnonymousLimitGuard }],
    };
  }
}
