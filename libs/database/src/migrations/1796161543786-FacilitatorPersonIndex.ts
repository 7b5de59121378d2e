import { MigrationInterface, QueryRunner } from 'typeorm';

export class FacilitatorPersonIndex1796161543786 implements MigrationInterface {
  name = 'FacilitatorPersonIndex1796161543786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_workshop_facilitator_person" ON "workshop_facilitator" ("person_id") WHERE "person_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_workshop_facilitator_person"`);
  }
}
