import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Participation, ParticipationView } from '@zyklus/cohorts';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { Workshop } from '../workshop/workshop.model';
import { AttendanceEntity } from './attendance.entity';
import { RecordAttendanceInput, RecordAttendanceMatrixInput } from './attendance.inputs';
import { Attendance } from './attendance.model';
import { AttendanceService } from './attendance.service';

@Resolver(() => Attendance)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly participations: ParticipationView,
  ) {}

  @Mutation(() => [Attendance], {
    description:
      'Records attendance of many networks at a published or completed workshop, all or nothing (program managers): networks with a place, and networks that withdrew later for workshops whose first day lies before their withdrawal. Answers the workshop’s whole attendance list.',
  })
  recordAttendance(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and the attendance to record.' })
    input: RecordAttendanceInput,
  ) {
    return this.attendance.record(actor, input);
  }

  @Mutation(() => [Attendance], {
    description:
      'Saves the attendance matrix of a cohort in one go (program managers): the entries of several published or completed workshops, all or nothing, with the rules of recordAttendance. Answers the attendance lists of those workshops.',
  })
  recordAttendanceMatrix(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshops and their changed entries.' })
    input: RecordAttendanceMatrixInput,
  ) {
    return this.attendance.recordMatrix(actor, input);
  }

  @ResolveField(() => Participation, { description: 'The network’s participation (Teilnahme).' })
  participation(
    @Parent() row: AttendanceEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.participations.one(actor, loaders, row.participationId);
  }
}

@Resolver(() => Workshop)
export class WorkshopAttendanceResolver {
  constructor(private readonly attendanceService: AttendanceService) {}

  @ResolveField(() => [Attendance], {
    description:
      'The attendance list (REGISTERED until recorded; the same rows the cycle and the matrix show): program managers see every network’s, coordinators only their own.',
  })
  attendance(
    @Parent() workshop: WorkshopEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.attendanceService.visibleAt(actor, loaders, workshop.id);
  }
}
