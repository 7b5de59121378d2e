import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@zyklus/common';
import { Person } from '@zyklus/identity';
import type { PersonView } from '@zyklus/identity';
import { Network } from '../network/network.model';
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
  @Field(() => ID, { description: 'Identifies the participation.' })
  id!: string;

  @Field(() => ID, { description: 'The cohort’s id (see cohort).' })
  cohortId!: string;

  @Field(() => ID, { description: 'The network’s id (see network).' })
  networkId!: string;

  @Field(() => ParticipationStatus, {
    description: 'Where the participation stands (Teilnahmestatus); see nextStatuses.',
  })
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

  @Field(() => Network, { description: 'The participating network (Netzwerk).' })
  network!: object;

  @Field(() => Person, {
    nullable: true,
    description:
      'The network’s coordinator: today’s while the cohort runs or lies ahead, the one on its last day once it is over; null if none, and null for a former coordinator looking at the network they handed over to a successor.',
  })
  coordinator!: PersonView | null;

  @Field(() => CoordinatorExperience, {
    nullable: true,
    description:
      'EXPERIENCED if the coordinator completed an earlier cohort (an alumnus), else NEW; null without coordinator.',
  })
  coordinatorExperience!: CoordinatorExperience | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Position on the waiting list (1 = next to move up); null unless WAITLISTED.',
  })
  waitlistPosition!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the network withdrew; program managers and the network’s own coordinator only (null for others, and for a former coordinator when it withdrew after they left).',
  })
  withdrawalReason!: string | null;

  @Field(() => [ParticipationStatus], {
    description: 'Statuses this participation may move to next.',
  })
  nextStatuses!: readonly ParticipationStatus[];
}

@ObjectType({ description: 'One entry in a participation’s history.' })
export class ParticipationChange {
  @Field(() => ID, { description: 'Identifies the history entry.' })
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
  @Field(() => Int, { description: 'Invited (eingeladen), not yet enrolled.' })
  invited!: number;

  @Field(() => Int, { description: 'On the waiting list (Warteliste).' })
  waitlisted!: number;

  @Field(() => Int, { description: 'Enrolled (angemeldet), not yet active.' })
  enrolled!: number;

  @Field(() => Int, { description: 'Active (aktiv): going through the workshop cycle.' })
  active!: number;

  @Field(() => Int, { description: 'Completed (abgeschlossen) the cycle.' })
  completed!: number;

  @Field(() => Int, { description: 'Withdrawn (abgemeldet).' })
  withdrawn!: number;

  @Field(() => Int, { description: 'Networks holding a place: enrolled, active or completed.' })
  occupying!: number;

  @Field(() => Int, { description: 'All participations, whatever their status.' })
  total!: number;
}
