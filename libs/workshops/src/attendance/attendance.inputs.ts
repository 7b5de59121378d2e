import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { AttendanceStatus } from './attendance-status';

@InputType({ description: 'One network’s attendance at the workshop.' })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The network’s participation in the workshop’s cohort.' })
  @IsUUID()
  participationId!: string;

  @Field(() => AttendanceStatus, { description: 'What is recorded for the network.' })
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;
}

@InputType({ description: 'Attendance of many coordinators at one workshop, in one go.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The published or completed workshop.' })
  @IsUUID()
  workshopId!: string;

  @Field(() => [AttendanceEntryInput], { description: 'One entry per network (1–500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@InputType({
  description:
    'The attendance matrix of a cohort, saved in one go: several workshops’ entries, all or nothing.',
})
export class RecordAttendanceMatrixInput {
  @Field(() => [RecordAttendanceInput], {
    description: 'One item per workshop with its changed entries (1–50 workshops).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RecordAttendanceInput)
  workshops!: RecordAttendanceInput[];
}
