import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@zyklus/cohorts';
import { IdentityModule } from '@zyklus/identity';
import { RemindersModule } from '@zyklus/reminders';
import { PeerGroupAccess } from './access/peer-group-access';
import { PeerCaseEntity } from './case/peer-case.entity';
import { PeerCaseResolver } from './case/peer-case.resolver';
import { PeerCaseService } from './case/peer-case.service';
import { PeerFeedbackEntity } from './feedback/peer-feedback.entity';
import { PeerFeedbackService } from './feedback/peer-feedback.service';
import { PeerGroupView } from './group/peer-group-view';
import {
  PeerGroupCohortEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
} from './group/peer-group.entity';
import { PeerGroupResolver } from './group/peer-group.resolver';
import { PeerGroupService } from './group/peer-group.service';
import { PeerMinutesEntity } from './minutes/peer-minutes.entity';
import { PeerMinutesService } from './minutes/peer-minutes.service';
import {
  PeerAttendanceLoader,
  PeerCaseQueueLoader,
  PeerCasesByRoundLoader,
  PeerFeedbackLoader,
  PeerGroupByIdLoader,
  PeerGroupCohortsLoader,
  PeerGroupZoneLoader,
  PeerMembersLoader,
  PeerMinutesLoader,
  PeerRolesLoader,
  PeerRoundsByGroupLoader,
  PeerRsvpsLoader,
} from './peer-rounds.loaders';
import { PeerRoundsPersonalData } from './privacy/peer-rounds-personal-data';
import { PeerRoundHooks } from './round/peer-round-hooks';
import { PeerRoundMutationsResolver } from './round/peer-round-mutations.resolver';
import { PeerRoundView } from './round/peer-round-view';
import {
  PeerRoundAttendanceEntity,
  PeerRoundEntity,
  PeerRoundRoleEntity,
  PeerRoundRsvpEntity,
} from './round/peer-round.entity';
import { PeerRoundResolver } from './round/peer-round.resolver';
import { PeerRoundService } from './round/peer-round.service';
import { RoundCancellation } from './round/round-cancellation';
import { RoundRolesService } from './round/round-roles.service';
import { RsvpService } from './round/rsvp.service';
import { PeerGroupEventSource } from './reminders/peer-group-event-source';
import { PeerRoundEventSource } from './reminders/peer-round-event-source';
import { PeerRoundReminderTriggers } from './reminders/peer-round-reminder-triggers';
import { PeerHolidayCalendar } from './series/holiday-calendar';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const PEER_ROUNDS_RESOLVERS = [
  PeerGroupResolver,
  PeerRoundResolver,
  PeerRoundMutationsResolver,
  PeerCaseResolver,
];

const LOADERS = [
  PeerGroupByIdLoader,
  PeerGroupZoneLoader,
  PeerGroupCohortsLoader,
  PeerMembersLoader,
  PeerRoundsByGroupLoader,
  PeerRolesLoader,
  PeerRsvpsLoader,
  PeerAttendanceLoader,
  PeerCasesByRoundLoader,
  PeerCaseQueueLoader,
  PeerMinutesLoader,
  PeerFeedbackLoader,
];

/**
 * Kollegiale Runden (DESIGN §8): peer groups with members over time, rounds one by one or as a
 * series, roles with a rotation suggestion, RSVPs, attendance, the case queue, minutes and
 * feedback. Cases and minutes are the group's alone (DESIGN §4): see PeerGroupAccess.
 */
@Module({
  imports: [
    IdentityModule,
    CohortsModule,
    RemindersModule,
    TypeOrmModule.forFeature([
      PeerGroupEntity,
      PeerGroupCohortEntity,
      PeerGroupMemberEntity,
      PeerRoundEntity,
      PeerRoundRoleEntity,
      PeerRoundRsvpEntity,
      PeerRoundAttendanceEntity,
      PeerCaseEntity,
      PeerMinutesEntity,
      PeerFeedbackEntity,
    ]),
  ],
  providers: [
    PeerGroupAccess,
    PeerRoundHooks,
    PeerHolidayCalendar,
    RoundCancellation,
    PeerGroupService,
    PeerGroupView,
    PeerRoundService,
    PeerRoundView,
    RoundRolesService,
    RsvpService,
    PeerCaseService,
    PeerMinutesService,
    PeerFeedbackService,
    PeerRoundEventSource,
    PeerGroupEventSource,
    PeerRoundReminderTriggers,
    PeerRoundsPersonalData,
    ...LOADERS,
    ...PEER_ROUNDS_RESOLVERS,
  ],
  exports: [PeerGroupAccess, PeerRoundHooks, PeerHolidayCalendar, RsvpService, PeerRoundView],
})
export class PeerRoundsModule {}
