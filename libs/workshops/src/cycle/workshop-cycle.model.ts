import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Cohort, Participation } from '@zyklus/cohorts';
import { AttendanceStatus } from '../attendance/attendance-status';
import { Workshop } from '../workshop/workshop.model';

@ObjectType({ description: 'How far a network has come in its cycle.' })
export class CycleProgress {
  @Field(() => Int, { description: 'Required workshops attended.' })
  attendedRequired!: number;

  @Field(() => Int, {
    description:
      'Required workshops of the cycle that are published or completed (drafts and cancelled ones are not counted).',
  })
  required!: number;

  @Field(() => Int, { description: 'attendedRequired of required, in percent (0–100).' })
  percent!: number;

  @Field({ description: 'Every required workshop published or completed so far attended.' })
  complete!: boolean;
}

@ObjectType({ description: 'One workshop of the cycle as one network sees it.' })
export class CycleStep {
  @Field(() => Workshop, { description: 'The workshop of this step.' })
  workshop!: object;

  @Field(() => AttendanceStatus, {
    nullable: true,
    description:
      'The network’s attendance (REGISTERED until recorded); null for cancelled workshops.',
  })
  attendance!: AttendanceStatus | null;

  @Field({ description: 'Whether attending counts towards completing the cycle.' })
  required!: boolean;

  @Field({ description: 'Whether it lies ahead (its last day is today or later).' })
  upcoming!: boolean;
}

@ObjectType({
  description:
    'A coordinator’s workshop cycle in one cohort: each step in order with dates, format, place or link, status and their attendance; progress; the next workshop.',
})
export class WorkshopCycle {
  @Field(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohort!: object;

  @Field(() => Participation, { description: 'The network’s participation the cycle belongs to.' })
  participation!: object;

  @Field(() => [CycleStep], {
    description: 'Published, completed and cancelled workshops in order.',
  })
  steps!: CycleStep[];

  @Field(() => CycleProgress, { description: 'How far the network has come in the cycle.' })
  progress!: CycleProgress;

  @Field(() => Workshop, {
    nullable: true,
    description: 'The next published workshop that has not ended yet; null if none.',
  })
  nextWorkshop!: object | null;
}
