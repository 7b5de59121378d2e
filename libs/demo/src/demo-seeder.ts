import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CohortEntity,
  CoordinationEntity,
  NetworkEntity,
  ParticipationChangeEntity,
  ParticipationEntity,
  ParticipationStatus,
  ProgrammeEntity,
} from '@zyklus/cohorts';
import { localDateOf } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor, PersonEntity } from '@zyklus/identity';
import { PersonalDataExportService } from '@zyklus/privacy';
import { pendingReminders, ReminderPlanner, ReminderRuleEntity } from '@zyklus/reminders';
import {
  AttendanceEntity,
  CycleTemplateStepEntity,
  WorkshopChangeEntity,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
  WORKSHOP_EVENT_KIND,
  WorkshopStatus,
} from '@zyklus/workshops';
import {
  InitiativeEntity,
  LocalAttendanceEntity,
  LocalCycleEntity,
  LocalEnrolmentEntity,
  LocalTemplateStepEntity,
  LocalWorkshopDayEntity,
  LocalWorkshopEntity,
  SelfAnalysisPhaseChangeEntity,
} from '@zyklus/local-cycles';
import { DataSource, EntityManager } from 'typeorm';
import { planLocalCycles } from './demo-local-cycles';
import { planBuddies, seedBuddies } from './demo-buddies';
import { DEMO_MANAGER, DEMO_PROGRAMME } from './demo-data';
import { DEMO_CURRENT_COHORT_NUMBER } from './demo-current-cohort';
import { seedDemoPeerRounds } from './demo-peer-rounds';
import { DemoPlan, planDemo } from './demo-plan';

/** What was seeded, and how many reminders are pending and already due. */
interface Seeded {
  plan: DemoPlan;
  reminders: { pending: number; due: number };
}

/** Advisory lock key: two instances starting on one empty database seed once. */
const SEED_LOCK = 74_2024_12;

/**
 * Seeds the demo programme so a newcomer sees something at once: cohorts 1–5, the 5th with its
 * 20 networks, their coordinators and alumni, participations with their history; the programme's
 * workshop cycle template and the 5th cohort's workshops with their attendance; from 2026 on a
 * running 6th cohort with its reminder ledger (`demo-current-cohort.ts`). Runs only when
 * enabled (SEED_DEMO_DATA; by default on the embedded database) and only on a database without
 * any programme or person, in one transaction: it never touches a database that already has data.
 * One INSERT per table, because the embedded engine is slow per statement. It seeds while the
 * modules initialise, before the reminder dispatcher's first tick at bootstrap, so the reminders
 * already due go out at once.
 */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: ReminderPlanner,
    private readonly exports: PersonalDataExportService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const started = Date.now();
    const seeded = await this.run(new Date());
    if (!seeded) {
      this.logger.log('The database already has data: no demo data seeded');
      return;
    }
    const { plan, reminders } = seeded;
    await this.demoExport(plan);
    const outbox = this.config.mail.smtpUrl ? 'the mail server' : this.config.mail.outboxDir;
    const taking = (number: number) =>
      plan.participations.filter(
        (p) =>
          p.cohortId === plan.cohorts[number - 1]?.id && p.status !== ParticipationStatus.WITHDRAWN,
      ).length;
    const running = plan.cohorts.find((c) => c.number === DEMO_CURRENT_COHORT_NUMBER);
    this.logger.log(
      `Seeded the demo programme "${DEMO_PROGRAMME.name}" in ${Date.now() - started} ms: ` +
        `${plan.cohorts.length} cohorts, ${plan.networks.length} networks (${taking(5)} taking ` +
        `part in cohort 5${running ? `, ${taking(running.number)} in the running cohort ${running.number}` : ''}), ` +
        `${plan.people.length - 1} coordinators, ${plan.participations.length} participations, ` +
        `${plan.workshops.length} workshops ` +
        `(${plan.workshops.filter((w) => w.status === WorkshopStatus.COMPLETED).length} completed, ` +
        `${plan.attendance.length} attendances recorded), ${plan.reminderRules.length} reminder ` +
        `rules with ${reminders.pending} pending reminders (${reminders.due} due now: the ` +
        `dispatcher sends them to ${outbox}). Sign in as ${DEMO_MANAGER.email}: request a link, ` +
        `it arrives in ${outbox}`,
    );
  }

  /**
   * Data protection at a glance: the program manager has exported one coordinator's data
   * (`personalDataExports(personId)`, the audit log), downloadable for 7 days.
   */
  private async demoExport(plan: DemoPlan): Promise<void> {
    const manager = plan.people.find((p) => p.email === DEMO_MANAGER.email);
    const coordinator = plan.people.find((p) => p.email === 'lena.hartmann@example.org');
    if (!manager?.id || !coordinator?.id) return;
    const actor = new Actor(manager.id, manager.roles, manager.preferredLanguage);
    await this.exports.requestFor(actor, coordinator.id, false);
  }

  /** Seeds unless any programme or person exists; returns whether it did. */
  async seed(now: Date): Promise<boolean> {
    return (await this.run(now)) !== null;
  }

  private run(now: Date): Promise<Seeded | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await manager.exists(ProgrammeEntity)) || (await manager.exists(PersonEntity))) {
        return null;
      }
      const today = localDateOf(now, DEMO_PROGRAMME.timeZone);
      const plan = planDemo(now, today);
      await manager.insert(ProgrammeEntity, plan.programme);
      await manager.insert(CohortEntity, plan.cohorts);
      await manager.insert(PersonEntity, plan.people);
      await manager.insert(NetworkEntity, plan.networks);
      await manager.insert(CoordinationEntity, plan.coordinations);
      await manager.insert(ParticipationEntity, plan.participations);
      await manager.insert(ParticipationChangeEntity, plan.changes);
      await manager.insert(CycleTemplateStepEntity, plan.cycleTemplate);
      if (plan.workshops.length) {
        await manager.insert(WorkshopEntity, plan.workshops);
        await manager.insert(WorkshopDayEntity, plan.workshopDays);
        await manager.insert(WorkshopFacilitatorEntity, plan.facilitators);
      }
      if (plan.workshopChanges.length) {
        await manager.insert(WorkshopChangeEntity, plan.workshopChanges);
      }
      if (plan.attendance.length) await manager.insert(AttendanceEntity, plan.attendance);
      if (plan.reminderRules.length) await manager.insert(ReminderRuleEntity, plan.reminderRules);
      if (plan.reminders) {
        // The ledger as the planner wrote it when the rules were switched on: what has come due
        // since then is still to be sent, so the dispatcher mails it on its first ticks.
        const { workshopIds, asOf } = plan.reminders;
        await this.planner.materialise(manager, WORKSHOP_EVENT_KIND, workshopIds, null, asOf);
      }
      await this.seedLocalCycles(manager, plan, now);
      await seedBuddies(manager, planBuddies(plan, now, today), this.planner, now);
      const peerRounds = await seedDemoPeerRounds(
        manager,
        this.planner,
        plan,
        now,
        localDateOf(now, DEMO_PROGRAMME.timeZone),
      );
      if (peerRounds) {
        this.logger.log(
          `Seeded ${peerRounds.groups} peer groups with ${peerRounds.rounds} Kollegiale Runden`,
        );
      }
      return { plan, reminders: await pendingReminders(manager, now) };
    });
  }

  /**
   * The local workshop cycles of cohort 5's networks (demo-local-cycles.ts), and the reminders of
   * the one local workshop ahead (to its coordinator and the consenting contact person of an
   * enrolled initiative), planned as when their rules were switched on, so they are due now.
   */
  private async seedLocalCycles(manager: EntityManager, plan: DemoPlan, now: Date): Promise<void> {
    const local = planLocalCycles(plan, localDateOf(now, DEMO_PROGRAMME.timeZone), now);
    await manager.insert(LocalTemplateStepEntity, local.template);
    if (local.initiatives.length) await manager.insert(InitiativeEntity, local.initiatives);
    if (!local.cycles.length) return;
    await manager.insert(LocalCycleEntity, local.cycles);
    await manager.insert(LocalWorkshopEntity, local.workshops);
    await manager.insert(LocalWorkshopDayEntity, local.days);
    if (local.enrolments.length) await manager.insert(LocalEnrolmentEntity, local.enrolments);
    if (local.phaseChanges.length) {
      await manager.insert(SelfAnalysisPhaseChangeEntity, local.phaseChanges);
    }
    if (local.attendance.length) await manager.insert(LocalAttendanceEntity, local.attendance);
    await manager.insert(ReminderRuleEntity, [local.rule, local.contactRule]);
    if (local.upcomingWorkshopId) {
      await this.planner.materialise(
        manager,
        'LOCAL_WORKSHOP',
        [local.upcomingWorkshopId],
        null,
        local.rule.createdAt,
      );
    }
  }
}
