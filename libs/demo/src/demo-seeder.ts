import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, ProgrammeEntity } from '@zyklus/cohorts';
import { Language, localDateOf } from '@zyklus/common';
import { PersonEntity, Role } from '@zyklus/identity';
import { AppConfig } from '@zyklus/config';
import { DataSource } from 'typeorm';
import { DEMO_COHORTS, DEMO_MANAGER, DEMO_PROGRAMME, statusOn } from './demo-data';

/** Advisory lock key: two instances starting on one empty database seed once. */
const SEED_LOCK = 74_2024_12;

/**
 * Seeds the demo programme so a newcomer sees something at once. Runs only when enabled
 * (SEED_DEMO_DATA; by default on the embedded database) and only on a database without any
 * programme or person, in one transaction: it never touches a database that already has data.
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
    const seeded = await this.seed(new Date());
    this.logger.log(
      seeded
        ? `Seeded the demo programme "${DEMO_PROGRAMME.name}" with ${DEMO_COHORTS.length} cohorts. ` +
            `Sign in as ${DEMO_MANAGER.email}: request a link, it arrives in ${this.config.mail.smtpUrl ? 'the mail server' : this.config.mail.outboxDir}`
        : 'The database already has data: no demo data seeded',
    );
  }

  /** Seeds unless any programme exists; returns whether it did. */
  seed(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await manager.exists(ProgrammeEntity)) || (await manager.exists(PersonEntity))) {
        return false;
      }
      const programme = await manager.save(
        manager.create(ProgrammeEntity, { ...DEMO_PROGRAMME, defaultLanguage: Language.DE }),
      );
      const today = localDateOf(now, programme.timeZone);
      await manager.save(
        DEMO_COHORTS.map((cohort) =>
          manager.create(CohortEntity, {
            ...cohort,
            programmeId: programme.id,
            status: statusOn(today, cohort),
          }),
        ),
      );
      await manager.save(
        manager.create(PersonEntity, {
          ...DEMO_MANAGER,
          preferredLanguage: Language.DE,
          roles: [Role.PROGRAM_MANAGER],
        }),
      );
      return true;
    });
  }
}
