import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, LocalTimeScalar } from '@zyklus/common';
import { WorkshopChangeKind } from './workshop-change.entity';
import { WorkshopFormat, WorkshopKind, WorkshopStatus } from './workshop-enums';

registerEnumType(WorkshopChangeKind, {
  name: 'WorkshopChangeKind',
  description: 'What happened to a workshop.',
});

@ObjectType({ description: 'One day of a workshop, in the programme’s time zone.' })
export class WorkshopDay {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => LocalTimeScalar)
  startTime!: string;

  @Field(() => LocalTimeScalar)
  endTime!: string;

  @Field({ description: 'The start as an instant (from date, time and time zone).' })
  startsAt!: Date;

  @Field({ description: 'The end as an instant.' })
  endsAt!: Date;
}

@ObjectType('RecordedDay', { description: 'A day as a change recorded it.' })
export class RecordedDayModel {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => LocalTimeScalar)
  startTime!: string;

  @Field(() => LocalTimeScalar)
  endTime!: string;
}

@ObjectType({ description: 'Where an in-person workshop happens.' })
export class Place {
  @Field({ description: 'E.g. "Körber-Stiftung, KörberForum".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street, postcode and city.' })
  address!: string | null;
}

@ObjectType({
  description:
    'Who leads (part of) a workshop: a person of Zyklus or an external guest (e.g. an impact expert giving a half-day input).',
})
export class Facilitator {
  @Field({ description: 'The person’s or guest’s name.' })
  name!: string;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => String, { nullable: true, description: 'What they contribute.' })
  contribution!: string | null;

  @Field({ description: 'Whether this is an external guest (no account in Zyklus).' })
  external!: boolean;
}

@ObjectType({
  description:
    'A workshop of a cohort’s cycle (kick-off, deep dive, Transferwerkstatt). Coordinators see published ones of their own cohort, internal facilitators those they facilitate; drafts only program managers.',
})
export class Workshop {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  cohortId!: string;

  @Field(() => WorkshopKind)
  kind!: WorkshopKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => WorkshopFormat)
  format!: WorkshopFormat;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats; null when the whole cohort is invited.',
  })
  capacity!: number | null;

  @Field({ description: 'Whether attending counts towards completing the cycle.' })
  attendanceRequired!: boolean;

  @Field(() => WorkshopStatus)
  status!: WorkshopStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason!: string | null;

  @Field(() => Int, {
    description: 'Raised with every change participants were told about (the calendar SEQUENCE).',
  })
  sequence!: number;
}

@ObjectType({ description: 'A publication, reschedule, change, cancellation or completion.' })
export class WorkshopChange {
  @Field(() => WorkshopChangeKind)
  kind!: WorkshopChangeKind;

  @Field()
  changedAt!: Date;

  @Field(() => Int, { description: 'The workshop’s sequence after the change.' })
  sequence!: number;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => [RecordedDayModel], {
    nullable: true,
    description: 'The days before a reschedule.',
  })
  previousDays!: RecordedDayModel[] | null;

  @Field(() => [RecordedDayModel], { nullable: true, description: 'The days after the change.' })
  days!: RecordedDayModel[] | null;
}
