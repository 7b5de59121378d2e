import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalAttendanceStatus } from '../local-cycle-enums';

@InputType({ description: 'One cell of the attendance matrix: a workshop and an initiative.' })
export class LocalAttendanceCellInput {
  @Field(() => ID, { description: 'The local workshop (published or held).' })
  @IsUUID()
  localWorkshopId!: string;

  @Field(() => ID, { description: 'The initiative (enrolled in the cycle).' })
  @IsUUID()
  initiativeId!: string;

  @Field(() => LocalAttendanceStatus, { nullable: true, description: 'null clears the cell.' })
  @IsOptional()
  @IsEnum(LocalAttendanceStatus)
  status?: LocalAttendanceStatus | null;

  @Field(() => Int, { nullable: true, description: 'How many people came (0–500).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  headCount?: number | null;
}

@InputType({ description: 'The attendance matrix of a local cycle, saved in one go.' })
export class SaveLocalAttendanceInput {
  @Field(() => ID, { description: 'The local cycle.' })
  @IsUUID()
  localCycleId!: string;

  @Field(() => [LocalAttendanceCellInput], { description: 'The cells to set (1–2000).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => LocalAttendanceCellInput)
  cells!: LocalAttendanceCellInput[];
}
