import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { AttendanceStatus } from './attendance-status';

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The network’s participation in the workshop’s cohort.' })
  @IsUUID()
  participationId!: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;
}

@InputType({ description: 'Attendance of many coordinators at one workshop, in one go.' })
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  workshopId!: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}
