import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@zyklus/cohorts';
import { IdentityModule } from '@zyklus/identity';
import { RemindersModule } from '@zyklus/reminders';
import { BuddyPairingSource } from './reminders/buddy-pairing-source';
import { BuddyReminderTriggers } from './reminders/buddy-reminder-triggers';
import { BuddySessionSource } from './reminders/buddy-session-source';
import { PairingsExportController } from './export/pairings-export.controller';
import { BuddyFeedbackEntity } from './feedback/buddy-feedback.entity';
import { FeedbackResolver } from './feedback/feedback.resolver';
import { FeedbackService } from './feedback/feedback.service';
import { BuddyGoalEntity } from './goal/buddy-goal.entity';
import { GoalResolver } from './goal/goal.resolver';
import { GoalService } from './goal/goal.service';
import { BuddyMails } from './mail/buddy-mails';
import { BuddyWishEntity } from './matching/buddy-wish.entity';
import { MatchingFacts } from './matching/matching-facts';
import { MatchingResolver } from './matching/matching.resolver';
import { MatchingService } from './matching/matching.service';
import { BuddyPairingEntity } from './pairing/buddy-pairing.entity';
import { GoalsByPairingLoader, SessionsByPairingLoader } from './pairing/pairing-children.loaders';
import { PairingLifecycleService } from './pairing/pairing-lifecycle.service';
import { PairingProposalService } from './pairing/pairing-proposal.service';
import { PairingQueryService } from './pairing/pairing-query.service';
import { PairingRecordByIdLoader, PairingRecords } from './pairing/pairing-records';
import { PairingResolver } from './pairing/pairing.resolver';
import { PairingsFollowCohort } from './pairing/pairings-follow-cohort';
import { BuddiesPersonalData } from './privacy/buddies-personal-data';
import { BuddyProblemReportEntity } from './problem/buddy-problem-report.entity';
import { ProblemReportResolver } from './problem/problem-report.resolver';
import { ProblemReportService } from './problem/problem-report.service';
import { BuddyProfileEntity } from './profile/buddy-profile.entity';
import { BuddyProfileResolver } from './profile/buddy-profile.resolver';
import { BuddyProfileService } from './profile/buddy-profile.service';
import { BuddySessionEntity } from './session/buddy-session.entity';
import { BuddySessionHooks } from './session/session-hooks';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const BUDDIES_RESOLVERS = [
  BuddyProfileResolver,
  MatchingResolver,
  PairingResolver,
  SessionResolver,
  GoalResolver,
  FeedbackResolver,
  ProblemReportResolver,
];

/**
 * The buddy programme (Buddy-Tandems, DESIGN §7): alumni's buddy profiles, matching new
 * coordinators with buddies, the pairing's lifecycle, the sessions the pair arranges with their
 * private notes, goals, feedback and problem reports.
 */
@Module({
  imports: [
    IdentityModule,
    CohortsModule,
    RemindersModule,
    TypeOrmModule.forFeature([
      BuddyProfileEntity,
      BuddyWishEntity,
      BuddyPairingEntity,
      BuddySessionEntity,
      BuddyGoalEntity,
      BuddyFeedbackEntity,
      BuddyProblemReportEntity,
    ]),
  ],
  controllers: [PairingsExportController],
  providers: [
    BuddiesPersonalData,
    BuddySessionSource,
    BuddyPairingSource,
    BuddyReminderTriggers,
    BuddyMails,
    BuddySessionHooks,
    MatchingFacts,
    MatchingService,
    BuddyProfileService,
    PairingRecords,
    PairingRecordByIdLoader,
    SessionsByPairingLoader,
    GoalsByPairingLoader,
    PairingQueryService,
    PairingProposalService,
    PairingLifecycleService,
    PairingsFollowCohort,
    SessionService,
    GoalService,
    FeedbackService,
    ProblemReportService,
    ...BUDDIES_RESOLVERS,
  ],
  exports: [BuddySessionHooks, PairingRecords],
})
export class BuddiesModule {}
