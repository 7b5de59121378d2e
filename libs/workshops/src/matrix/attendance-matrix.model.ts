import { Field, ObjectType } from '@nestjs/graphql';
import { Cohort, Participation } from '@zyklus/cohorts';
import { AttendanceStatus } from '../attendance/attendance-status';
import { CycleProgress } from '../cycle/workshop-cycle.model';
import { Workshop } from '../workshop/workshop.model';

@ObjectType({ description: 'One network’s attendance at one workshop.' })
export class AttendanceCell {
  @Field(() => Workshop)
  workshop!: object;

  @Field(() => AttendanceStatus, { nullable: true })
  status!: AttendanceStatus | null;
}

@ObjectType({ description: 'One network’s row: its attendance at each workshop and its progress.' })
export class AttendanceMatrixRow {
  @Field(() => Participation)
  participation!: object;

  @Field(() => [AttendanceCell], { description: 'In the order of the matrix’s workshops.' })
  cells!: AttendanceCell[];

  @Field(() => CycleProgress)
  progress!: CycleProgress;
}

@ObjectType({
  description:
    'Cohort × networks × workshops: who attended what, with completion per network (program managers).',
})
export class AttendanceMatrix {
  @Field(() => Cohort)
  cohort!: object;

  @Field(() => [Workshop], { description: 'Published and completed workshops by first day.' })
  workshops!: object[];

  @Field(() => [AttendanceMatrixRow], {
    description: 'Networks with a place (and those who withdrew), by name.',
  })
  rows!: AttendanceMatrixRow[];
}
