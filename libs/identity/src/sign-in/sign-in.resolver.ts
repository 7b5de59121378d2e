import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public } from '../auth/public.decorator';
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
    @Args() { email }: RequestSignInLinkArgs,
    @Context('req') request: Request,
  ): Promise<boolean> {
    await this.signInService.requestLink(email, request.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => SignInResult, {
    description:
      'Exchanges the token of a sign-in link for an access token. Each link works once; UNAUTHENTICATED when it is unknown, used or expired.',
  })
  signIn(@Args() { token }: SignInArgs): Promise<SignInResult> {
    return this.signInService.signIn(token).then(({ token: accessToken, expiresAt, person }) => ({
      accessToken,
      expiresAt,
      person,
    }));
  }
}
