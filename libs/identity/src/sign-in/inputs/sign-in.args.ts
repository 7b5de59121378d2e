import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, ValidateBy } from 'class-validator';
import { MaxChars, OptionalNotNull } from '@zyklus/common';
import { EmailAddress } from '../../person/inputs/email.decorator';

@ArgsType()
export class RequestSignInLinkArgs {
  @Field({ description: 'The address to send the link to.' })
  @EmailAddress()
  email!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The page of the app to open after signing in with the link, e.g. `/tandem/<id>` (a path starting with one `/`). The mailed link carries it as `&next=`.',
  })
  @OptionalNotNull()
  @IsOptional()
  @IsAppPath()
  @MaxChars(500)
  next?: string | null;
}

@ArgsType()
export class SignInArgs {
  @Field({ description: 'The token from the sign-in link (`…/sign-in?token=<token>`).' })
  @IsString()
  @MaxChars(200)
  token!: string;
}

/**
 * A path inside the app: one leading slash, no scheme, host or backslash (`//evil.example` and
 * `/\\evil.example` would leave the app), no control characters or spaces.
 */
export function isAppPath(value: unknown): boolean {
  return typeof value === 'string' && /^\/(?![/\\])[^\\\s\p{Cc}]*$/u.test(value);
}

function IsAppPath(): PropertyDecorator {
  return ValidateBy({ name: 'isAppPath', validator: { validate: isAppPath } });
}
