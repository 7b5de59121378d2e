import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalCycleStatus, SelfAnalysisPhase } from '../local-cycle-enums';

@ObjectType({ description: 'How many enrolled initiatives are in one phase.' })
export class PhaseCount {
  @Field(() => SelfAnalysisPhase, { description: 'The phase.' })
  phase!: SelfAnalysisPhase;

  @Field(() => Int, { description: 'Initiatives (enrolled or completed) in it.' })
  count!: number;
}

@ObjectType({
  description:
    'Where one network’s local cycle stands: figures only, never an initiative’s contact data.',
})
export class LocalCycleOverviewRow {
  @Field(() => ID, { description: 'The participation.' })
  participationId!: string;

  @Field(() => ID, { description: 'The network.' })
  networkId!: string;

  @Field({ description: 'The network’s name.' })
  networkName!: string;

  @Field(() => ID, { nullable: true, description: 'Its local cycle; null while none is planned.' })
  localCycleId!: string | null;

  @Field(() => LocalCycleStatus, { nullable: true, description: 'null: no local cycle yet.' })
  cycleStatus!: LocalCycleStatus | null;

  @Field(() => Int, { description: 'Initiatives invited, not yet enrolled.' })
  initiativesInvited!: number;

  @Field(() => Int, { description: 'Initiatives enrolled or completed.' })
  initiativesEnrolled!: number;

  @Field(() => Int, { description: 'Local workshops planned or held (not cancelled).' })
  workshopsPlanned!: number;

  @Field(() => Int, { description: 'Local workshops held.' })
  workshopsHeld!: number;

  @Field(() => [PhaseCount], { description: 'Enrolled initiatives per phase, every phase listed.' })
  phases!: PhaseCount[];

  @Field(() => Date, { nullable: true, description: 'The last change in the cycle.' })
  lastActivityAt!: Date | null;
}

@ObjectType({ description: 'The cohort’s totals over the rows shown.' })
export class LocalCycleOverviewTotals {
  @Field(() => Int, { description: 'Networks taking part.' })
  networks!: number;

  @Field(() => Int, { description: 'Networks with a local cycle (not cancelled).' })
  networksWithCycle!: number;

  @Field(() => Int, { description: 'Initiatives enrolled or completed.' })
  initiativesEnrolled!: number;

  @Field(() => Int, { description: 'Local workshops held.' })
  workshopsHeld!: number;

  @Field(() => [PhaseCount], { description: 'Enrolled initiatives per phase.' })
  phases!: PhaseCount[];
}

@ObjectType({
  description:
    'The local cycles of a cohort’s networks (program managers: every network; a coordinator: their own).',
})
export class LocalCycleOverview {
  @Field(() => ID, { description: 'The cohort.' })
  cohortId!: string;

  @Field(() => [LocalCycleOverviewRow], { description: 'One row per network, by name.' })
  rows!: LocalCycleOverviewRow[];

  @Field(() => LocalCycleOverviewTotals, { description: 'Totals over the rows.' })
  totals!: LocalCycleOverviewTotals;
}
