import { MigrationInterface, QueryRunner } from 'typeorm';

export class Networks1795403461238 implements MigrationInterface {
  name = 'Networks1795403461238';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "network" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "bundesland" character varying(32) NOT NULL,
                "city" character varying(100) NOT NULL,
                "website" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_network_website" CHECK (
                    "website" IS NULL
                    OR "website" ~ '^https?://'
                ),
                CONSTRAINT "ck_network_city" CHECK (
                    char_length(btrim("city")) BETWEEN 1 AND 100
                ),
                CONSTRAINT "ck_network_bundesland" CHECK (
                    "bundesland" IN (
                        'BADEN_WUERTTEMBERG',
                        'BAYERN',
                        'BERLIN',
                        'BRANDENBURG',
                        'BREMEN',
                        'HAMBURG',
                        'HESSEN',
                        'MECKLENBURG_VORPOMMERN',
                        'NIEDERSACHSEN',
                        'NORDRHEIN_WESTFALEN',
                        'RHEINLAND_PFALZ',
                        'SAARLAND',
                        'SACHSEN',
                        'SACHSEN_ANHALT',
                        'SCHLESWIG_HOLSTEIN',
                        'THUERINGEN'
                    )
                ),
                CONSTRAINT "ck_network_kind" CHECK (
                    "kind" IN (
                        'MINT_REGION',
                        'MINT_CLUSTER',
                        'ZDI_ZENTRUM',
                        'OTHER'
                    )
                ),
                CONSTRAINT "ck_network_name" CHECK (
                    char_length(btrim("name")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_network" PRIMARY KEY ("id")
            )
        `);
    // Unique regardless of case ("MagdeMINT" and "magdemint" are one network).
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_network_name" ON "network" (lower("name"))
        `);
    await queryRunner.query(`
            CREATE TABLE "coordination" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "network_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_coordination_period" CHECK (
                    "end_date" IS NULL
                    OR "end_date" >= "start_date"
                ),
                CONSTRAINT "pk_coordination" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_coordination_person" ON "coordination" ("person_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_coordination_network" ON "coordination" ("network_id", "start_date")
        `);
    // A network has at most one coordinator without an end date.
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_coordination_open" ON "coordination" ("network_id") WHERE "end_date" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "participation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "network_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "waitlisted_at" TIMESTAMP WITH TIME ZONE,
                "completed_on" date,
                "withdrawn_on" date,
                "withdrawal_reason" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_participation_cohort_network" UNIQUE ("cohort_id", "network_id"),
                CONSTRAINT "ck_participation_completion" CHECK (
                    ("status" = 'COMPLETED') = ("completed_on" IS NOT NULL)
                ),
                CONSTRAINT "ck_participation_waitlist" CHECK (
                    ("status" = 'WAITLISTED') = ("waitlisted_at" IS NOT NULL)
                ),
                CONSTRAINT "ck_participation_withdrawal_reason" CHECK (
                    "withdrawal_reason" IS NULL
                    OR char_length(btrim("withdrawal_reason")) BETWEEN 1 AND 1000
                ),
                CONSTRAINT "ck_participation_withdrawal" CHECK (
                    ("status" = 'WITHDRAWN') = (
                        "withdrawn_on" IS NOT NULL
                        AND "withdrawal_reason" IS NOT NULL
                    )
                ),
                CONSTRAINT "ck_participation_status" CHECK (
                    "status" IN (
                        'INVITED',
                        'WAITLISTED',
                        'ENROLLED',
                        'ACTIVE',
                        'COMPLETED',
                        'WITHDRAWN'
                    )
                ),
                CONSTRAINT "pk_participation" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_participation_network" ON "participation" ("network_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "participation_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "participation_id" uuid NOT NULL,
                "from_status" character varying(16),
                "to_status" character varying(16) NOT NULL,
                "changed_by_id" uuid,
                "seq" SERIAL NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reason" character varying(1000),
                CONSTRAINT "pk_participation_change" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_participation_change_participation" ON "participation_change" ("participation_id", "changed_at", "seq")
        `);
    await queryRunner.query(`
            ALTER TABLE "coordination"
            ADD CONSTRAINT "fk_coordination_network" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "coordination"
            ADD CONSTRAINT "fk_coordination_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participation"
            ADD CONSTRAINT "fk_participation_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participation"
            ADD CONSTRAINT "fk_participation_network" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participation_change"
            ADD CONSTRAINT "fk_participation_change_participation" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participation_change"
            ADD CONSTRAINT "fk_participation_change_changed_by" FOREIGN KEY ("changed_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "participation_change" DROP CONSTRAINT "fk_participation_change_changed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "participation_change" DROP CONSTRAINT "fk_participation_change_participation"
        `);
    await queryRunner.query(`
            ALTER TABLE "participation" DROP CONSTRAINT "fk_participation_network"
        `);
    await queryRunner.query(`
            ALTER TABLE "participation" DROP CONSTRAINT "fk_participation_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "coordination" DROP CONSTRAINT "fk_coordination_person"
        `);
    await queryRunner.query(`
            ALTER TABLE "coordination" DROP CONSTRAINT "fk_coordination_network"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_participation_change_participation"
        `);
    await queryRunner.query(`
            DROP TABLE "participation_change"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_participation_network"
        `);
    await queryRunner.query(`
            DROP TABLE "participation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_coordination_network"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_coordination_person"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_coordination_open"
        `);
    await queryRunner.query(`
            DROP TABLE "coordination"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_network_name"
        `);
    await queryRunner.query(`
            DROP TABLE "network"
        `);
  }
}
