import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795395597409 implements MigrationInterface {
  name = 'Identity1795395597409';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "person" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "email" character varying(254) NOT NULL,
                "preferred_language" character varying(2) NOT NULL DEFAULT 'de',
                "roles" character varying(32) array NOT NULL DEFAULT '{}',
                "last_signed_in_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_person_email" UNIQUE ("email"),
                CONSTRAINT "ck_person_roles" CHECK (
                    "roles" <@ ARRAY ['ADMIN', 'PROGRAM_MANAGER']::varchar []
                ),
                CONSTRAINT "ck_person_preferred_language" CHECK ("preferred_language" IN ('de', 'en')),
                CONSTRAINT "ck_person_email" CHECK (
                    "email" = lower(btrim("email"))
                    AND "email" LIKE '%_@_%'
                ),
                CONSTRAINT "ck_person_name" CHECK (
                    char_length(btrim("name")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "pk_person" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email_hash" character(64) NOT NULL,
                "ip" character varying(64) NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_sign_in_request" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_request_ip" ON "sign_in_request" ("ip", "requested_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_request_email" ON "sign_in_request" ("email_hash", "requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_sign_in_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "pk_sign_in_token" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_token_person" ON "sign_in_token" ("person_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "sign_in_token"
            ADD CONSTRAINT "fk_sign_in_token_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sign_in_token" DROP CONSTRAINT "fk_sign_in_token_person"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_token_person"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_request_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_request_ip"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_request"
        `);
    await queryRunner.query(`
            DROP TABLE "person"
        `);
  }
}
