import { MigrationInterface, QueryRunner } from 'typeorm';

/** Programme names are unique regardless of case, like network names. */
export class ProgrammeNameAnyCase1796595665026 implements MigrationInterface {
  name = 'ProgrammeNameAnyCase1796595665026';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "uq_programme_name"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_programme_name" ON "programme" (lower("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_programme_name"`);
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "uq_programme_name" UNIQUE ("name")`,
    );
  }
}
