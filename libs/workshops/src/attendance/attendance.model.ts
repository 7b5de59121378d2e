import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus } from './attendance-status';

@ObjectType({ description: 'A participating network’s attendance at a workshop.' })
export class Attendance {
  @Field(() => ID, { description: 'The network’s participation (see participation).' })
  participationId!: string;

  @Field(() => ID, { description: 'The workshop’s id.' })
  workshopId!: string;

  @Field(() => AttendanceStatus, { description: 'Attendance (Teilnahme am Workshop).' })
  status!: AttendanceStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When a program manager last recorded it; null while only registered.',
  })
  recordedAt!: Date | null;
}
