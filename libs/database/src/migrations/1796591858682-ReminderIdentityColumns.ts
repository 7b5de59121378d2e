import { MigrationInterface, QueryRunner } from 'typeorm';

const NONE = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The ledger's identity in columns instead of a string key: the rule that planned a reminder
 * (`rule_key`, kept when the rule is deleted), the occasion (a rule's n-th reminder after moves,
 * the SEQUENCE a change notice announces) and the invitation a personal cancellation takes back,
 * with one unique index over kind, event, rule, recipient, occasion and invitation. The old keys
 * are read once, here, and dropped.
 */
export class ReminderIdentityColumns1796591858682 implements MigrationInterface {
  name = 'ReminderIdentityColumns1796591858682';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reminder"
            ADD "rule_key" uuid,
            ADD "occasion" integer NOT NULL DEFAULT 0,
            ADD "invitation_id" uuid
        `);
    await queryRunner.query(`
            UPDATE "reminder"
               SET "rule_key" = split_part("dedupe_key", ':', 2)::uuid,
                   "occasion" = COALESCE(NULLIF(split_part("dedupe_key", ':', 5), '')::int, 0)
             WHERE "dedupe_key" LIKE 'rule:%'
        `);
    await queryRunner.query(`
            UPDATE "reminder" SET "occasion" = split_part("dedupe_key", ':', 3)::int
             WHERE "dedupe_key" LIKE 'change:%'
        `);
    await queryRunner.query(`
            UPDATE "reminder" SET "invitation_id" = split_part("dedupe_key", ':', 4)::uuid
             WHERE "dedupe_key" LIKE 'release:%'
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" DROP CONSTRAINT "uq_reminder_dedupe_key", DROP COLUMN "dedupe_key"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_identity" ON "reminder" (
                "event_kind", "event_id", "kind", COALESCE("rule_key", ${NONE}), "recipient_id",
                "occasion", COALESCE("invitation_id", ${NONE}))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_reminder_identity"`);
    await queryRunner.query(`ALTER TABLE "reminder" ADD "dedupe_key" character varying(200)`);
    await queryRunner.query(`
            UPDATE "reminder" SET "dedupe_key" = CASE "kind"
              WHEN 'REMINDER' THEN 'rule:' || "rule_key" || ':' || "event_id" || ':' || COALESCE("recipient_id"::text, "id"::text)
                                   || CASE WHEN "occasion" > 0 THEN ':' || "occasion" ELSE '' END
              WHEN 'CHANGE_NOTICE' THEN 'change:' || "event_id" || ':' || "occasion" || ':' || COALESCE("recipient_id"::text, "id"::text)
              WHEN 'CANCELLATION' THEN 'cancel:' || "event_id" || ':' || COALESCE("recipient_id"::text, "id"::text)
              ELSE 'release:' || "event_id" || ':' || COALESCE("recipient_id"::text, "id"::text) || ':' || "invitation_id"
            END
        `);
    await queryRunner.query(`
            ALTER TABLE "reminder" ALTER COLUMN "dedupe_key" SET NOT NULL,
            ADD CONSTRAINT "uq_reminder_dedupe_key" UNIQUE ("dedupe_key"),
            DROP COLUMN "invitation_id", DROP COLUMN "occasion", DROP COLUMN "rule_key"
        `);
  }
}
