import { Field, InputType } from '@nestjs/graphql';
import { DEFAULT_LANGUAGE, Language, MaxChars, Trim } from '@zyklus/common';
import { ArrayUnique, IsEnum, IsNotEmpty, IsString } from 'class-validator';
import { Role } from '../role';
import { EmailAddress } from './email.decorator';

@InputType({ description: 'A person to add to Zyklus; they receive an invitation by mail.' })
export class InvitePersonInput {
  @Field({ description: 'Full name (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field({ description: 'Email address; unique regardless of case.' })
  @EmailAddress()
  email!: string;

  @Field(() => Language, { defaultValue: DEFAULT_LANGUAGE, description: 'German by default.' })
  @IsEnum(Language)
  preferredLanguage: Language = DEFAULT_LANGUAGE;

  @Field(() => [Role], {
    defaultValue: [],
    description: 'Roles to grant; none for coordinators and buddies. Only admins grant ADMIN.',
  })
  @IsEnum(Role, { each: true })
  @ArrayUnique()
  roles: Role[] = [];
}
