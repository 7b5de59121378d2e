import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795405372206 implements MigrationInterface {
  name = 'Reminders1795405372206';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_feed" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_calendar_feed_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "uq_calendar_feed_person" UNIQUE ("person_id"),
                CONSTRAINT "pk_calendar_feed" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "reminder_rule" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "cohort_id" uuid,
                "replaces_rule_id" uuid,
                "event_kind" character varying(16) NOT NULL,
                "audience" character varying(24) NOT NULL,
                "anchor" character varying(8) NOT NULL,
                "offset_days" integer NOT NULL,
                "offset_minutes" integer NOT NULL,
                "template" character varying(16) NOT NULL,
                "enabled" boolean NOT NULL,
                "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_reminder_rule_replaces" CHECK (
                    "replaces_rule_id" IS NULL
                    OR "cohort_id" IS NOT NULL
                ),
                CONSTRAINT "ck_reminder_rule_offset" CHECK (
                    abs("offset_days") <= 366
                    AND abs("offset_minutes") <= 10080
                ),
                CONSTRAINT "ck_reminder_rule_template" CHECK ("template" IN ('REMINDER', 'FOLLOW_UP')),
                CONSTRAINT "ck_reminder_rule_anchor" CHECK ("anchor" IN ('START', 'END')),
                CONSTRAINT "ck_reminder_rule_audience" CHECK (
                    "audience" IN (
                        'PARTICIPANTS',
                        'FACILITATORS',
                        'PROGRAM_MANAGERS'
                    )
                ),
                CONSTRAINT "ck_reminder_rule_event_kind" CHECK ("event_kind" IN ('WORKSHOP')),
                CONSTRAINT "pk_reminder_rule" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_rule_programme" ON "reminder_rule" ("programme_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "reminder" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dedupe_key" character varying(200) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "rule_id" uuid,
                "event_kind" character varying(16) NOT NULL,
                "event_id" uuid NOT NULL,
                "cohort_id" uuid,
                "recipient_id" uuid,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(16) NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "claimed_until" TIMESTAMP WITH TIME ZONE,
                "claimed_by" character varying(100),
                "last_error" character varying(1000),
                "message_id" character varying(300),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "reason" character varying(300),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_reminder_dedupe_key" UNIQUE ("dedupe_key"),
                CONSTRAINT "ck_reminder_sent" CHECK (("status" = 'SENT') = ("sent_at" IS NOT NULL)),
                CONSTRAINT "ck_reminder_reason" CHECK (
                    "status" NOT IN ('SKIPPED', 'CANCELLED')
                    OR "reason" IS NOT NULL
                ),
                CONSTRAINT "ck_reminder_status" CHECK (
                    "status" IN (
                        'PENDING',
                        'SENT',
                        'SKIPPED',
                        'CANCELLED',
                        'FAILED'
                    )
                ),
                CONSTRAINT "ck_reminder_kind" CHECK (
                    "kind" IN ('REMINDER', 'CHANGE_NOTICE', 'CANCELLATION')
                ),
                CONSTRAINT "pk_reminder" PRIMARY KEY ("id")
            )
        `);
    // What the dispatcher asks every tick: pending rows whose next attempt is due.
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_pending" ON "reminder" ("next_attempt_at") WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_cohort_due" ON "reminder" ("cohort_id", "due_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_recipient" ON "reminder" ("recipient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_event" ON "reminder" ("event_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed"
            ADD CONSTRAINT "fk_calendar_feed_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_rule"
            ADD CONSTRAINT "fk_reminder_rule_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_rule"
            ADD CONSTRAINT "fk_reminder_rule_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_rule"
            ADD CONSTRAINT "fk_reminder_rule_replaces" FOREIGN KEY ("replaces_rule_id") REFERENCES "reminder_rule"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD CONSTRAINT "fk_reminder_rule" FOREIGN KEY ("rule_id") REFERENCES "reminder_rule"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD CONSTRAINT "fk_reminder_recipient" FOREIGN KEY ("recipient_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_recipient"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_rule"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_rule" DROP CONSTRAINT "fk_reminder_rule_replaces"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_rule" DROP CONSTRAINT "fk_reminder_rule_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_rule" DROP CONSTRAINT "fk_reminder_rule_programme"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_person"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_recipient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_cohort_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_rule_programme"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder_rule"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feed"
        `);
  }
}
