import { ArgsType, Field } from '@nestjs/graphql';
import { MaxChars, PageArgs, Trim } from '@zyklus/common';
import { IsOptional, IsString } from 'class-validator';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only people whose name or email contains this text (any case).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(200)
  search?: string;
}
