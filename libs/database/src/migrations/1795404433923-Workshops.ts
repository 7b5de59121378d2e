import { MigrationInterface, QueryRunner } from 'typeorm';

export class Workshops1795404433923 implements MigrationInterface {
  name = 'Workshops1795404433923';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "cycle_template_step" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" character varying(32) NOT NULL,
                "title" character varying(200) NOT NULL,
                "duration_days" numeric(3, 1) NOT NULL,
                "day_start" TIME NOT NULL,
                "day_end" TIME NOT NULL,
                "default_format" character varying(16) NOT NULL,
                "attendance_required" boolean NOT NULL,
                "gap_days" integer NOT NULL,
                CONSTRAINT "uq_cycle_template_step_position" UNIQUE ("programme_id", "position") DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT "ck_cycle_template_step_gap" CHECK (
                    "gap_days" BETWEEN 0 AND 730
                ),
                CONSTRAINT "ck_cycle_template_step_times" CHECK ("day_end" > "day_start"),
                CONSTRAINT "ck_cycle_template_step_duration" CHECK (
                    "duration_days" >= 0.5
                    AND "duration_days" <= 10
                    AND "duration_days" * 2 = floor("duration_days" * 2)
                ),
                CONSTRAINT "ck_cycle_template_step_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "ck_cycle_template_step_position" CHECK ("position" >= 1),
                CONSTRAINT "pk_cycle_template_step" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "workshop" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "template_step_id" uuid,
                "kind" character varying(32) NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text,
                "format" character varying(16) NOT NULL,
                "place_name" character varying(200),
                "place_address" character varying(500),
                "online_url" character varying(1000),
                "capacity" integer,
                "attendance_required" boolean NOT NULL DEFAULT true,
                "status" character varying(16) NOT NULL DEFAULT 'DRAFT',
                "cancellation_reason" character varying(1000),
                "sequence" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_workshop_cohort_template_step" UNIQUE ("cohort_id", "template_step_id"),
                CONSTRAINT "ck_workshop_online_url" CHECK (
                    "online_url" IS NULL
                    OR "online_url" ~ '^https://'
                ),
                CONSTRAINT "ck_workshop_capacity" CHECK (
                    "capacity" IS NULL
                    OR "capacity" >= 1
                ),
                CONSTRAINT "ck_workshop_cancellation" CHECK (
                    ("status" = 'CANCELLED') = ("cancellation_reason" IS NOT NULL)
                ),
                CONSTRAINT "ck_workshop_format" CHECK ("format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
                CONSTRAINT "ck_workshop_status" CHECK (
                    "status" IN ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')
                ),
                CONSTRAINT "ck_workshop_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_workshop" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_workshop_cohort" ON "workshop" ("cohort_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "attendance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workshop_id" uuid NOT NULL,
                "participation_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE,
                "recorded_by_id" uuid,
                CONSTRAINT "uq_attendance_workshop_participation" UNIQUE ("workshop_id", "participation_id"),
                CONSTRAINT "ck_attendance_status" CHECK (
                    "status" IN ('REGISTERED', 'ATTENDED', 'EXCUSED', 'NO_SHOW')
                ),
                CONSTRAINT "pk_attendance" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_attendance_participation" ON "attendance" ("participation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "workshop_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" SERIAL NOT NULL,
                "workshop_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "changed_by_id" uuid,
                "sequence" integer NOT NULL,
                "previous_days" jsonb,
                "days" jsonb,
                "reason" character varying(1000),
                CONSTRAINT "pk_workshop_change" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_workshop_change_workshop" ON "workshop_change" ("workshop_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "workshop_day" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workshop_id" uuid NOT NULL,
                "date" date NOT NULL,
                "start_time" TIME NOT NULL,
                "end_time" TIME NOT NULL,
                CONSTRAINT "uq_workshop_day_date" UNIQUE ("workshop_id", "date"),
                CONSTRAINT "ck_workshop_day_times" CHECK ("end_time" > "start_time"),
                CONSTRAINT "pk_workshop_day" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "workshop_facilitator" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workshop_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "person_id" uuid,
                "name" character varying(200),
                "organisation" character varying(200),
                "contribution" character varying(300),
                CONSTRAINT "ck_workshop_facilitator_who" CHECK (
                    "person_id" IS NOT NULL
                    OR "name" IS NOT NULL
                ),
                CONSTRAINT "pk_workshop_facilitator" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_workshop_facilitator_workshop" ON "workshop_facilitator" ("workshop_id", "position")
        `);
    await queryRunner.query(`
            ALTER TABLE "cycle_template_step"
            ADD CONSTRAINT "fk_cycle_template_step_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop"
            ADD CONSTRAINT "fk_workshop_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop"
            ADD CONSTRAINT "fk_workshop_template_step" FOREIGN KEY ("template_step_id") REFERENCES "cycle_template_step"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "fk_attendance_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "fk_attendance_participation" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "fk_attendance_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change"
            ADD CONSTRAINT "fk_workshop_change_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change"
            ADD CONSTRAINT "fk_workshop_change_changed_by" FOREIGN KEY ("changed_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_day"
            ADD CONSTRAINT "fk_workshop_day_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_facilitator"
            ADD CONSTRAINT "fk_workshop_facilitator_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_facilitator"
            ADD CONSTRAINT "fk_workshop_facilitator_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "workshop_facilitator" DROP CONSTRAINT "fk_workshop_facilitator_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_facilitator" DROP CONSTRAINT "fk_workshop_facilitator_workshop"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_day" DROP CONSTRAINT "fk_workshop_day_workshop"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change" DROP CONSTRAINT "fk_workshop_change_changed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_change" DROP CONSTRAINT "fk_workshop_change_workshop"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_recorded_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_participation"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_workshop"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_template_step"
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "cycle_template_step" DROP CONSTRAINT "fk_cycle_template_step_programme"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_workshop_facilitator_workshop"
        `);
    await queryRunner.query(`
            DROP TABLE "workshop_facilitator"
        `);
    await queryRunner.query(`
            DROP TABLE "workshop_day"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_workshop_change_workshop"
        `);
    await queryRunner.query(`
            DROP TABLE "workshop_change"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_attendance_participation"
        `);
    await queryRunner.query(`
            DROP TABLE "attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_workshop_cohort"
        `);
    await queryRunner.query(`
            DROP TABLE "workshop"
        `);
    await queryRunner.query(`
            DROP TABLE "cycle_template_step"
        `);
  }
}
