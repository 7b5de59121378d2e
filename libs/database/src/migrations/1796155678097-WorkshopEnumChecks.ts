import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkshopEnumChecks1796155678097 implements MigrationInterface {
  name = 'WorkshopEnumChecks1796155678097';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cycle_template_step"
            ADD CONSTRAINT "ck_cycle_template_step_default_format" CHECK (
                    "default_format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "cycle_template_step"
            ADD CONSTRAINT "ck_cycle_template_step_kind" CHECK (
                    "kind" IN (
                        'KICK_OFF',
                        'WIRKUNGSLOGIK',
                        'WIRKUNGSMESSUNG',
                        'STORYTELLING',
                        'TRANSFERWERKSTATT',
                        'OTHER'
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop"
            ADD CONSTRAINT "ck_workshop_kind" CHECK (
                    "kind" IN (
                        'KICK_OFF',
                        'WIRKUNGSLOGIK',
                        'WIRKUNGSMESSUNG',
                        'STORYTELLING',
                        'TRANSFERWERKSTATT',
                        'OTHER'
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change"
            ADD CONSTRAINT "ck_workshop_change_kind" CHECK (
                    "kind" IN (
                        'PUBLISHED',
                        'RESCHEDULED',
                        'UPDATED',
                        'CANCELLED',
                        'COMPLETED'
                    )
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "workshop_change" DROP CONSTRAINT "ck_workshop_change_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop" DROP CONSTRAINT "ck_workshop_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "cycle_template_step" DROP CONSTRAINT "ck_cycle_template_step_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "cycle_template_step" DROP CONSTRAINT "ck_cycle_template_step_default_format"
        `);
  }
}
