import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cohorts1795394456842 implements MigrationInterface {
  name = 'Cohorts1795394456842';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "programme" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "time_zone" character varying(64) NOT NULL,
                "default_language" character varying(2) NOT NULL DEFAULT 'de',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_programme_name" UNIQUE ("name"),
                CONSTRAINT "ck_programme_default_language" CHECK ("default_language" IN ('de', 'en')),
                CONSTRAINT "ck_programme_name" CHECK (
                    char_length(btrim("name")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_programme" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cohort" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "capacity" integer NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PLANNED',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_cohort_programme_number" UNIQUE ("programme_id", "number"),
                CONSTRAINT "ck_cohort_status" CHECK (
                    "status" IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')
                ),
                CONSTRAINT "ck_cohort_capacity" CHECK ("capacity" >= 1),
                CONSTRAINT "ck_cohort_period" CHECK ("end_date" >= "start_date"),
                CONSTRAINT "ck_cohort_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "ck_cohort_number" CHECK ("number" >= 1),
                CONSTRAINT "pk_cohort" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "cohort"
            ADD CONSTRAINT "fk_cohort_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cohort" DROP CONSTRAINT "fk_cohort_programme"
        `);
    await queryRunner.query(`
            DROP TABLE "cohort"
        `);
    await queryRunner.query(`
            DROP TABLE "programme"
        `);
  }
}
