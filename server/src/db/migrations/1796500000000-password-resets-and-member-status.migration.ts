import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time password reset links (one per account, kept only as the SHA-256 of the secret) and why the secretariat
 * last suspended or reactivated a member.
 */
export class PasswordResetsAndMemberStatus1796500000000 implements MigrationInterface {
  name = 'PasswordResetsAndMemberStatus1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "issued_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f7a4c3bc48f24df007936d217be" UNIQUE ("user_id"), CONSTRAINT "UQ_323290a9239ad3d397ad78018ec" UNIQUE ("token_hash"), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "members" ADD "status_reason" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "members" ADD "status_changed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "FK_100ab06ae539fcfa5f4c600253c" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_100ab06ae539fcfa5f4c600253c"`);
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "status_changed_at"`);
    await queryRunner.query(`ALTER TABLE "members" DROP COLUMN "status_reason"`);
    await queryRunner.query(`DROP TABLE "password_resets"`);
  }
}
