import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in links are pruned a day after they expire (an index for that); request counts now
 * store an HMAC of the address instead of its plain SHA-256, so the old rows (at most 15
 * minutes of rate-limit history) are dropped rather than kept in the guessable form.
 */
export class SignInTokenExpiry1796155673217 implements MigrationInterface {
  name = 'SignInTokenExpiry1796155673217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DELETE FROM "sign_in_request"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_token_expires_at" ON "sign_in_token" ("expires_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_token_expires_at"
        `);
  }
}
