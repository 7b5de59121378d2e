import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxChars, OptionalNotNull, Trim } from '@zyklus/common';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID } from 'class-validator';
import { Bundesland } from '../bundesland';
import { NetworkKind } from '../network-kind';

@InputType({ description: 'Changes to a network; omitted fields stay as they are.' })
export class UpdateNetworkInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string;

  @Field(() => NetworkKind, { nullable: true })
  @OptionalNotNull()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;

  @Field(() => Bundesland, { nullable: true })
  @OptionalNotNull()
  @IsEnum(Bundesland)
  bundesland?: Bundesland;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  city?: string;

  @Field(() => String, { nullable: true, description: 'Website; null removes it.' })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxChars(500)
  website?: string | null;
}
