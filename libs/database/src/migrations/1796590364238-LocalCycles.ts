import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The local workshop cycle (libs/local-cycles). pg_trgm serves the initiatives' duplicate check;
 * where a server lacks it, the check falls back to comparing normalised names, so the
 * extension is optional here.
 */
export class LocalCycles1796590364238 implements MigrationInterface {
  name = 'LocalCycles1796590364238';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DO $$
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'pg_trgm is not available: duplicate checks compare normalised names';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TABLE "local_cycle" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "participation_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PLANNED',
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "reopen_reason" character varying(1000),
                "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_local_cycle_participation" UNIQUE ("participation_id"),
                CONSTRAINT "ck_local_cycle_status" CHECK (
                    "status" IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')
                ),
                CONSTRAINT "pk_local_cycle" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "initiative" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "network_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" character varying(32) NOT NULL,
                "city" character varying(100) NOT NULL,
                "website" character varying(500),
                "contact_name" character varying(200),
                "contact_email" character varying(320),
                "contact_language" character varying(2) NOT NULL DEFAULT 'de',
                "contact_consent_on" date,
                "unsubscribe_token" character varying(64) NOT NULL,
                "demo" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_initiative_contact" CHECK (
                    "contact_email" IS NOT NULL
                    OR "contact_consent_on" IS NULL
                ),
                CONSTRAINT "ck_initiative_website" CHECK (
                    "website" IS NULL
                    OR "website" ~ '^https?://'
                ),
                CONSTRAINT "ck_initiative_kind" CHECK (
                    "kind" IN (
                        'SCHUELERLABOR',
                        'VEREIN',
                        'SCHUL_AG',
                        'MUSEUM',
                        'HOCHSCHULE',
                        'UNTERNEHMEN',
                        'SONSTIGES'
                    )
                ),
                CONSTRAINT "ck_initiative_city" CHECK (
                    char_length(btrim("city")) BETWEEN 1 AND 100
                ),
                CONSTRAINT "ck_initiative_name" CHECK (
                    char_length(btrim("name")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_initiative" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_initiative_unsubscribe_token" ON "initiative" ("unsubscribe_token")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_initiative_network" ON "initiative" ("network_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "local_enrolment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "local_cycle_id" uuid NOT NULL,
                "initiative_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "phase" character varying(32) NOT NULL DEFAULT 'NOT_STARTED',
                "phase_since" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_local_enrolment_initiative" UNIQUE ("local_cycle_id", "initiative_id"),
                CONSTRAINT "ck_local_enrolment_phase" CHECK (
                    "phase" IN (
                        'NOT_STARTED',
                        'PREPARING',
                        'SELF_ANALYSIS_DONE',
                        'REFLECTED',
                        'ADVISED',
                        'IMPROVEMENT_PLANNED'
                    )
                ),
                CONSTRAINT "ck_local_enrolment_status" CHECK (
                    "status" IN ('INVITED', 'ENROLLED', 'COMPLETED', 'WITHDRAWN')
                ),
                CONSTRAINT "pk_local_enrolment" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_local_enrolment_initiative" ON "local_enrolment" ("initiative_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "self_analysis_phase_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enrolment_id" uuid NOT NULL,
                "from_phase" character varying(32) NOT NULL,
                "to_phase" character varying(32) NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "changed_by_id" uuid,
                "reason" character varying(1000),
                CONSTRAINT "ck_self_analysis_phase_change_phases" CHECK (
                    "from_phase" IN (
                        'NOT_STARTED',
                        'PREPARING',
                        'SELF_ANALYSIS_DONE',
                        'REFLECTED',
                        'ADVISED',
                        'IMPROVEMENT_PLANNED'
                    )
                    AND "to_phase" IN (
                        'NOT_STARTED',
                        'PREPARING',
                        'SELF_ANALYSIS_DONE',
                        'REFLECTED',
                        'ADVISED',
                        'IMPROVEMENT_PLANNED'
                    )
                ),
                CONSTRAINT "pk_self_analysis_phase_change" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_self_analysis_phase_change_enrolment" ON "self_analysis_phase_change" ("enrolment_id", "changed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "local_template_step" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "duration_days" numeric(3, 1) NOT NULL,
                "day_start" TIME NOT NULL,
                "day_end" TIME NOT NULL,
                "gap_days" integer NOT NULL,
                "default_format" character varying(16) NOT NULL,
                CONSTRAINT "uq_local_template_step_position" UNIQUE ("programme_id", "position") DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT "ck_local_template_step_format" CHECK (
                    "default_format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')
                ),
                CONSTRAINT "ck_local_template_step_times" CHECK ("day_end" > "day_start"),
                CONSTRAINT "ck_local_template_step_gap" CHECK (
                    "gap_days" >= 0
                    AND "gap_days" <= 365
                ),
                CONSTRAINT "ck_local_template_step_duration" CHECK (
                    "duration_days" > 0
                    AND "duration_days" <= 5
                ),
                CONSTRAINT "ck_local_template_step_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_local_template_step" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "local_workshop" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "local_cycle_id" uuid NOT NULL,
                "template_step_id" uuid,
                "title" character varying(200) NOT NULL,
                "format" character varying(16) NOT NULL,
                "place_name" character varying(200),
                "place_address" character varying(500),
                "online_url" character varying(1000),
                "bundesland" character varying(32),
                "status" character varying(16) NOT NULL DEFAULT 'DRAFT',
                "cancellation_reason" character varying(1000),
                "sequence" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_local_workshop_online_url" CHECK (
                    "online_url" IS NULL
                    OR "online_url" ~ '^https://'
                ),
                CONSTRAINT "ck_local_workshop_cancellation" CHECK (
                    ("status" = 'CANCELLED') = ("cancellation_reason" IS NOT NULL)
                ),
                CONSTRAINT "ck_local_workshop_format" CHECK ("format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
                CONSTRAINT "ck_local_workshop_status" CHECK (
                    "status" IN ('DRAFT', 'PUBLISHED', 'HELD', 'CANCELLED')
                ),
                CONSTRAINT "ck_local_workshop_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_local_workshop" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_local_workshop_cycle" ON "local_workshop" ("local_cycle_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "local_attendance" (
                "local_workshop_id" uuid NOT NULL,
                "enrolment_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "head_count" integer,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "ck_local_attendance_head_count" CHECK (
                    "head_count" IS NULL
                    OR "head_count" BETWEEN 0 AND 500
                ),
                CONSTRAINT "ck_local_attendance_status" CHECK ("status" IN ('ATTENDED', 'EXCUSED', 'NO_SHOW')),
                CONSTRAINT "pk_local_attendance" PRIMARY KEY ("local_workshop_id", "enrolment_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_local_attendance_enrolment" ON "local_attendance" ("enrolment_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "local_workshop_day" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "local_workshop_id" uuid NOT NULL,
                "date" date NOT NULL,
                "start_time" TIME NOT NULL,
                "end_time" TIME NOT NULL,
                CONSTRAINT "uq_local_workshop_day_date" UNIQUE ("local_workshop_id", "date"),
                CONSTRAINT "ck_local_workshop_day_times" CHECK ("end_time" > "start_time"),
                CONSTRAINT "pk_local_workshop_day" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "local_cycle"
            ADD CONSTRAINT "fk_local_cycle_participation" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "initiative"
            ADD CONSTRAINT "fk_initiative_network" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_enrolment"
            ADD CONSTRAINT "fk_local_enrolment_cycle" FOREIGN KEY ("local_cycle_id") REFERENCES "local_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_enrolment"
            ADD CONSTRAINT "fk_local_enrolment_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "self_analysis_phase_change"
            ADD CONSTRAINT "fk_self_analysis_phase_change_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "local_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "self_analysis_phase_change"
            ADD CONSTRAINT "fk_self_analysis_phase_change_person" FOREIGN KEY ("changed_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_template_step"
            ADD CONSTRAINT "fk_local_template_step_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_workshop"
            ADD CONSTRAINT "fk_local_workshop_cycle" FOREIGN KEY ("local_cycle_id") REFERENCES "local_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_workshop"
            ADD CONSTRAINT "fk_local_workshop_template_step" FOREIGN KEY ("template_step_id") REFERENCES "local_template_step"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_attendance"
            ADD CONSTRAINT "fk_local_attendance_workshop" FOREIGN KEY ("local_workshop_id") REFERENCES "local_workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_attendance"
            ADD CONSTRAINT "fk_local_attendance_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "local_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "local_workshop_day"
            ADD CONSTRAINT "fk_local_workshop_day_workshop" FOREIGN KEY ("local_workshop_id") REFERENCES "local_workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "local_workshop_day" DROP CONSTRAINT "fk_local_workshop_day_workshop"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_attendance" DROP CONSTRAINT "fk_local_attendance_enrolment"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_attendance" DROP CONSTRAINT "fk_local_attendance_workshop"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_workshop" DROP CONSTRAINT "fk_local_workshop_template_step"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_workshop" DROP CONSTRAINT "fk_local_workshop_cycle"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_template_step" DROP CONSTRAINT "fk_local_template_step_programme"
        `);
    await queryRunner.query(`
            ALTER TABLE "self_analysis_phase_change" DROP CONSTRAINT "fk_self_analysis_phase_change_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "self_analysis_phase_change" DROP CONSTRAINT "fk_self_analysis_phase_change_enrolment"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_enrolment" DROP CONSTRAINT "fk_local_enrolment_initiative"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_enrolment" DROP CONSTRAINT "fk_local_enrolment_cycle"
        `);
    await queryRunner.query(`
            ALTER TABLE "initiative" DROP CONSTRAINT "fk_initiative_network"
        `);
    await queryRunner.query(`
            ALTER TABLE "local_cycle" DROP CONSTRAINT "fk_local_cycle_participation"
        `);
    await queryRunner.query(`
            DROP TABLE "local_workshop_day"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_local_attendance_enrolment"
        `);
    await queryRunner.query(`
            DROP TABLE "local_attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_local_workshop_cycle"
        `);
    await queryRunner.query(`
            DROP TABLE "local_workshop"
        `);
    await queryRunner.query(`
            DROP TABLE "local_template_step"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_self_analysis_phase_change_enrolment"
        `);
    await queryRunner.query(`
            DROP TABLE "self_analysis_phase_change"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_local_enrolment_initiative"
        `);
    await queryRunner.query(`
            DROP TABLE "local_enrolment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_initiative_network"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_initiative_unsubscribe_token"
        `);
    await queryRunner.query(`
            DROP TABLE "initiative"
        `);
    await queryRunner.query(`
            DROP TABLE "local_cycle"
        `);
  }
}
