import { Field, ObjectType } from '@nestjs/graphql';
import { Cohort, Participation } from '@zyklus/cohorts';
import { AttendanceStatus } from '../attendance/attendance-status';
import { CycleProgress } from '../cycle/workshop-cycle.model';
import { Workshop } from '../workshop/workshop.model';

@ObjectType({ description: 'One network’s attendance at one workshop.' })
export class AttendanceCell {
  @Field(() => Workshop, { description: 'The workshop of this column.' })
  workshop!: object;

  @Field(() => AttendanceStatus, {
    nullable: true,
    description: 'The network’s attendance; null when none is recorded (e.g. it withdrew before).',
  })
  status!: AttendanceStatus | null;
}

@ObjectType({ description: 'One network’s row: its attendance at each workshop and its progress.' })
export class AttendanceMatrixRow {
  @Field(() => Participation, { description: 'The network’s participation (Teilnahme).' })
  participation!: object;

  @Field(() => [AttendanceCell], { description: 'In the order of the matrix’s workshops.' })
  cells!: AttendanceCell[];

  @Field(() => CycleProgress, { description: 'How far the network has come in the cycle.' })
  progress!: CycleProgress;
}

@ObjectType({
  description:
    'Cohort × networks × workshops: who attended what, with completion per network (program managers).',
})
export class AttendanceMatrix {
  @Field(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohort!: object;

  @Field(() => [Workshop], { description: 'Published and completed workshops by first day.' })
  workshops!: object[];

  @Field(() => [AttendanceMatrixRow], {
    description: 'Networks with a place (and those who withdrew), by name.',
  })
  rows!: AttendanceMatrixRow[];
}
