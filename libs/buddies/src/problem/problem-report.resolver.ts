import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { BuddyProblemReport, ReportBuddyProblemInput } from './problem-report.model';
import { ProblemReportService } from './problem-report.service';

@Resolver(() => BuddyProblemReport)
export class ProblemReportResolver {
  constructor(private readonly reports: ProblemReportService) {}

  @Mutation(() => BuddyProblemReport, {
    description:
      'One of the pair reports a problem (optionally asking to end the pairing); the program managers are mailed.',
  })
  reportBuddyProblem(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The pairing and the problem.' }) input: ReportBuddyProblemInput,
  ) {
    return this.reports.report(actor, input);
  }

  @Mutation(() => BuddyProblemReport, { description: 'A program manager marks a report resolved.' })
  resolveBuddyProblemReport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The report.' }, ParseIdPipe) id: string,
  ) {
    return this.reports.resolve(actor, id);
  }

  @Query(() => [BuddyProblemReport], {
    description: "Problem reports of a cohort's pairings, newest first (program managers).",
  })
  buddyProblemReports(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) cohortId: string,
    @Args('open', {
      type: () => Boolean,
      nullable: true,
      description: 'Only open (true) or resolved (false) ones.',
    })
    open: boolean | null,
  ) {
    return this.reports.list(actor, cohortId, open ?? undefined);
  }
}
