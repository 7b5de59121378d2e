import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The buddy programme: profiles of alumni, new coordinators' wishes, pairings with their
 * lifecycle, sessions (with the pair's notes), goals, feedback and problem reports. One open
 * (PROPOSED, ACTIVE or PAUSED) pairing per new coordinator and cohort is a partial unique index.
 */
export class Buddies1796589962639 implements MigrationInterface {
  name = 'Buddies1796589962639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "buddy_pairing" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "new_coordinator_id" uuid NOT NULL,
                "buddy_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "score" integer NOT NULL,
                "reasons" jsonb NOT NULL DEFAULT '[]',
                "proposed_by_id" uuid NOT NULL,
                "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "new_coordinator_accepted_at" TIMESTAMP WITH TIME ZONE,
                "buddy_accepted_at" TIMESTAMP WITH TIME ZONE,
                "activated_at" TIMESTAMP WITH TIME ZONE,
                "declined_by_id" uuid,
                "declined_at" TIMESTAMP WITH TIME ZONE,
                "decline_reason" character varying(1000),
                "withdrawn_by_id" uuid,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "paused_until" date,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "end_reason" character varying(16),
                "end_note" character varying(1000),
                "ended_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_buddy_pairing_active" CHECK (
                    "status" NOT IN ('ACTIVE', 'PAUSED', 'ENDED')
                    OR "activated_at" IS NOT NULL
                ),
                CONSTRAINT "ck_buddy_pairing_end_reason" CHECK (
                    "end_reason" IS NULL
                    OR "end_reason" IN (
                        'COMPLETED',
                        'NO_CONTACT',
                        'UNAVAILABLE',
                        'LEFT',
                        'OTHER'
                    )
                ),
                CONSTRAINT "ck_buddy_pairing_ended" CHECK (
                    ("status" = 'ENDED') = (
                        "end_reason" IS NOT NULL
                        AND "ended_at" IS NOT NULL
                    )
                ),
                CONSTRAINT "ck_buddy_pairing_paused" CHECK (
                    ("status" = 'PAUSED') = ("paused_until" IS NOT NULL)
                ),
                CONSTRAINT "ck_buddy_pairing_declined" CHECK (
                    ("status" = 'DECLINED') = (
                        "decline_reason" IS NOT NULL
                        AND "declined_at" IS NOT NULL
                    )
                ),
                CONSTRAINT "ck_buddy_pairing_two_people" CHECK ("buddy_id" <> "new_coordinator_id"),
                CONSTRAINT "ck_buddy_pairing_status" CHECK (
                    "status" IN (
                        'PROPOSED',
                        'ACTIVE',
                        'PAUSED',
                        'DECLINED',
                        'WITHDRAWN',
                        'ENDED'
                    )
                ),
                CONSTRAINT "pk_buddy_pairing" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_buddy_pairing_open" ON "buddy_pairing" ("cohort_id", "new_coordinator_id")
            WHERE "status" IN ('PROPOSED', 'ACTIVE', 'PAUSED')
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_pairing_new_coordinator" ON "buddy_pairing" ("new_coordinator_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_pairing_buddy" ON "buddy_pairing" ("buddy_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_pairing_cohort" ON "buddy_pairing" ("cohort_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "buddy_feedback" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pairing_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "rating" smallint NOT NULL,
                "text" character varying(2000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_buddy_feedback" UNIQUE ("pairing_id", "person_id"),
                CONSTRAINT "ck_buddy_feedback_rating" CHECK (
                    "rating" BETWEEN 1 AND 5
                ),
                CONSTRAINT "pk_buddy_feedback" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "buddy_goal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pairing_id" uuid NOT NULL,
                "text" character varying(500) NOT NULL,
                "status" character varying(8) NOT NULL,
                "created_by_id" uuid NOT NULL,
                "done_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_buddy_goal_done" CHECK (("status" = 'DONE') = ("done_at" IS NOT NULL)),
                CONSTRAINT "ck_buddy_goal_text" CHECK (
                    char_length(btrim("text")) BETWEEN 1 AND 500
                ),
                CONSTRAINT "ck_buddy_goal_status" CHECK ("status" IN ('OPEN', 'DONE')),
                CONSTRAINT "pk_buddy_goal" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_goal_pairing" ON "buddy_goal" ("pairing_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "buddy_wish" (
                "cohort_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "topics" character varying(32) array NOT NULL DEFAULT '{}',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_buddy_wish_topics" CHECK (
                    "topics" <@ ARRAY ['INITIATIVEN_ANSPRECHEN', 'WORKSHOP_ZYKLUS_VOR_ORT', 'WIRKUNGSLOGIK', 'FOERDERUNG', 'OEFFENTLICHKEITSARBEIT']::varchar []
                ),
                CONSTRAINT "pk_buddy_wish" PRIMARY KEY ("cohort_id", "person_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "buddy_problem_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pairing_id" uuid NOT NULL,
                "reported_by_id" uuid NOT NULL,
                "text" character varying(2000) NOT NULL,
                "wants_end" boolean NOT NULL DEFAULT false,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "resolved_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_buddy_problem_report_resolved" CHECK (
                    ("resolved_at" IS NULL) = ("resolved_by_id" IS NULL)
                ),
                CONSTRAINT "ck_buddy_problem_report_text" CHECK (
                    char_length(btrim("text")) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "pk_buddy_problem_report" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_problem_report_pairing" ON "buddy_problem_report" ("pairing_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "buddy_profile" (
                "person_id" uuid NOT NULL,
                "capacity" smallint NOT NULL,
                "topics" character varying(32) array NOT NULL DEFAULT '{}',
                "bundeslaender" character varying(32) array NOT NULL DEFAULT '{}',
                "languages" character varying(2) array NOT NULL DEFAULT '{de}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_buddy_profile_languages" CHECK (
                    cardinality("languages") BETWEEN 1 AND 10
                    AND array_to_string("languages", ',') ~ '^[a-z]{2}(,[a-z]{2})*$'
                ),
                CONSTRAINT "ck_buddy_profile_bundeslaender" CHECK (
                    "bundeslaender" <@ ARRAY ['BADEN_WUERTTEMBERG', 'BAYERN', 'BERLIN', 'BRANDENBURG', 'BREMEN', 'HAMBURG', 'HESSEN', 'MECKLENBURG_VORPOMMERN', 'NIEDERSACHSEN', 'NORDRHEIN_WESTFALEN', 'RHEINLAND_PFALZ', 'SAARLAND', 'SACHSEN', 'SACHSEN_ANHALT', 'SCHLESWIG_HOLSTEIN', 'THUERINGEN']::varchar []
                ),
                CONSTRAINT "ck_buddy_profile_topics" CHECK (
                    "topics" <@ ARRAY ['INITIATIVEN_ANSPRECHEN', 'WORKSHOP_ZYKLUS_VOR_ORT', 'WIRKUNGSLOGIK', 'FOERDERUNG', 'OEFFENTLICHKEITSARBEIT']::varchar []
                ),
                CONSTRAINT "ck_buddy_profile_capacity" CHECK (
                    "capacity" BETWEEN 0 AND 3
                ),
                CONSTRAINT "pk_buddy_profile" PRIMARY KEY ("person_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "buddy_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pairing_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "format" character varying(16) NOT NULL,
                "place" character varying(300),
                "online_url" character varying(500),
                "topic" character varying(300),
                "status" character varying(16) NOT NULL,
                "sequence" integer NOT NULL DEFAULT '0',
                "planned_by_id" uuid NOT NULL,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancellation_reason" character varying(1000),
                "outcome_by_id" uuid,
                "outcome_at" TIMESTAMP WITH TIME ZONE,
                "notes" text,
                "notes_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_buddy_session_cancelled" CHECK (
                    ("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)
                ),
                CONSTRAINT "ck_buddy_session_status" CHECK (
                    "status" IN ('PLANNED', 'HELD', 'DID_NOT_HAPPEN', 'CANCELLED')
                ),
                CONSTRAINT "ck_buddy_session_format" CHECK ("format" IN ('ONLINE', 'IN_PERSON', 'PHONE')),
                CONSTRAINT "ck_buddy_session_period" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "pk_buddy_session" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_session_starts" ON "buddy_session" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_buddy_session_pairing" ON "buddy_session" ("pairing_id", "starts_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing"
            ADD CONSTRAINT "fk_buddy_pairing_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing"
            ADD CONSTRAINT "fk_buddy_pairing_new_coordinator" FOREIGN KEY ("new_coordinator_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing"
            ADD CONSTRAINT "fk_buddy_pairing_buddy" FOREIGN KEY ("buddy_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing"
            ADD CONSTRAINT "fk_buddy_pairing_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_feedback"
            ADD CONSTRAINT "fk_buddy_feedback_pairing" FOREIGN KEY ("pairing_id") REFERENCES "buddy_pairing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_feedback"
            ADD CONSTRAINT "fk_buddy_feedback_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_goal"
            ADD CONSTRAINT "fk_buddy_goal_pairing" FOREIGN KEY ("pairing_id") REFERENCES "buddy_pairing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_goal"
            ADD CONSTRAINT "fk_buddy_goal_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_wish"
            ADD CONSTRAINT "fk_buddy_wish_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_wish"
            ADD CONSTRAINT "fk_buddy_wish_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_problem_report"
            ADD CONSTRAINT "fk_buddy_problem_report_pairing" FOREIGN KEY ("pairing_id") REFERENCES "buddy_pairing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_problem_report"
            ADD CONSTRAINT "fk_buddy_problem_report_reported_by" FOREIGN KEY ("reported_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_profile"
            ADD CONSTRAINT "fk_buddy_profile_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_session"
            ADD CONSTRAINT "fk_buddy_session_pairing" FOREIGN KEY ("pairing_id") REFERENCES "buddy_pairing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_session"
            ADD CONSTRAINT "fk_buddy_session_planned_by" FOREIGN KEY ("planned_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "buddy_session" DROP CONSTRAINT "fk_buddy_session_planned_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_session" DROP CONSTRAINT "fk_buddy_session_pairing"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_profile" DROP CONSTRAINT "fk_buddy_profile_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_problem_report" DROP CONSTRAINT "fk_buddy_problem_report_reported_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_problem_report" DROP CONSTRAINT "fk_buddy_problem_report_pairing"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_wish" DROP CONSTRAINT "fk_buddy_wish_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_wish" DROP CONSTRAINT "fk_buddy_wish_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_goal" DROP CONSTRAINT "fk_buddy_goal_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_goal" DROP CONSTRAINT "fk_buddy_goal_pairing"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_feedback" DROP CONSTRAINT "fk_buddy_feedback_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_feedback" DROP CONSTRAINT "fk_buddy_feedback_pairing"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing" DROP CONSTRAINT "fk_buddy_pairing_proposed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing" DROP CONSTRAINT "fk_buddy_pairing_buddy"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing" DROP CONSTRAINT "fk_buddy_pairing_new_coordinator"
        `);
    await queryRunner.query(`
            ALTER TABLE "buddy_pairing" DROP CONSTRAINT "fk_buddy_pairing_cohort"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_session_pairing"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_session_starts"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_session"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_profile"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_problem_report_pairing"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_problem_report"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_wish"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_goal_pairing"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_goal"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_feedback"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_buddy_pairing_open"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_pairing_cohort"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_pairing_buddy"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_buddy_pairing_new_coordinator"
        `);
    await queryRunner.query(`
            DROP TABLE "buddy_pairing"
        `);
  }
}
