import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsLocalDate,
  Language,
  LocalDateScalar,
  MaxChars,
  OptionalNotNull,
  Trim,
} from '@zyklus/common';
import { EmailAddress } from '@zyklus/identity';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { InitiativeKind } from '../local-cycle-enums';

@InputType({
  description: 'An initiative’s contact person (only its network’s coordinator sees it).',
})
export class InitiativeContactInput {
  @Field({ description: 'Name (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field({ description: 'Email address.' })
  @EmailAddress()
  email!: string;

  @Field(() => Language, { defaultValue: Language.DE, description: 'Language of their mails.' })
  @IsEnum(Language)
  language: Language = Language.DE;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day they agreed to receive mails from Zyklus (reminders, invitations). Without it, no mail ever goes to them.',
  })
  @IsOptional()
  @IsLocalDate()
  consentOn?: string | null;
}

@InputType({ isAbstract: true })
class InitiativeFields {
  @Field(() => String, { nullable: true, description: 'Website (http/https); null removes it.' })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxChars(500)
  website?: string | null;

  @Field(() => InitiativeContactInput, {
    nullable: true,
    description: 'The contact person; null removes them (coordinators only).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitiativeContactInput)
  contact?: InitiativeContactInput | null;

  @Field({
    defaultValue: false,
    description:
      'Add (or rename) even though a similar initiative of the network exists (see similarInitiatives); without it such a change is refused with reason POSSIBLE_DUPLICATE.',
  })
  @IsBoolean()
  addAnyway: boolean = false;
}

@InputType({ description: 'A MINT-Initiative a coordinator adds to their network.' })
export class AddInitiativeInput extends InitiativeFields {
  @Field(() => ID, { description: 'The network it belongs to.' })
  @IsUUID()
  networkId!: string;

  @Field({ description: 'Name (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field(() => InitiativeKind, { description: 'Kind of initiative.' })
  @IsEnum(InitiativeKind)
  kind!: InitiativeKind;

  @Field({ description: 'City (1–100 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  city!: string;
}

@InputType({ description: 'Changes to an initiative; omitted fields stay as they are.' })
export class UpdateInitiativeInput extends InitiativeFields {
  @Field(() => ID, { description: 'The initiative.' })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'New name.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string;

  @Field(() => InitiativeKind, { nullable: true, description: 'New kind.' })
  @OptionalNotNull()
  @IsEnum(InitiativeKind)
  kind?: InitiativeKind;

  @Field({ nullable: true, description: 'New city.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  city?: string;
}
