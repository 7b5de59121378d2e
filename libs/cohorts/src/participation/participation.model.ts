import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@zyklus/common';
import { ParticipationStatus } from './participation-status';

/** Whether a participation's coordinator is new to the programme or an alumnus. */
export enum CoordinatorExperience {
  NEW = 'NEW',
  EXPERIENCED = 'EXPERIENCED',
}

registerEnumType(CoordinatorExperience, {
  name: 'CoordinatorExperience',
  description: 'New coordinators and alumni; the buddy programme pairs them.',
  valuesMap: {
    NEW: { description: 'Neu: has not completed an earlier cohort.' },
    EXPERIENCED: { description: 'Erfahren: completed an earlier cohort (alumnus).' },
  },
});

@ObjectType({ description: 'A network’s participation (Teilnahme) in a cohort.' })
export class Participation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  cohortId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ParticipationStatus)
  status!: ParticipationStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When the network joined the waiting list (only while WAITLISTED).',
  })
  waitlistedAt!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day of completion.' })
  completedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day of withdrawal.' })
  withdrawnOn!: string | null;

  @Field({ description: 'When the participation was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One entry in a participation’s history.' })
export class ParticipationChange {
  @Field(() => ID)
  id!: string;

  @Field(() => ParticipationStatus, {
    nullable: true,
    description: 'Status before; null for the first entry.',
  })
  fromStatus!: ParticipationStatus | null;

  @Field(() => ParticipationStatus, { description: 'Status after.' })
  toStatus!: ParticipationStatus;

  @Field({ description: 'When it happened.' })
  changedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why (for withdrawals).' })
  reason!: string | null;
}

@ObjectType({ description: 'How many networks of a cohort are in each status.' })
export class ParticipationCounts {
  @Field(() => Int) invited!: number;
  @Field(() => Int) waitlisted!: number;
  @Field(() => Int) enrolled!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) withdrawn!: number;

  @Field(() => Int, { description: 'Networks holding a place: enrolled, active or completed.' })
  occupying!: number;

  @Field(() => Int, { description: 'All participations, whatever their status.' })
  total!: number;
}
