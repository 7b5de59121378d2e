import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** Forward cursor pagination: `first` items after the cursor `after`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: `How many items to return (1–${MAX_PAGE_SIZE}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an endCursor of an earlier answer).',
  })
  @IsOptional()
  @IsString()
  after?: string;
}
