import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { AttendanceMatrix } from './attendance-matrix.model';
import { AttendanceMatrixService } from './attendance-matrix.service';

@Resolver(() => AttendanceMatrix)
export class AttendanceMatrixResolver {
  constructor(private readonly matrix: AttendanceMatrixService) {}

  @Query(() => AttendanceMatrix, {
    description:
      'Who attended which workshop of a cohort, with completion per network (program managers only). Also as CSV: GET /exports/cohorts/:id/attendance.csv.',
  })
  attendanceMatrix(
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) cohortId: string,
  ) {
    return this.matrix.build(actor, loaders, cohortId);
  }
}
