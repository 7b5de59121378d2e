import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
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
import { PersonEntity } from '@zyklus/identity';
import {
  AttendanceEntity,
  CycleTemplateStepEntity,
  WorkshopChangeEntity,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { DEMO_MANAGER, DEMO_PROGRAMME } from './demo-data';
import { DemoPlan, planDemo } from './demo-plan';

/** Advisory lock key: two instances starting on one empty database seed once. */
const SEED_LOCK = 74_2024_12;

/**
 * Seeds the demo programme so a newcomer sees something at once: cohorts 1–5, the 5th with its
 * 20 networks, their coordinators and alumni, participations with their history; the programme's
 * workshop cycle template and the 5th cohort's workshops with their attendance. Runs only when
 * enabled (SEED_DEMO_DATA; by default on the embedded database) and only on a database without
 * any programme or person, in one transaction: it never touches a database that already has data.
 * One INSERT per table, because the embedded engine is slow per statement.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const started = Date.now();
    const plan = await this.run(new Date());
    if (!plan) {
      this.logger.log('The database already has data: no demo data seeded');
      return;
    }
    const fifth = plan.cohorts[plan.cohorts.length - 1]!;
    const inFifth = plan.participations.filter(
      (p) => p.cohortId === fifth.id && p.status !== ParticipationStatus.WITHDRAWN,
    ).length;
    this.logger.log(
      `Seeded the demo programme "${DEMO_PROGRAMME.name}" in ${Date.now() - started} ms: ` +
        `${plan.cohorts.length} cohorts, ${plan.networks.length} networks (${inFifth} taking part in ` +
        `cohort ${fifth.number}), ${plan.people.length - 1} coordinators, ` +
        `${plan.participations.length} participations, ${plan.workshops.length} workshops ` +
        `(${plan.workshops.filter((w) => w.status === WorkshopStatus.COMPLETED).length} completed, ` +
        `${plan.attendance.length} attendances recorded). Sign in as ${DEMO_MANAGER.email}: request ` +
        `a link, it arrives in ${this.config.mail.smtpUrl ? 'the mail server' : this.config.mail.outboxDir}`,
    );
  }

  /** Seeds unless any programme or person exists; returns whether it did. */
  async seed(now: Date): Promise<boolean> {
    return (await this.run(now)) !== null;
  }

  private run(now: Date): Promise<DemoPlan | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await manager.exists(ProgrammeEntity)) || (await manager.exists(PersonEntity))) {
        return null;
      }
      const plan = planDemo(now, localDateOf(now, DEMO_PROGRAMME.timeZone));
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
      return plan;
    });
  }
}
