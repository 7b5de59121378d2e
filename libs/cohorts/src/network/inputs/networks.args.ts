import { ArgsType, Field } from '@nestjs/graphql';
import { MaxChars, PageArgs, Trim } from '@zyklus/common';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { Bundesland } from '../bundesland';
import { NetworkKind } from '../network-kind';

@ArgsType()
export class NetworksArgs extends PageArgs {
  @Field(() => NetworkKind, { nullable: true, description: 'Only networks of this kind.' })
  @IsOptional()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;

  @Field(() => Bundesland, { nullable: true, description: 'Only networks in this state.' })
  @IsOptional()
  @IsEnum(Bundesland)
  bundesland?: Bundesland;

  @Field({ nullable: true, description: 'Part of the name or city, regardless of case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(200)
  search?: string;
}
