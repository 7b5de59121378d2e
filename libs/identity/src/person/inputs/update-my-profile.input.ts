import { Field, InputType } from '@nestjs/graphql';
import { Language, MaxChars, OptionalNotNull, Trim } from '@zyklus/common';
import { IsEnum, IsNotEmpty, IsString } from 'class-validator';

@InputType({
  description: 'Changes to the signed-in person’s own profile; fields left out stay as they are.',
})
export class UpdateMyProfileInput {
  @Field({ nullable: true, description: 'Full name as shown to others (1–200 characters).' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string;

  @Field(() => Language, {
    nullable: true,
    description: 'Language of mails, messages and the web app.',
  })
  @OptionalNotNull()
  @IsEnum(Language)
  preferredLanguage?: Language;
}
