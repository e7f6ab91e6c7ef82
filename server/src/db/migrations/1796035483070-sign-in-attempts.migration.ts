import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password-check budgets (sign-in throttling without Redis): one row per account or client address,
 * counting the checks reserved in the current window (`attempts`) and those still being verified
 * (`pending`). Shared by every server copy on one database.
 * No entity maps it: the throttle reads and writes it with guarded SQL only.
 */
export class SignInAttempts1796035483070 implements MigrationInterface {
  name = 'SignInAttempts1796035483070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempts" (
        "key" character varying(400) NOT NULL,
        "attempts" integer NOT NULL,
        "pending" integer NOT NULL DEFAULT 0,
        "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_sign_in_attempts" PRIMARY KEY ("key"),
        CONSTRAINT "CHK_sign_in_attempts_count" CHECK ("attempts" >= 0 AND "pending" >= 0)
      )`,
    );
    await queryRunner.query(`CREATE INDEX "idx_sign_in_attempts_window" ON "sign_in_attempts" ("window_ends_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_sign_in_attempts_window"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempts"`);
  }
}
