import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { MaxChars } from '@zyklus/common';
import { EmailAddress } from '../../person/inputs/email.decorator';

@ArgsType()
export class RequestSignInLinkArgs {
  @Field({ description: 'The address to send the link to.' })
  @EmailAddress()
  email!: string;
}

@ArgsType()
export class SignInArgs {
  @Field({ description: 'The token from the sign-in link (`…/sign-in?token=<token>`).' })
  @IsString()
  @MaxChars(200)
  token!: string;
}
