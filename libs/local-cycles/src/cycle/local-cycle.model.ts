import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import { Place, PublicHolidayWarning, WorkshopDay, WorkshopFormat } from '@zyklus/workshops';
import { Initiative } from '../initiative/initiative.model';
import {
  EnrolmentStatus,
  LocalAttendanceStatus,
  LocalCycleStatus,
  LocalWorkshopStatus,
  SelfAnalysisPhase,
} from '../local-cycle-enums';

@ObjectType({ description: 'The network a local cycle belongs to (name and state only).' })
export class LocalCycleNetwork {
  @Field(() => ID, { description: 'The network.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => Bundesland, { description: 'Its Bundesland, whose holidays planning avoids.' })
  bundesland!: Bundesland;
}

@ObjectType({ description: 'A workshop a coordinator runs for initiatives (Workshop vor Ort).' })
export class LocalWorkshop {
  @Field(() => ID, { description: 'Identifies the local workshop.' })
  id!: string;

  @Field(() => ID, { description: 'Its local cycle.' })
  localCycleId!: string;

  @Field({ description: 'Title, e.g. "Reflexionsworkshop".' })
  title!: string;

  @Field(() => WorkshopFormat, { description: 'In person, online or hybrid.' })
  format!: WorkshopFormat;

  @Field(() => LocalWorkshopStatus, { description: 'DRAFT → PUBLISHED → HELD, or CANCELLED.' })
  status!: LocalWorkshopStatus;

  @Field(() => Place, { nullable: true, description: 'Where (in person, hybrid).' })
  place!: Place | null;

  @Field(() => String, { nullable: true, description: 'Video-conference link.' })
  onlineUrl!: string | null;

  @Field(() => Bundesland, {
    description: 'The Bundesland whose holidays apply: the place’s if given, else the network’s.',
  })
  bundesland!: Bundesland;

  @Field(() => [WorkshopDay], { description: 'The days in order.' })
  days!: WorkshopDay[];

  @Field(() => [PublicHolidayWarning], {
    description: 'Days on a public holiday of its Bundesland, naming the holiday (a warning).',
  })
  holidays!: PublicHolidayWarning[];

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason!: string | null;

  @Field(() => Int, { description: 'Raised with each change invitees are told about.' })
  sequence!: number;
}

@ObjectType({ description: 'One phase change of an initiative’s self-analysis.' })
export class SelfAnalysisPhaseChange {
  @Field(() => SelfAnalysisPhase, { description: 'The phase before.' })
  fromPhase!: SelfAnalysisPhase;

  @Field(() => SelfAnalysisPhase, { description: 'The phase after.' })
  toPhase!: SelfAnalysisPhase;

  @Field({ description: 'When.' })
  changedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who (name); null once erased.' })
  changedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why (required when going back).' })
  reason!: string | null;
}

@ObjectType({ description: 'An initiative in a local cycle, with its self-analysis phase.' })
export class LocalEnrolment {
  @Field(() => ID, { description: 'Identifies the enrolment.' })
  id!: string;

  @Field(() => Initiative, { description: 'The initiative.' })
  initiative!: Initiative;

  @Field(() => EnrolmentStatus, { description: 'INVITED → ENROLLED → COMPLETED, or WITHDRAWN.' })
  status!: EnrolmentStatus;

  @Field(() => SelfAnalysisPhase, { description: 'Where its self-analysis stands.' })
  phase!: SelfAnalysisPhase;

  @Field({ description: 'Since when it is in this phase.' })
  phaseSince!: Date;

  @Field(() => [SelfAnalysisPhaseChange], { description: 'Every phase change, oldest first.' })
  phaseHistory!: SelfAnalysisPhaseChange[];
}

@ObjectType({ description: 'One cell of the attendance matrix.' })
export class LocalAttendanceCell {
  @Field(() => ID, { description: 'The local workshop.' })
  localWorkshopId!: string;

  @Field(() => ID, { description: 'The enrolment.' })
  enrolmentId!: string;

  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => LocalAttendanceStatus, { description: 'Attended, excused or no show.' })
  status!: LocalAttendanceStatus;

  @Field(() => Int, { nullable: true, description: 'How many people came.' })
  headCount!: number | null;
}

@ObjectType({
  description:
    'A network’s local workshop cycle (Workshop-Zyklus vor Ort) in one cohort: its workshops, the initiatives enrolled, attendance and self-analysis phases.',
})
export class LocalCycle {
  @Field(() => ID, { description: 'Identifies the cycle.' })
  id!: string;

  @Field(() => ID, { description: 'The participation (network in a cohort).' })
  participationId!: string;

  @Field(() => ID, { description: 'The cohort.' })
  cohortId!: string;

  @Field(() => LocalCycleNetwork, { description: 'The network.' })
  network!: LocalCycleNetwork;

  @Field(() => LocalCycleStatus, { description: 'PLANNED → RUNNING → COMPLETED, or CANCELLED.' })
  status!: LocalCycleStatus;

  @Field({ description: 'Whether changes are refused (COMPLETED or CANCELLED).' })
  readOnly!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was completed or cancelled.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a program manager reopened it.' })
  reopenReason!: string | null;

  @Field({ description: 'The last change to it or anything in it.' })
  lastActivityAt!: Date;

  @Field(() => [LocalWorkshop], { description: 'Its local workshops by first day.' })
  workshops!: LocalWorkshop[];

  @Field(() => [LocalEnrolment], { description: 'The initiatives in it, by name.' })
  enrolments!: LocalEnrolment[];

  @Field(() => [LocalAttendanceCell], { description: 'The attendance matrix’s filled cells.' })
  attendance!: LocalAttendanceCell[];
}
