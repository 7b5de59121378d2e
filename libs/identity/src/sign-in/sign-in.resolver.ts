import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Actor } from '../auth/actor';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { Public } from '../auth/public.decorator';
import { personView } from '../person/person-view';
import { clientAddress } from './client-address';
import { RequestSignInLinkArgs, SignInArgs } from './inputs/sign-in.args';
import { SignInResult } from './sign-in.model';
import { SignInService } from './sign-in.service';

@Resolver()
export class SignInResolver {
  constructor(private readonly signInService: SignInService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a one-time sign-in link (valid 15 minutes) if the address belongs to a person. Always answers true, known address or not; TOO_MANY_REQUESTS after 5 requests for one address (or 30 from one client) in 15 minutes.',
  })
  async requestSignInLink(
    @Args() { email, next }: RequestSignInLinkArgs,
    @Context('req') request: Request,
  ): Promise<boolean> {
    await this.signInService.requestLink(email, clientAddress(request), next ?? undefined);
    return true;
  }

  @Public()
  @Mutation(() => SignInResult, {
    description:
      'Exchanges the token of a sign-in link for an access token. Each link works once; UNAUTHENTICATED when it is unknown, used or expired.',
  })
  async signIn(
    @Args() { token }: SignInArgs,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<SignInResult> {
    const { token: accessToken, expiresAt, person } = await this.signInService.signIn(token);
    // The rest of this answer (e.g. `person { email }`) is read as the person now signed in.
    // Not `request.actor`: that is only ever the bearer of the Authorization header, so other
    // operations of this request stay anonymous (the guard refuses them).
    request.signedIn = new Actor(person.id, person.roles, person.preferredLanguage);
    return { accessToken, expiresAt, person: personView(request.signedIn, person) };
  }
}
