import { Field, InputType } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl } from 'class-validator';
import { Bundesland } from '../bundesland';
import { NetworkKind } from '../network-kind';

@InputType({ description: 'A new network.' })
export class CreateNetworkInput {
  @Field({ description: 'Name, unique regardless of case (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field(() => NetworkKind, {
    description: 'Kind of network: MINT-Region, MINT-Cluster, zdi-Zentrum or other.',
  })
  @IsEnum(NetworkKind)
  kind!: NetworkKind;

  @Field(() => Bundesland, { description: 'The federal state (Bundesland) it works in.' })
  @IsEnum(Bundesland)
  bundesland!: Bundesland;

  @Field({ description: 'City or region (1–100 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  city!: string;

  @Field(() => String, { nullable: true, description: 'Website, starting with http(s)://.' })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxChars(500)
  website?: string | null;
}
