import { CohortEntity, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLAnswer } from './graphql-client';
import { TestApp } from './test-app';

/** The first error's code and message, or the data if there was none. */
export function denial(answer: GraphQLAnswer) {
  return answer.errors?.length
    ? { code: answer.errors[0]!.extensions?.code, message: answer.errors[0]!.message }
    : answer.data;
}

/**
 * The people and cohorts the access tests share (DESIGN §4): cohort A (the 6th, running) with
 * Clara's network (active) and a fellow's (enrolled), and cohort B (the 7th) of the same
 * programme with a network Clara has nothing to do with. Each call makes new ones; `run`
 * numbers them, so names never clash within one app.
 */
export class AccessScenario {
  run = 0;

  constructor(private readonly t: TestApp) {}

  /** A network coordinated by a new person since 2020, taking part in `cohort` with `status`. */
  participant(cohort: CohortEntity, label: string, status: ParticipationStatus, person: string) {
    return this.t.given.coordinatorIn(
      cohort,
      status,
      { name: person },
      { name: `${label} ${this.run}` },
    );
  }

  async twoCohorts() {
    this.run += 1;
    const programme = await this.t.given.programme();
    const a = await this.t.given.cohort({
      programmeId: programme.id,
      number: 6,
      title: '6. Qualifizierungsdurchgang',
      status: CohortStatus.RUNNING,
    });
    const b = await this.t.given.cohort({
      programmeId: programme.id,
      number: 7,
      title: '7. Qualifizierungsdurchgang',
      startDate: '2026-11-23',
      endDate: '2027-10-29',
    });
    const clara = await this.participant(
      a,
      'Clara-Netz',
      ParticipationStatus.ACTIVE,
      'Clara Koordinatorin',
    );
    const fellow = await this.participant(
      a,
      'Fellow-Netz',
      ParticipationStatus.ENROLLED,
      'Fabian Fellow',
    );
    const stranger = await this.participant(
      b,
      'Fremd-Netz',
      ParticipationStatus.ENROLLED,
      'Berta Fremd',
    );
    return { programme, a, b, clara, fellow, stranger, coordinator: await this.t.as(clara.person) };
  }

  /** twoCohorts, and in cohort A networks that are invited, waitlisted and withdrawn. */
  async twoCohortsWithEveryStatus() {
    const shared = await this.twoCohorts();
    const { a } = shared;
    const invited = await this.participant(
      a,
      'Invited-Netz',
      ParticipationStatus.INVITED,
      'Ina Eingeladen',
    );
    const waiting = await this.participant(
      a,
      'Waiting-Netz',
      ParticipationStatus.WAITLISTED,
      'Wanda Warte',
    );
    const withdrawn = await this.participant(
      a,
      'Withdrawn-Netz',
      ParticipationStatus.WITHDRAWN,
      'Willi Weg',
    );
    return { ...shared, invited, waiting, withdrawn };
  }
}
