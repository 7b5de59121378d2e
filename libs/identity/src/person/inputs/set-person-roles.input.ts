import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayUnique, IsEnum, IsUUID } from 'class-validator';
import { Role } from '../role';

@InputType({ description: 'Replaces a person’s roles.' })
export class SetPersonRolesInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  personId!: string;

  @Field(() => [Role], { description: 'The new roles (may be empty). Only admins change ADMIN.' })
  @IsEnum(Role, { each: true })
  @ArrayUnique()
  roles!: Role[];
}
