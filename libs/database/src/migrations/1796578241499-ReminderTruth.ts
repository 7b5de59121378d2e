import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the reminders need to tell the truth: the date a rule's reminder is about (`anchor_at`),
 * the template and the SEQUENCE it announced, a revision for changes made while it is being sent,
 * personal cancellations, declines ("I can't come"), feed tokens that can be derived again, the
 * programme office's Reply-To, and what a workshop looked like before a change.
 */
export class ReminderTruth1796578241499 implements MigrationInterface {
  name = 'ReminderTruth1796578241499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "reminder_decline" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_kind" character varying(16) NOT NULL,
                "event_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "declined_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "uq_reminder_decline" UNIQUE ("event_kind", "event_id", "person_id"),
                CONSTRAINT "pk_reminder_decline" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_decline_event" ON "reminder_decline" ("event_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "programme"
            ADD "reply_to" character varying(254)
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD "anchor_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD "template" character varying(16)
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD "sequence" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD "revision" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed"
            ADD "token_nonce" character varying(64)
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change"
            ADD "previous_details" jsonb
        `);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "ck_reminder_kind"`);
    await queryRunner.query(
      `ALTER TABLE "reminder" ALTER COLUMN "kind" TYPE character varying(24)`,
    );
    await queryRunner.query(`
            ALTER TABLE "reminder" ADD CONSTRAINT "ck_reminder_kind"
            CHECK ("kind" IN ('REMINDER', 'CHANGE_NOTICE', 'CANCELLATION', 'PERSONAL_CANCELLATION'))
        `);
    // The rules' reminders so far: their template, and the start or end they were due from (the
    // due time less the rule's offset, days counted in the programme's time zone).
    await queryRunner.query(`
            UPDATE "reminder" r
               SET "template" = rule."template",
                   "anchor_at" = ((r."due_at" - rule."offset_minutes" * interval '1 minute')
                                   AT TIME ZONE p."time_zone" - rule."offset_days" * interval '1 day')
                                 AT TIME ZONE p."time_zone"
              FROM "reminder_rule" rule JOIN "programme" p ON p."id" = rule."programme_id"
             WHERE r."rule_id" = rule."id" AND r."kind" = 'REMINDER'
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_decline"
            ADD CONSTRAINT "fk_reminder_decline_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reminder" WHERE "kind" = 'PERSONAL_CANCELLATION'`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "ck_reminder_kind"`);
    await queryRunner.query(
      `ALTER TABLE "reminder" ALTER COLUMN "kind" TYPE character varying(16)`,
    );
    await queryRunner.query(`
            ALTER TABLE "reminder" ADD CONSTRAINT "ck_reminder_kind"
            CHECK ("kind" IN ('REMINDER', 'CHANGE_NOTICE', 'CANCELLATION'))
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder_decline" DROP CONSTRAINT "fk_reminder_decline_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change" DROP COLUMN "previous_details"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feed" DROP COLUMN "token_nonce"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP COLUMN "revision"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP COLUMN "sequence"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP COLUMN "template"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP COLUMN "anchor_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "programme" DROP COLUMN "reply_to"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_decline_event"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder_decline"
        `);
  }
}
