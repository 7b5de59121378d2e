import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  addDays,
  Clock,
  ConnectionShape,
  decodeCursor,
  definedOnly,
  RequestLoaders,
  toConnection,
} from '@zyklus/common';
import { isForeignKeyViolation, isUniqueViolation } from '@zyklus/database';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { CohortAccess } from '../access/cohort-access';
import { ProgrammeByIdLoader } from '../programme/programme-by-id.loader';
import { ProgrammeEntity } from '../programme/programme.entity';
import { programmeNotFound } from '../programme/programme.errors';
import { CohortByIdLoader } from './cohort-by-id.loader';
import { CohortStatusHooks } from './cohort-status-hooks';
import { canChangeCohortStatus, CohortStatus } from './cohort-status';
import { ParticipationEntity } from '../participation/participation.entity';
import { OCCUPYING } from '../participation/participation-status';
import { CohortEntity } from './cohort.entity';
import {
  capacityBelowTaken,
  cohortEndsBeforeStart,
  cohortNotFound,
  cohortStartTooEarly,
  START_AT_MOST_DAYS_AHEAD,
  cohortNumberTaken,
  cohortTransitionNotAllowed,
} from './cohort.errors';
import { ChangeCohortStatusInput } from './inputs/change-cohort-status.input';
import { CohortsArgs } from './inputs/cohorts.args';
import { CreateCohortInput } from './inputs/create-cohort.input';
import { UpdateCohortInput } from './inputs/update-cohort.input';

/**
 * Cohorts (Qualifizierungsdurchgänge): reading, planning and status changes. Every entry point
 * goes through this service, so its access rules hold everywhere: program managers plan, change
 * and read all cohorts; coordinators read the cohorts they take part in (CohortAccess).
 */
@Injectable()
export class CohortService {
  constructor(
    @InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly statusHooks: CohortStatusHooks,
    private readonly cohortById: CohortByIdLoader,
    private readonly programmeById: ProgrammeByIdLoader,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of cohorts in chronological order (start date, then number): all for program
   * managers, the ones they take part in for coordinators. NOT_FOUND for an unknown programme
   * (programmes are no secret to anyone signed in).
   */
  async list(actor: Actor, args: CohortsArgs): Promise<ConnectionShape<CohortEntity>> {
    if (args.programmeId && !(await this.programmeExists(args.programmeId))) {
      throw programmeNotFound('programmeId');
    }
    const query = this.cohorts.createQueryBuilder('cohort');
    if (!actor.isProgramManager) {
      const mine = [...(await this.access.facts(actor)).cohortIds];
      query.andWhere(mine.length ? 'cohort.id IN (:...mine)' : 'false', { mine });
    }
    if (args.programmeId) query.andWhere('cohort.programmeId = :programmeId', args);
    if (args.status) query.andWhere('cohort.status = :status', args);
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [startDate, number, id] = decodeCursor(args.after, ['date', 'int', 'uuid']);
      query.andWhere(
        '(cohort.startDate, cohort.number, cohort.id) > (CAST(:startDate AS date), :number, CAST(:id AS uuid))',
        { startDate, number, id },
      );
    }
    const rows = await query
      .orderBy('cohort.startDate', 'ASC')
      .addOrderBy('cohort.number', 'ASC')
      .addOrderBy('cohort.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, (c) => [c.startDate, c.number, c.id], totalCount);
  }

  /** The cohorts `actor` takes part in as a coordinator, oldest first. */
  async mine(actor: Actor): Promise<CohortEntity[]> {
    const ids = [...(await this.access.facts(actor)).cohortIds];
    if (!ids.length) return [];
    return this.cohorts.find({
      where: { id: In(ids) },
      order: { startDate: 'ASC', number: 'ASC' },
    });
  }

  /**
   * One cohort: program managers any, coordinators theirs (FORBIDDEN otherwise). Read with its
   * programme in one statement; given the request's loaders, both are handed to them, so what
   * the answer asks of them next (participations, workshops, time zone) costs no statement.
   */
  async get(actor: Actor, id: string, loaders?: RequestLoaders): Promise<CohortEntity> {
    await this.access.requireCohort(actor, id);
    const cohort = await this.cohorts
      .createQueryBuilder('cohort')
      .leftJoinAndSelect('cohort.programme', 'programme')
      .where('cohort.id = :id', { id })
      .getOne();
    if (!cohort) throw cohortNotFound();
    const { programme, ...row } = cohort;
    const plain = Object.assign(new CohortEntity(), row);
    if (loaders) {
      loaders.for(this.cohortById).prime(plain.id, plain);
      if (programme) loaders.for(this.programmeById).prime(programme.id, programme);
    }
    return plain;
  }

  async create(actor: Actor, input: CreateCohortInput): Promise<CohortEntity> {
    requireProgramManager(actor);
    if (input.endDate < input.startDate) throw cohortEndsBeforeStart();
    return this.saving(input.number, () => this.cohorts.save(this.cohorts.create(input)));
  }

  async update(actor: Actor, input: UpdateCohortInput): Promise<CohortEntity> {
    requireProgramManager(actor);
    const { id, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, id);
      const next = Object.assign(cohort, definedOnly(changes));
      if (next.endDate < next.startDate) throw cohortEndsBeforeStart();
      if (changes.capacity !== undefined) {
        // The cohort is locked: every change of its participations waits for this one.
        const taken = await manager.countBy(ParticipationEntity, {
          cohortId: id,
          status: In(OCCUPYING),
        });
        if (next.capacity < taken) throw capacityBelowTaken(taken);
      }
      return this.saving(next.number, () => manager.save(next));
    });
  }

  /** Moves the cohort on; the listeners (CohortStatusHooks) react in the same transaction. */
  async changeStatus(actor: Actor, input: ChangeCohortStatusInput): Promise<CohortEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, input.id);
      if (cohort.status === input.status) return cohort;
      if (!canChangeCohortStatus(cohort.status, input.status)) {
        throw cohortTransitionNotAllowed(cohort.status, input.status);
      }
      if (input.status === CohortStatus.RUNNING) await this.checkStartable(manager, cohort);
      const previousStatus = cohort.status;
      cohort.status = input.status;
      const saved = await manager.save(cohort);
      await this.statusHooks.notify({ cohort: saved, previousStatus, actor, manager });
      return saved;
    });
  }

  /**
   * A cohort is started (RUNNING) at the earliest 4 weeks before its first day, in its
   * programme's time zone: earlier is a slip of the hand, and would open the cohort's running
   * rules (workshops, reminders) for months.
   */
  private async checkStartable(manager: EntityManager, cohort: CohortEntity): Promise<void> {
    const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: cohort.programmeId });
    const earliest = addDays(cohort.startDate, -START_AT_MOST_DAYS_AHEAD);
    if (this.clock.today(programme.timeZone) < earliest) {
      throw cohortStartTooEarly(cohort.startDate, earliest);
    }
  }

  private programmeExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(ProgrammeEntity).existsBy({ id });
  }

  /** Reads the cohort and locks its row until the transaction ends. */
  private async lock(manager: EntityManager, id: string): Promise<CohortEntity> {
    const cohort = await manager.findOne(CohortEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!cohort) throw cohortNotFound();
    return cohort;
  }

  /** Turns the database's uniqueness and reference checks into clear errors. */
  private async saving<T>(number: number, save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error, 'uq_cohort_programme_number')) throw cohortNumberTaken(number);
      if (isForeignKeyViolation(error, 'fk_cohort_programme'))
        throw programmeNotFound('programmeId');
      throw error;
    }
  }
}
