import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus } from './attendance-status';

@ObjectType({ description: 'A participating network’s attendance at a workshop.' })
export class Attendance {
  @Field(() => ID)
  participationId!: string;

  @Field(() => ID)
  workshopId!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When a program manager last recorded it; null while only registered.',
  })
  recordedAt!: Date | null;
}
