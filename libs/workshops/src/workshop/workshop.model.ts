import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import { LocalDateScalar, LocalTimeScalar } from '@zyklus/common';
import { WorkshopChangeKind } from './workshop-change.entity';
import { WorkshopFormat, WorkshopKind, WorkshopStatus } from './workshop-enums';

registerEnumType(WorkshopChangeKind, {
  name: 'WorkshopChangeKind',
  description: 'What happened to a workshop.',
  valuesMap: {
    PUBLISHED: { description: 'Veröffentlicht: coordinators see it and are registered.' },
    RESCHEDULED: { description: 'Verschoben: new days.' },
    UPDATED: { description: 'Geändert: details such as place, link or facilitators.' },
    CANCELLED: { description: 'Abgesagt: called off, with a reason.' },
    COMPLETED: { description: 'Abgeschlossen: it took place.' },
  },
});

@ObjectType({ description: 'One day of a workshop, in the programme’s time zone.' })
export class WorkshopDay {
  @Field(() => LocalDateScalar, { description: 'The calendar day.' })
  date!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time.' })
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time.' })
  endTime!: string;

  @Field({ description: 'The start as an instant (from date, time and time zone).' })
  startsAt!: Date;

  @Field({ description: 'The end as an instant.' })
  endsAt!: Date;
}

@ObjectType('RecordedDay', { description: 'A day as a change recorded it.' })
export class RecordedDayModel {
  @Field(() => LocalDateScalar, { description: 'The calendar day.' })
  date!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time.' })
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time.' })
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

  @Field(() => String, { nullable: true, description: 'Their organisation, if given.' })
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
  @Field(() => ID, { description: 'Identifies the workshop.' })
  id!: string;

  @Field(() => ID, { description: 'The cohort’s id (see cohort).' })
  cohortId!: string;

  @Field(() => WorkshopKind, {
    description: 'Which step of the cycle: kick-off, deep dive, Transferwerkstatt …',
  })
  kind!: WorkshopKind;

  @Field({ description: 'Title, e.g. "Auftaktworkshop".' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it is about; null if none.' })
  description!: string | null;

  @Field(() => WorkshopFormat, { description: 'In person, online or hybrid.' })
  format!: WorkshopFormat;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats; null when the whole cohort is invited.',
  })
  capacity!: number | null;

  @Field({ description: 'Whether attending counts towards completing the cycle.' })
  attendanceRequired!: boolean;

  @Field(() => WorkshopStatus, {
    description: 'DRAFT → PUBLISHED → COMPLETED, or CANCELLED.',
  })
  status!: WorkshopStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason!: string | null;

  @Field(() => Int, {
    description: 'Raised with every change participants were told about (the calendar SEQUENCE).',
  })
  sequence!: number;

  @Field(() => Place, {
    nullable: true,
    description: 'Where it happens (in person, hybrid); null for online workshops.',
  })
  place!: Place | null;

  @Field(() => Bundesland, {
    nullable: true,
    description: 'The Bundesland of the place, whose public holidays apply; null if not given.',
  })
  bundesland!: Bundesland | null;

  // Read from the viewer's RedactedWorkshop (WorkshopAccess.redact), never from the stored row.
  @Field(() => String, {
    name: 'onlineUrl',
    nullable: true,
    description:
      'Video-conference link; only its participants (who coordinates a network taking part with a place on its first day, the people its reminders go to), its internal facilitators and program managers see it (null for others).',
  })
  visibleOnlineUrl!: string | null;
}

@ObjectType({ description: 'A publication, reschedule, change, cancellation or completion.' })
export class WorkshopChange {
  @Field(() => WorkshopChangeKind, { description: 'What happened.' })
  kind!: WorkshopChangeKind;

  @Field({ description: 'When it happened.' })
  changedAt!: Date;

  @Field(() => Int, { description: 'The workshop’s sequence after the change.' })
  sequence!: number;

  @Field(() => String, { nullable: true, description: 'Why (for cancellations); null otherwise.' })
  reason!: string | null;

  @Field(() => [RecordedDayModel], {
    nullable: true,
    description: 'The days before a reschedule.',
  })
  previousDays!: RecordedDayModel[] | null;

  @Field(() => [RecordedDayModel], { nullable: true, description: 'The days after the change.' })
  days!: RecordedDayModel[] | null;
}
