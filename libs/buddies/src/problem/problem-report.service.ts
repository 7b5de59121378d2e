import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortService } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { Actor, identitySql, PersonRow, personView, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PairingAccess } from '../access/pairing-access';
import { reportNotFound } from '../buddy.errors';
import { personColumns, PersonColumns, personOf } from '../person-columns';
import { BuddyMails } from '../mail/buddy-mails';
import { lockPairing } from '../pairing/pairing-locks';
import { PairingRecords } from '../pairing/pairing-records';
import { BuddyProblemReportEntity } from './buddy-problem-report.entity';
import { BuddyProblemReport, ReportBuddyProblemInput } from './problem-report.model';

interface ReportRow extends PersonColumns<'pe'> {
  id: string;
  pairing_id: string;
  text: string;
  wants_end: boolean;
  created_at: Date;
  resolved_at: Date | null;
}

/**
 * "Report a problem": either of the pair tells the program managers (a buddy who does not
 * answer, a pairing that should end); they are mailed, see the open reports per cohort and
 * resolve them.
 */
@Injectable()
export class ProblemReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
    private readonly records: PairingRecords,
    private readonly clock: Clock,
    private readonly mails: BuddyMails,
  ) {}

  async report(actor: Actor, input: ReportBuddyProblemInput): Promise<BuddyProblemReport> {
    const { report, pairing } = await this.dataSource.transaction(async (manager) => {
      const locked = await lockPairing(manager, actor, input.pairingId, 'pairingId');
      PairingAccess.requireSide(actor, locked);
      const report = await manager.save(
        manager.create(BuddyProblemReportEntity, {
          pairingId: locked.id,
          reportedById: actor.personId,
          text: input.text,
          wantsEnd: input.pleaseEnd ?? false,
          resolvedAt: null,
          resolvedById: null,
        }),
      );
      return { report, pairing: (await this.records.one(locked.id, manager))! };
    });
    const reporter =
      pairing.newCoordinator.id === actor.personId ? pairing.newCoordinator : pairing.buddy;
    await this.mails.problemReported(pairing, reporter, report);
    return this.view(actor, report, reporter);
  }

  async resolve(actor: Actor, id: string): Promise<BuddyProblemReport> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(BuddyProblemReportEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report) throw reportNotFound();
      if (!report.resolvedAt) {
        report.resolvedAt = this.clock.now();
        report.resolvedById = actor.personId;
        await manager.save(report);
      }
      const [reporter] = await manager.query<PersonColumns<'pe'>[]>(
        `SELECT ${personColumns('pe', 'pe')} FROM ${identitySql.people} pe WHERE pe.id = $1`,
        [report.reportedById],
      );
      return this.view(actor, report, personOf(reporter!, 'pe'));
    });
  }

  /** The reports of a cohort's pairings, newest first, for program managers. */
  async list(actor: Actor, cohortId: string, open?: boolean): Promise<BuddyProblemReport[]> {
    requireProgramManager(actor);
    await this.cohorts.get(actor, cohortId);
    const rows = await this.dataSource.query<ReportRow[]>(
      `SELECT y.id, y.pairing_id, y.text, y.wants_end, y.created_at, y.resolved_at,
              ${personColumns('pe', 'pe')}
         FROM buddy_problem_report y
         JOIN buddy_pairing bp ON bp.id = y.pairing_id
         JOIN ${identitySql.people} pe ON pe.id = y.reported_by_id
        WHERE bp.cohort_id = $1 AND ($2::boolean IS NULL OR (y.resolved_at IS NULL) = $2)
        ORDER BY y.created_at DESC, y.id`,
      [cohortId, open ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      pairingId: row.pairing_id,
      reportedBy: personView(actor, personOf(row, 'pe')),
      text: row.text,
      pleaseEnd: row.wants_end,
      createdAt: row.created_at,
      resolvedAt: row.resolved_at,
    }));
  }

  private view(
    actor: Actor,
    report: BuddyProblemReportEntity,
    reporter: PersonRow,
  ): BuddyProblemReport {
    return {
      id: report.id,
      pairingId: report.pairingId,
      reportedBy: personView(actor, reporter),
      text: report.text,
      pleaseEnd: report.wantsEnd,
      createdAt: report.createdAt,
      resolvedAt: report.resolvedAt,
    };
  }
}
