import { MigrationInterface, QueryRunner } from 'typeorm';

/** Data protection: erased people, exports, erasure requests, retention, the audit log. */
export class Privacy1796590739973 implements MigrationInterface {
  name = 'Privacy1796590739973';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "personal_data_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "requested_by_person_id" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "archive" bytea NOT NULL, "archive_bytes" integer NOT NULL, "downloaded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_personal_data_export" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_personal_data_export_person" ON "personal_data_export" ("person_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_personal_data_export_requested_by" ON "personal_data_export" ("requested_by_person_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "personal_data_export" ADD CONSTRAINT "fk_personal_data_export_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "personal_data_export" ADD CONSTRAINT "fk_personal_data_export_requested_by" FOREIGN KEY ("requested_by_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "erasure_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_erasure_request" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_erasure_request_open" ON "erasure_request" ("person_id") WHERE "completed_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "erasure_request" ADD CONSTRAINT "fk_erasure_request_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "retention_setting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid, "data_class" character varying(64) NOT NULL, "days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_retention_setting_days" CHECK ("days" BETWEEN 1 AND 3650), CONSTRAINT "pk_retention_setting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_retention_setting" ON "retention_setting" ("programme_id", "data_class") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_setting" ADD CONSTRAINT "fk_retention_setting_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "retention_run" ("day" date NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL, "counts" jsonb NOT NULL, "instance" character varying(100) NOT NULL, CONSTRAINT "pk_retention_run" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "privacy_audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "action" character varying(32) NOT NULL, "actor_person_id" uuid, "subject_person_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "pk_privacy_audit_entry" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_privacy_audit_entry_at" ON "privacy_audit_entry" ("at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_privacy_audit_entry_subject" ON "privacy_audit_entry" ("subject_person_id", "at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_audit_entry"`);
    await queryRunner.query(`DROP TABLE "retention_run"`);
    await queryRunner.query(`DROP TABLE "retention_setting"`);
    await queryRunner.query(`DROP TABLE "erasure_request"`);
    await queryRunner.query(`DROP TABLE "personal_data_export"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "erased_at"`);
  }
}
