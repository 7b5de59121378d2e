import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
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
  @MaxLength(200)
  token!: string;
}
