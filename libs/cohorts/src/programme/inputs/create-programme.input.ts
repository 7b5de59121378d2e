import { Field, InputType } from '@nestjs/graphql';
import { DEFAULT_LANGUAGE, Language, MaxChars, Trim } from '@zyklus/common';
import { DEFAULT_TIME_ZONE } from '@zyklus/config';
import { IsEnum, IsNotEmpty, IsString, IsTimeZone } from 'class-validator';

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
}
