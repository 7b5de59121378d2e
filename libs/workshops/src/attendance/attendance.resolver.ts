import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortAccess, Participation, ParticipationView } from '@zyklus/cohorts';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { Workshop } from '../workshop/workshop.model';
import { AttendanceEntity } from './attendance.entity';
import { RecordAttendanceInput } from './attendance.inputs';
import { AttendanceByWorkshopLoader } from './attendance.loaders';
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

  @ResolveField(() => Participation, { description: 'The network’s participation (Teilnahme).' })
  participation(@Parent() row: AttendanceEntity, @Loaders() loaders: RequestLoaders) {
    return this.participations.byId(loaders, row.participationId);
  }
}

@Resolver(() => Workshop)
export class WorkshopAttendanceResolver {
  constructor(
    private readonly byWorkshop: AttendanceByWorkshopLoader,
    private readonly access: CohortAccess,
  ) {}

  @ResolveField(() => [Attendance], {
    description:
      'The attendance list (REGISTERED until recorded; the same rows the cycle and the matrix show): program managers see every network’s, coordinators only their own.',
  })
  async attendance(
    @Parent() workshop: WorkshopEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const rows = await loaders.for(this.byWorkshop).load(workshop.id);
    if (actor.isProgramManager) return rows;
    const own = (await this.access.facts(actor)).participationIds;
    return rows.filter((row) => own.has(row.participationId));
  }
}
