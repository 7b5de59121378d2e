import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { notOwnNetwork } from '../network/network.errors';
import { ParticipationStatus, TAKING_PART } from '../participation/participation-status';
import { notTakingPart } from '../participation/participation.errors';

/** What a person without a role may see, derived from coordinations and participations. */
export interface ParticipantFacts {
  /** Networks the person coordinates today. */
  readonly networkIds: ReadonlySet<string>;
  /** Cohorts the person takes part in (as coordinator of a participating network). */
  readonly cohortIds: ReadonlySet<string>;
  /** Those participations themselves: the person's own. */
  readonly participationIds: ReadonlySet<string>;
  /** The own participations with their cohort and status, latest cohort first. */
  readonly participations: readonly OwnParticipation[];
}

export interface OwnParticipation {
  readonly id: string;
  readonly cohortId: string;
  readonly networkId: string;
  readonly status: ParticipationStatus;
  /**
   * Whether the person is the coordinator who speaks for it: coordinates the network today
   * while the cohort runs or lies ahead, or did on its last day once it is over. False for a
   * former coordinator who handed the network over.
   */
  readonly current: boolean;
  /** The last day the person coordinated the network; null while they still do. */
  readonly until: string | null;
}

/**
 * How much of a participation's own details (history, coordinations, withdrawal reason) a
 * person sees: all of it, what was written up to the day they stopped coordinating, or none.
 */
export type DetailScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'until'; readonly day: string }
  | { readonly kind: 'none' };

/** Whether something written on `day` (YYYY-MM-DD) lies within `scope`. */
export function withinScope(scope: DetailScope, day: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'until' && day <= scope.day);
}

/**
 * The object-level rules of the cohorts context (DESIGN §4), in one place for every entry point:
 * program managers see everything; a coordinator sees the networks they coordinate today and
 * the cohorts in which one of their networks takes part — a cohort counts when they coordinated
 * the network at some point between the cohort's start (or today, if later cohorts are still
 * ahead) and its end. Being a coordinator is derived from data, never a flag.
 *
 * The facts are read with two queries once per request (memoised on the actor), so checking 50
 * rows costs no more than checking one; program managers need no query at all.
 */
@Injectable()
export class CohortAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Today for what belongs to no programme (who coordinates a network today): in the server's
   * time zone (TZ). Everything about a cohort counts its days in its programme's time zone.
   */
  today(): string {
    return this.clock.today(this.config.timeZone);
  }

  facts(actor: Actor): Promise<ParticipantFacts> {
    return actor.memo('cohorts.participant-facts', () => this.load(actor.personId));
  }

  async canSeeCohort(actor: Actor, cohortId: string): Promise<boolean> {
    return actor.isProgramManager || (await this.facts(actor)).cohortIds.has(cohortId);
  }

  async requireCohort(actor: Actor, cohortId: string): Promise<void> {
    if (!(await this.canSeeCohort(actor, cohortId))) throw notTakingPart();
  }

  /** Full details of a network (history, participations): managers and its coordinator. */
  async canSeeNetwork(actor: Actor, networkId: string): Promise<boolean> {
    return actor.isProgramManager || (await this.facts(actor)).networkIds.has(networkId);
  }

  async requireNetwork(actor: Actor, networkId: string): Promise<void> {
    if (!(await this.canSeeNetwork(actor, networkId))) throw notOwnNetwork();
  }

  /**
   * Whether `actor` takes part in the cohort with a place (enrolled, active or completed) as the
   * network's coordinator — not invited, waiting or withdrawn, and not handed over to a
   * successor. Only they see their fellow participants. Program managers always do. (Who
   * takes part in a single workshop — its reminders, its online link, the calendar feed — is
   * decided by that workshop's first day instead: participantsOf in @zyklus/workshops.)
   */
  async isParticipant(actor: Actor, cohortId: string): Promise<boolean> {
    if (actor.isProgramManager) return true;
    return (await this.facts(actor)).participations.some(
      (p) => p.cohortId === cohortId && p.current && TAKING_PART.includes(p.status),
    );
  }

  /** Internal details of a participation (history, withdrawal reason): managers and its own. */
  async canSeeParticipationDetails(actor: Actor, participationId: string): Promise<boolean> {
    return (await this.detailScope(actor, participationId)).kind !== 'none';
  }

  /**
   * How much of a participation's details `actor` sees: program managers and its current
   * coordinator all; a former coordinator what was written until the day they left (their own
   * past, not their successor's); anyone else nothing.
   */
  async detailScope(actor: Actor, participationId: string): Promise<DetailScope> {
    if (actor.isProgramManager) return { kind: 'all' };
    const own = (await this.facts(actor)).participations.find((p) => p.id === participationId);
    if (!own) return { kind: 'none' };
    if (own.current || own.until === null) return { kind: 'all' };
    return { kind: 'until', day: own.until };
  }

  /** The facts in one statement: today's networks, and the participations with a row each. */
  private async load(personId: string): Promise<ParticipantFacts> {
    // Networks belong to no programme: "today" in the server's zone ($3). Days of a cohort
    // count in its programme's time zone: its "today" is computed per cohort from now ($2).
    // `current`: the person coordinates the network on the day that speaks for the cohort
    // (today, or its last day once it is over), as the participation records read it.
    const rows: {
      network_id: string;
      id: string | null;
      cohort_id: string | null;
      status: ParticipationStatus | null;
      current: boolean | null;
      until: string | null;
    }[] = await this.dataSource.query(
      `SELECT network_id, NULL::uuid AS id, NULL::uuid AS cohort_id, NULL AS status,
              NULL::boolean AS current, NULL AS until, NULL::date AS start_date
         FROM coordination
        WHERE person_id = $1 AND start_date <= $3 AND (end_date IS NULL OR end_date >= $3)
       UNION ALL
       SELECT * FROM (
       SELECT p.network_id, p.id, p.cohort_id, p.status,
              bool_or(k.start_date <= LEAST(c.end_date, t.today)
                      AND (k.end_date IS NULL OR k.end_date >= LEAST(c.end_date, t.today)))
                AS current,
              CASE WHEN bool_or(k.end_date IS NULL) THEN NULL ELSE max(k.end_date)::text END
                AS until,
              c.start_date
         FROM coordination k
         JOIN participation p ON p.network_id = k.network_id
         JOIN cohort c ON c.id = p.cohort_id
         JOIN programme g ON g.id = c.programme_id
        CROSS JOIN LATERAL (SELECT ($2::timestamptz AT TIME ZONE g.time_zone)::date AS today) t
        WHERE k.person_id = $1
          AND k.start_date <= c.end_date
          AND (k.end_date IS NULL OR k.end_date >= LEAST(c.start_date, t.today))
        GROUP BY p.id, c.start_date) own
        ORDER BY start_date DESC NULLS FIRST, id`,
      [personId, this.clock.now(), this.today()],
    );
    const participations = rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id!,
        cohortId: row.cohort_id!,
        networkId: row.network_id,
        status: row.status!,
        current: row.current!,
        until: row.until,
      }));
    return {
      networkIds: new Set(rows.filter((row) => row.id === null).map((row) => row.network_id)),
      cohortIds: new Set(participations.map((row) => row.cohortId)),
      participationIds: new Set(participations.map((row) => row.id)),
      participations,
    };
  }
}
