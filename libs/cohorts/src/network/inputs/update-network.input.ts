import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxChars, OptionalNotNull, Trim } from '@zyklus/common';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID } from 'class-validator';
import { Bundesland } from '../bundesland';
import { NetworkKind } from '../network-kind';

@InputType({ description: 'Changes to a network; omitted fields stay as they are.' })
export class UpdateNetworkInput {
  @Field(() => ID, { description: 'The network to change.' })
  @IsUUID()
  id!: string;

  @Field({
    nullable: true,
    description: 'New name, unique regardless of case (1–200 characters).',
  })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string;

  @Field(() => NetworkKind, {
    nullable: true,
    description: 'New kind: MINT-Region, MINT-Cluster, zdi-Zentrum or other.',
  })
  @OptionalNotNull()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;

  @Field(() => Bundesland, { nullable: true, description: 'New federal state (Bundesland).' })
  @OptionalNotNull()
  @IsEnum(Bundesland)
  bundesland?: Bundesland;

  @Field({ nullable: true, description: 'New city or region (1–100 characters).' })
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
