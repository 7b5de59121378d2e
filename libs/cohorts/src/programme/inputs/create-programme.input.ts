import { Field, ID, InputType } from '@nestjs/graphql';
import { DEFAULT_LANGUAGE, Language, MaxChars, Trim } from '@zyklus/common';
import { DEFAULT_TIME_ZONE } from '@zyklus/config';
import {
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
} from 'class-validator';

@InputType({ description: 'A new programme.' })
export class CreateProgrammeInput {
  @Field({ description: 'Name, unique (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field({
    defaultValue: DEFAULT_TIME_ZONE,
    description: 'IANA time zone, Europe/Berlin by default.',
  })
  @IsTimeZone()
  timeZone: string = DEFAULT_TIME_ZONE;

  @Field(() => Language, { defaultValue: DEFAULT_LANGUAGE, description: 'German by default.' })
  @IsEnum(Language)
  defaultLanguage: Language = DEFAULT_LANGUAGE;

  @Field(() => String, {
    nullable: true,
    description: 'The programme office’s address for answers to its mails (Reply-To).',
  })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxChars(254)
  replyTo?: string | null;
}

@InputType({ description: 'Changes to a programme’s settings; omitted fields stay as they are.' })
export class UpdateProgrammeInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The programme office’s address for answers to its mails (Reply-To); null: the sender (MAIL_FROM).',
  })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxChars(254)
  replyTo?: string | null;
}
