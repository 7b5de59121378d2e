import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalTimeScalar } from '@zyklus/common';
import { WorkshopFormat, WorkshopKind } from '../workshop/workshop-enums';

@ObjectType({
  description:
    'One step of a programme’s workshop cycle template (Workshop-Zyklus, Vorlage); cohorts are planned from it.',
})
export class CycleTemplateStep {
  @Field(() => ID, { description: 'Identifies the step.' })
  id!: string;

  @Field(() => Int, { description: '1 for the first step.' })
  position!: number;

  @Field(() => WorkshopKind, { description: 'Which kind of workshop the step plans.' })
  kind!: WorkshopKind;

  @Field({ description: 'Default title of the planned workshop.' })
  title!: string;

  @Field(() => Float, { description: 'Length in days, in halves: 2.5 = two days and a half.' })
  durationDays!: number;

  @Field(() => LocalTimeScalar, { description: 'A day’s default start.' })
  dayStart!: string;

  @Field(() => LocalTimeScalar, { description: 'A full day’s default end.' })
  dayEnd!: string;

  @Field(() => WorkshopFormat, { description: 'Default format of the planned workshop.' })
  defaultFormat!: WorkshopFormat;

  @Field({ description: 'Whether attending counts towards completing the cycle.' })
  attendanceRequired!: boolean;

  @Field(() => Int, {
    description:
      'Typical days from the previous step’s first day to this one’s (0 for the first); planning never starts a step before the day after the previous step’s last day.',
  })
  gapDays!: number;
}
