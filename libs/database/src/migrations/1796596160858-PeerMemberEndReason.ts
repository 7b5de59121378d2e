import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a peer-group membership ended, when not by a program manager ("person erased"). */
export class PeerMemberEndReason1796596160858 implements MigrationInterface {
  name = 'PeerMemberEndReason1796596160858';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "peer_group_member" ADD "end_reason" character varying(200)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "peer_group_member" DROP COLUMN "end_reason"
        `);
  }
}
