import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Cohort, Participation } from '@zyklus/cohorts';
import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopKind } from '../workshop/workshop-enums';
import { Workshop } from '../workshop/workshop.model';

@ObjectType({ description: 'How far a network has come in its cycle.' })
export class CycleProgress {
  @Field(() => Int, { description: 'Required steps attended.' })
  attendedRequired!: number;

  @Field(() => Int, {
    description:
      'Required steps of the cycle, those not yet scheduled included (cancelled workshops are no steps).',
  })
  required!: number;

  @Field(() => Int, {
    description: 'Required steps not yet scheduled (planned, but no days announced yet).',
  })
  unscheduled!: number;

  @Field(() => Int, { description: 'attendedRequired of required, in percent (0–100).' })
  percent!: number;

  @Field({ description: 'Every required step of the cycle attended.' })
  complete!: boolean;
}

@ObjectType({ description: 'One step of the cycle as one network sees it.' })
export class CycleStep {
  @Field(() => WorkshopKind, {
    description: 'Which step: kick-off, deep dive, Transferwerkstatt …',
  })
  kind!: WorkshopKind;

  @Field({ description: 'The step’s title, e.g. "Wirkungsmessung".' })
  title!: string;

  @Field({
    description:
      'Whether the step is scheduled (published, held or cancelled); an unscheduled step has no workshop yet.',
  })
  scheduled!: boolean;

  @Field(() => Workshop, {
    nullable: true,
    description: 'The workshop of this step; null while the step is not yet scheduled.',
  })
  workshop!: object | null;

  @Field(() => AttendanceStatus, {
    nullable: true,
    description:
      'The network’s attendance (REGISTERED until recorded); null for cancelled and unscheduled steps.',
  })
  attendance!: AttendanceStatus | null;

  @Field({ description: 'Whether attending counts towards completing the cycle.' })
  required!: boolean;

  @Field({
    description:
      'Whether it lies ahead (its last day is today or later, or it is not yet scheduled).',
  })
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
    description:
      'The steps in order: published, completed and cancelled workshops, and the steps not yet scheduled.',
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
