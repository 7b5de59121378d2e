import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe, ParseOptionalIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { LocalAttendanceService } from '../attendance/local-attendance.service';
import { SaveLocalAttendanceInput } from '../attendance/local-attendance.inputs';
import {
  ChangeSelfAnalysisPhaseInput,
  EnrolInitiativesInput,
  SetEnrolmentStatusInput,
} from '../enrolment/enrolment.inputs';
import { EnrolmentService } from '../enrolment/enrolment.service';
import {
  CancelLocalWorkshopInput,
  CreateLocalWorkshopInput,
  InviteContactsInput,
  RescheduleLocalWorkshopInput,
  UpdateLocalWorkshopInput,
} from '../workshop/local-workshop.inputs';
import { LocalWorkshopService } from '../workshop/local-workshop.service';
import { LocalCyclePlanningService } from './local-cycle-planning.service';
import {
  ChangeLocalCycleStatusInput,
  PlanLocalCycleInput,
  ReopenLocalCycleInput,
} from './local-cycle.inputs';
import { LocalCycle } from './local-cycle.model';
import { LocalCycleService } from './local-cycle.service';

/**
 * The local cycle and everything in it. Every mutation is one transaction and answers with the
 * whole cycle as its viewer may see it.
 */
@Resolver(() => LocalCycle)
export class LocalCycleResolver {
  constructor(
    private readonly cycles: LocalCycleService,
    private readonly planning: LocalCyclePlanningService,
    private readonly workshops: LocalWorkshopService,
    private readonly enrolments: EnrolmentService,
    private readonly attendance: LocalAttendanceService,
  ) {}

  @Query(() => LocalCycle, {
    nullable: true,
    description:
      'The signed-in coordinator’s local cycle (Mein Zyklus vor Ort): in the cohort given, else their latest; null while none is planned.',
  })
  myLocalCycle(
    @CurrentActor() actor: Actor,
    @Args(
      'cohortId',
      { type: () => ID, nullable: true, description: 'The cohort.' },
      ParseOptionalIdPipe,
    )
    cohortId?: string | null,
  ) {
    return this.cycles.mine(actor, cohortId);
  }

  @Query(() => LocalCycle, {
    description: 'One local cycle: its network’s coordinator and program managers.',
  })
  localCycle(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The local cycle.' }, ParseIdPipe) id: string,
  ) {
    return this.cycles.get(actor, id);
  }

  @Mutation(() => LocalCycle, {
    description:
      'Plans the network’s local cycle from the programme’s local template: a DRAFT local workshop per step, proposed on working days (no weekend, no public holiday of the network’s Bundesland). Planning again adds only missing steps.',
  })
  planLocalCycle(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Participation and first day.' }) input: PlanLocalCycleInput,
  ) {
    return this.planning.plan(actor, input);
  }

  @Mutation(() => LocalCycle, {
    description:
      'PLANNED → RUNNING → COMPLETED, or CANCELLED. A COMPLETED cycle is read-only (CONFLICT, reason CYCLE_COMPLETED) until a program manager reopens it.',
  })
  changeLocalCycleStatus(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cycle and its new status.' })
    input: ChangeLocalCycleStatusInput,
  ) {
    return this.cycles.changeStatus(actor, input);
  }

  @Mutation(() => LocalCycle, {
    description: 'Program managers: reopens a COMPLETED cycle (→ RUNNING), with a reason.',
  })
  reopenLocalCycle(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cycle and why.' }) input: ReopenLocalCycleInput,
  ) {
    return this.cycles.reopen(actor, input);
  }

  @Mutation(() => LocalCycle, {
    description: 'Adds a local workshop by hand (DRAFT), with the cohort workshops’ day rules.',
  })
  async createLocalWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop.' }) input: CreateLocalWorkshopInput,
  ) {
    return this.cycles.get(actor, await this.workshops.create(actor, input));
  }

  @Mutation(() => LocalCycle, { description: 'Changes a draft or published local workshop.' })
  async updateLocalWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The changes.' }) input: UpdateLocalWorkshopInput,
  ) {
    return this.cycles.get(actor, await this.workshops.update(actor, input));
  }

  @Mutation(() => LocalCycle, { description: 'New days for a draft or published local workshop.' })
  async rescheduleLocalWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and its days.' })
    input: RescheduleLocalWorkshopInput,
  ) {
    return this.cycles.get(actor, await this.workshops.reschedule(actor, input));
  }

  @Mutation(() => LocalCycle, {
    description: 'DRAFT → PUBLISHED (needs place/link as the format requires); starts the cycle.',
  })
  async publishLocalWorkshop(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The local workshop.' }, ParseIdPipe) id: string,
  ) {
    return this.cycles.get(actor, await this.workshops.publish(actor, id));
  }

  @Mutation(() => LocalCycle, { description: 'PUBLISHED → HELD once it took place.' })
  async markLocalWorkshopHeld(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The local workshop.' }, ParseIdPipe) id: string,
  ) {
    return this.cycles.get(actor, await this.workshops.markHeld(actor, id));
  }

  @Mutation(() => LocalCycle, { description: 'Calls a local workshop off, with a reason.' })
  async cancelLocalWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and why.' }) input: CancelLocalWorkshopInput,
  ) {
    return this.cycles.get(actor, await this.workshops.cancel(actor, input));
  }

  @Mutation(() => LocalCycle, {
    description:
      'Enrols several initiatives of the network at once (all or none; ones already in the cycle are kept).',
  })
  async enrolInitiatives(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cycle and the initiatives.' }) input: EnrolInitiativesInput,
  ) {
    return this.cycles.get(actor, await this.enrolments.enrol(actor, input));
  }

  @Mutation(() => LocalCycle, {
    description: 'INVITED → ENROLLED → COMPLETED, or WITHDRAWN, for several enrolments at once.',
  })
  async setEnrolmentStatus(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The enrolments and their status.' })
    input: SetEnrolmentStatusInput,
  ) {
    return this.cycles.get(actor, await this.enrolments.setStatus(actor, input));
  }

  @Mutation(() => LocalCycle, {
    description: 'Saves the attendance matrix in one go (all cells or none).',
  })
  async saveLocalAttendance(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cycle and the cells.' }) input: SaveLocalAttendanceInput,
  ) {
    return this.cycles.get(actor, await this.attendance.save(actor, input));
  }

  @Mutation(() => LocalCycle, {
    description:
      'A new self-analysis phase for an enrolled initiative, recorded with date and who; going back needs a reason (BAD_USER_INPUT, reason REASON_REQUIRED).',
  })
  async changeSelfAnalysisPhase(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The enrolment and its phase.' })
    input: ChangeSelfAnalysisPhaseInput,
  ) {
    return this.cycles.get(actor, await this.enrolments.changePhase(actor, input));
  }

  @Mutation(() => Int, {
    description:
      'Mails the invitation (.ics, one-click unsubscribe) to the contact persons of these initiatives; refused for any without recorded consent (BAD_USER_INPUT, reason NO_CONSENT). Answers how many were sent.',
  })
  inviteInitiativeContacts(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and the initiatives.' }) input: InviteContactsInput,
  ) {
    return this.workshops.inviteContacts(actor, input);
  }
}
