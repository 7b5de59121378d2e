import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders for every kind of event: kinds and audiences are the registered adapters' (no CHECK
 * naming WORKSHOP), rules may belong to a scope a kind declares (`scope_id`, e.g. a peer group),
 * and a NUDGE rule names its adapter's nudge.
 */
export class ReminderKindsGeneric1796589806138 implements MigrationInterface {
  name = 'ReminderKindsGeneric1796589806138';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reminder_rule"
            DROP CONSTRAINT "ck_reminder_rule_event_kind",
            DROP CONSTRAINT "ck_reminder_rule_audience",
            DROP CONSTRAINT "ck_reminder_rule_template",
            DROP CONSTRAINT "ck_reminder_rule_replaces",
            ALTER COLUMN "event_kind" TYPE character varying(40),
            ALTER COLUMN "audience" TYPE character varying(40),
            ADD "scope_id" uuid,
            ADD "nudge" character varying(40),
            ADD CONSTRAINT "ck_reminder_rule_template" CHECK ("template" IN ('REMINDER', 'FOLLOW_UP', 'NUDGE')),
            ADD CONSTRAINT "ck_reminder_rule_nudge" CHECK (("template" = 'NUDGE') = ("nudge" IS NOT NULL)),
            ADD CONSTRAINT "ck_reminder_rule_scope" CHECK ("scope_id" IS NULL OR "cohort_id" IS NULL),
            ADD CONSTRAINT "ck_reminder_rule_replaces" CHECK ("replaces_rule_id" IS NULL OR "cohort_id" IS NOT NULL OR "scope_id" IS NOT NULL)
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_rule_scope" ON "reminder_rule" ("scope_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" ALTER COLUMN "event_kind" TYPE character varying(40)
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_decline" ALTER COLUMN "event_kind" TYPE character varying(40)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reminder_decline" ALTER COLUMN "event_kind" TYPE character varying(16)
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" ALTER COLUMN "event_kind" TYPE character varying(16)
        `);
    await queryRunner.query(`DROP INDEX "ix_reminder_rule_scope"`);
    await queryRunner.query(
      `DELETE FROM "reminder_rule" WHERE "template" = 'NUDGE' OR "scope_id" IS NOT NULL`,
    );
    await queryRunner.query(`
            ALTER TABLE "reminder_rule"
            DROP CONSTRAINT "ck_reminder_rule_replaces",
            DROP CONSTRAINT "ck_reminder_rule_scope",
            DROP CONSTRAINT "ck_reminder_rule_nudge",
            DROP CONSTRAINT "ck_reminder_rule_template",
            DROP COLUMN "nudge",
            DROP COLUMN "scope_id",
            ALTER COLUMN "audience" TYPE character varying(24),
            ALTER COLUMN "event_kind" TYPE character varying(16),
            ADD CONSTRAINT "ck_reminder_rule_template" CHECK ("template" IN ('REMINDER', 'FOLLOW_UP')),
            ADD CONSTRAINT "ck_reminder_rule_replaces" CHECK ("replaces_rule_id" IS NULL OR "cohort_id" IS NOT NULL),
            ADD CONSTRAINT "ck_reminder_rule_audience" CHECK ("audience" IN ('PARTICIPANTS', 'FACILITATORS', 'PROGRAM_MANAGERS')),
            ADD CONSTRAINT "ck_reminder_rule_event_kind" CHECK ("event_kind" IN ('WORKSHOP'))
        `);
  }
}
