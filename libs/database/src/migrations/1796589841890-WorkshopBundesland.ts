import { MigrationInterface, QueryRunner } from 'typeorm';

/** The Bundesland of a workshop's place, whose public holidays planning avoids. */
export class WorkshopBundesland1796589841890 implements MigrationInterface {
  name = 'WorkshopBundesland1796589841890';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workshop" ADD "bundesland" character varying(32)`);
    await queryRunner.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "ck_workshop_bundesland" CHECK ("bundesland" IS NULL OR "bundesland" IN ('BADEN_WUERTTEMBERG', 'BAYERN', 'BERLIN', 'BRANDENBURG', 'BREMEN', 'HAMBURG', 'HESSEN', 'MECKLENBURG_VORPOMMERN', 'NIEDERSACHSEN', 'NORDRHEIN_WESTFALEN', 'RHEINLAND_PFALZ', 'SAARLAND', 'SACHSEN', 'SACHSEN_ANHALT', 'SCHLESWIG_HOLSTEIN', 'THUERINGEN'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "ck_workshop_bundesland"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP COLUMN "bundesland"`);
  }
}
