import { MigrationInterface, QueryRunner } from 'typeorm';

const NONE = `'00000000-0000-0000-0000-000000000000'::uuid`;
const IDENTITY = (recipient: string) =>
  `"event_kind", "event_id", "kind", COALESCE("rule_key", ${NONE}), ${recipient},
   "occasion", COALESCE("invitation_id", ${NONE})`;

/**
 * A ledger row's recipient is a person (`recipient_id`) or a contact without an account
 * (`contact_id`, e.g. an initiative's contact person, as the event kind's adapter names them),
 * never both (none: the person was erased). The identity is unique per kind of recipient: one
 * index for people's rows (as before), one for contacts' rows.
 */
export class ReminderContactRecipient1796600479042 implements MigrationInterface {
  name = 'ReminderContactRecipient1796600479042';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder" ADD "contact_id" uuid`);
    await queryRunner.query(`
            ALTER TABLE "reminder" ADD CONSTRAINT "ck_reminder_recipient"
            CHECK ("recipient_id" IS NULL OR "contact_id" IS NULL)
        `);
    await queryRunner.query(`DROP INDEX "uq_reminder_identity"`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_identity" ON "reminder" (${IDENTITY('"recipient_id"')})
             WHERE "contact_id" IS NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_contact_identity" ON "reminder" (${IDENTITY('"contact_id"')})
             WHERE "contact_id" IS NOT NULL
        `);
    await queryRunner.query(
      `CREATE INDEX "ix_reminder_contact" ON "reminder" ("contact_id") WHERE "contact_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reminder" WHERE "contact_id" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "ix_reminder_contact"`);
    await queryRunner.query(`DROP INDEX "uq_reminder_contact_identity"`);
    await queryRunner.query(`DROP INDEX "uq_reminder_identity"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_reminder_identity" ON "reminder" (${IDENTITY('"recipient_id"')})`,
    );
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "ck_reminder_recipient"`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP COLUMN "contact_id"`);
  }
}
