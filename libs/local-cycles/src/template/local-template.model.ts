import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalTimeScalar } from '@zyklus/common';
import { WorkshopFormat } from '@zyklus/workshops';

@ObjectType({
  description:
    'A step of a programme’s local template (Workshop-Zyklus vor Ort), e.g. Infoveranstaltung, Einführung in die Selbstanalyse, Reflexionsworkshop, Beratungsgespräche.',
})
export class LocalTemplateStep {
  @Field(() => ID, { description: 'Identifies the step.' })
  id!: string;

  @Field(() => Int, { description: 'Position, from 1.' })
  position!: number;

  @Field({ description: 'Title of the planned local workshop.' })
  title!: string;

  @Field(() => Float, { description: 'Days, in halves.' })
  durationDays!: number;

  @Field(() => LocalTimeScalar, { description: 'A day’s default start.' })
  dayStart!: string;

  @Field(() => LocalTimeScalar, { description: 'A full day’s default end.' })
  dayEnd!: string;

  @Field(() => Int, { description: 'Days after the previous step’s first day.' })
  gapDays!: number;

  @Field(() => WorkshopFormat, { description: 'Default format.' })
  defaultFormat!: WorkshopFormat;
}
