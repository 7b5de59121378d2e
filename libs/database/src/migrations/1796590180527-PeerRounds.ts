import { MigrationInterface, QueryRunner } from 'typeorm';

/** Kollegiale Runden: peer groups, members over time, rounds, roles, RSVPs, cases, minutes. */
export class PeerRounds1796590180527 implements MigrationInterface {
  name = 'PeerRounds1796590180527';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "peer_group" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "method" character varying(32) NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'FORMING',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_peer_group_status" CHECK ("status" IN ('FORMING', 'ACTIVE', 'ENDED')),
                CONSTRAINT "ck_peer_group_method" CHECK (
                    "method" IN ('KOLLEGIALE_FALLBERATUNG', 'OPEN_EXCHANGE')
                ),
                CONSTRAINT "ck_peer_group_name" CHECK (
                    char_length(btrim("name")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_peer_group" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_group_programme" ON "peer_group" ("programme_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_group_cohort" (
                "group_id" uuid NOT NULL,
                "cohort_id" uuid NOT NULL,
                CONSTRAINT "pk_peer_group_cohort" PRIMARY KEY ("group_id", "cohort_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_group_cohort_cohort" ON "peer_group_cohort" ("cohort_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_group_member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "from_date" date NOT NULL,
                "to_date" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_peer_group_member_period" CHECK (
                    "to_date" IS NULL
                    OR "to_date" >= "from_date"
                ),
                CONSTRAINT "pk_peer_group_member" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_group_member_person" ON "peer_group_member" ("person_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_group_member_group" ON "peer_group_member" ("group_id", "from_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_round" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid NOT NULL,
                "series_id" uuid,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "format" character varying(16) NOT NULL,
                "place" character varying(300),
                "online_url" character varying(1000),
                "status" character varying(16) NOT NULL DEFAULT 'PLANNED',
                "cancellation_reason" character varying(1000),
                "previous_starts_at" TIMESTAMP WITH TIME ZONE,
                "previous_ends_at" TIMESTAMP WITH TIME ZONE,
                "sequence" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_peer_round_cancellation" CHECK (
                    ("status" = 'CANCELLED') = ("cancellation_reason" IS NOT NULL)
                ),
                CONSTRAINT "ck_peer_round_online_url" CHECK (
                    "online_url" IS NULL
                    OR "online_url" ~ '^https://'
                ),
                CONSTRAINT "ck_peer_round_format" CHECK ("format" IN ('ONLINE', 'IN_PERSON')),
                CONSTRAINT "ck_peer_round_status" CHECK (
                    "status" IN ('PLANNED', 'HELD', 'DID_NOT_HAPPEN', 'CANCELLED')
                ),
                CONSTRAINT "ck_peer_round_period" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "pk_peer_round" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_round_series" ON "peer_round" ("series_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_round_group" ON "peer_round" ("group_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_round_role" (
                "round_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "person_id" uuid NOT NULL,
                CONSTRAINT "ck_peer_round_role" CHECK (
                    "role" IN ('MODERATOR', 'CASE_GIVER', 'SECRETARY')
                ),
                CONSTRAINT "pk_peer_round_role" PRIMARY KEY ("round_id", "role", "person_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_round_role_person" ON "peer_round_role" ("person_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_round_rsvp" (
                "round_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "answer" character varying(8) NOT NULL,
                "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_peer_round_rsvp_answer" CHECK ("answer" IN ('YES', 'NO', 'MAYBE')),
                CONSTRAINT "pk_peer_round_rsvp" PRIMARY KEY ("round_id", "person_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_round_attendance" (
                "round_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                CONSTRAINT "pk_peer_round_attendance" PRIMARY KEY ("round_id", "person_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_case" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid NOT NULL,
                "proposer_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "key_question" character varying(1000) NOT NULL,
                "text" text,
                "status" character varying(16) NOT NULL DEFAULT 'QUEUED',
                "round_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_peer_case_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "ck_peer_case_round" CHECK (
                    ("status" IN ('SCHEDULED', 'DISCUSSED')) = ("round_id" IS NOT NULL)
                ),
                CONSTRAINT "ck_peer_case_status" CHECK (
                    "status" IN ('QUEUED', 'SCHEDULED', 'DISCUSSED', 'WITHDRAWN')
                ),
                CONSTRAINT "pk_peer_case" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_case_round" ON "peer_case" ("round_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_peer_case_group" ON "peer_case" ("group_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_round_feedback" (
                "round_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "rating" integer NOT NULL,
                "reflection" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_peer_round_feedback_rating" CHECK (
                    "rating" BETWEEN 1 AND 5
                ),
                CONSTRAINT "pk_peer_round_feedback" PRIMARY KEY ("round_id", "person_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_round_minutes" (
                "round_id" uuid NOT NULL,
                "text" text NOT NULL,
                "written_by_id" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_peer_round_minutes" PRIMARY KEY ("round_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group"
            ADD CONSTRAINT "fk_peer_group_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_cohort"
            ADD CONSTRAINT "fk_peer_group_cohort_group" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_cohort"
            ADD CONSTRAINT "fk_peer_group_cohort_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_member"
            ADD CONSTRAINT "fk_peer_group_member_group" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_member"
            ADD CONSTRAINT "fk_peer_group_member_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round"
            ADD CONSTRAINT "fk_peer_round_group" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_role"
            ADD CONSTRAINT "fk_peer_round_role_round" FOREIGN KEY ("round_id") REFERENCES "peer_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_role"
            ADD CONSTRAINT "fk_peer_round_role_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_rsvp"
            ADD CONSTRAINT "fk_peer_round_rsvp_round" FOREIGN KEY ("round_id") REFERENCES "peer_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_rsvp"
            ADD CONSTRAINT "fk_peer_round_rsvp_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_attendance"
            ADD CONSTRAINT "fk_peer_round_attendance_round" FOREIGN KEY ("round_id") REFERENCES "peer_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_attendance"
            ADD CONSTRAINT "fk_peer_round_attendance_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_case"
            ADD CONSTRAINT "fk_peer_case_group" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_case"
            ADD CONSTRAINT "fk_peer_case_proposer" FOREIGN KEY ("proposer_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_case"
            ADD CONSTRAINT "fk_peer_case_round" FOREIGN KEY ("round_id") REFERENCES "peer_round"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_feedback"
            ADD CONSTRAINT "fk_peer_round_feedback_round" FOREIGN KEY ("round_id") REFERENCES "peer_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_feedback"
            ADD CONSTRAINT "fk_peer_round_feedback_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_minutes"
            ADD CONSTRAINT "fk_peer_round_minutes_round" FOREIGN KEY ("round_id") REFERENCES "peer_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_minutes"
            ADD CONSTRAINT "fk_peer_round_minutes_person" FOREIGN KEY ("written_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // One open membership per person and group; one moderator and one secretary per round.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_peer_group_member_open" ON "peer_group_member" ("group_id", "person_id") WHERE "to_date" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_peer_round_role_single" ON "peer_round_role" ("round_id", "role") WHERE "role" IN ('MODERATOR', 'SECRETARY')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_peer_round_role_single"`);
    await queryRunner.query(`DROP INDEX "public"."uq_peer_group_member_open"`);
    await queryRunner.query(`
            ALTER TABLE "peer_round_minutes" DROP CONSTRAINT "fk_peer_round_minutes_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_minutes" DROP CONSTRAINT "fk_peer_round_minutes_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_feedback" DROP CONSTRAINT "fk_peer_round_feedback_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_feedback" DROP CONSTRAINT "fk_peer_round_feedback_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_case" DROP CONSTRAINT "fk_peer_case_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_case" DROP CONSTRAINT "fk_peer_case_proposer"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_case" DROP CONSTRAINT "fk_peer_case_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_attendance" DROP CONSTRAINT "fk_peer_round_attendance_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_attendance" DROP CONSTRAINT "fk_peer_round_attendance_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_rsvp" DROP CONSTRAINT "fk_peer_round_rsvp_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_rsvp" DROP CONSTRAINT "fk_peer_round_rsvp_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_role" DROP CONSTRAINT "fk_peer_round_role_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round_role" DROP CONSTRAINT "fk_peer_round_role_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_round" DROP CONSTRAINT "fk_peer_round_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_member" DROP CONSTRAINT "fk_peer_group_member_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_member" DROP CONSTRAINT "fk_peer_group_member_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_cohort" DROP CONSTRAINT "fk_peer_group_cohort_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group_cohort" DROP CONSTRAINT "fk_peer_group_cohort_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group" DROP CONSTRAINT "fk_peer_group_programme"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_round_minutes"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_round_feedback"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_case_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_case_round"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_case"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_round_attendance"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_round_rsvp"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_round_role_person"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_round_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_round_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_round_series"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_round"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_group_member_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_group_member_person"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_group_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_group_cohort_cohort"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_group_cohort"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_peer_group_programme"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_group"
        `);
  }
}
