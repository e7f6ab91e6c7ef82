import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installRollupSql } from '../../modules/participation/participation-rollup';

/** SLOT_HOLDING_CLAIM_STATES (shared/src/coverage.ts) before and after this migration: one live claim or offer per reporter and assignment. */
const HOLDING_BEFORE = `'CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED'`;
const HOLDING_AFTER = `'OFFERED', 'CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED'`;

/**
 * Offering a slot to a named reporter: an offer is a claim row in state OFFERED (it reserves the slot through the same
 * guarded claimed_count UPDATE a claim uses), with who offered it and when, and the reporter's reason when declining.
 * The participation sources now leave offers that never became claims out (on-time rate, reporter activity): the
 * rollup's functions are installed again from them and rebuilt.
 */
export class SlotOffers1796400000000 implements MigrationInterface {
  name = 'SlotOffers1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "claims" ADD "offered_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "claims" ADD "offered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "claims" ADD "decline_reason" character varying(500)`);
    await queryRunner.query(`CREATE INDEX "idx_claims_offered_by" ON "claims" ("offered_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "claims" ADD CONSTRAINT "FK_0e90fe444225afddbafcf251078" FOREIGN KEY ("offered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_claims_live_reporter"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_claims_live_reporter" ON "claims" ("assignment_id", "reporter_id") WHERE state IN (${HOLDING_AFTER})`);
    for (const statement of installRollupSql()) await queryRunner.query(statement);
    await queryRunner.query(`SELECT participation_rollup_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Open offers give their slots back; offers (open or answered) become cancelled claims, a state the older code knows.
    await queryRunner.query(
      `UPDATE assignments a SET claimed_count = a.claimed_count - o.n
         FROM (SELECT assignment_id, count(*)::int AS n FROM claims WHERE state = 'OFFERED' GROUP BY assignment_id) o
        WHERE a.id = o.assignment_id`,
    );
    await queryRunner.query(`UPDATE claims SET state = 'CANCELLED' WHERE state IN ('OFFERED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(`DROP INDEX "public"."uq_claims_live_reporter"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_claims_live_reporter" ON "claims" ("assignment_id", "reporter_id") WHERE state IN (${HOLDING_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_0e90fe444225afddbafcf251078"`);
    await queryRunner.query(`DROP INDEX "public"."idx_claims_offered_by"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP COLUMN "decline_reason"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP COLUMN "offered_at"`);
    await queryRunner.query(`ALTER TABLE "claims" DROP COLUMN "offered_by_id"`);
    for (const statement of installRollupSql()) await queryRunner.query(statement);
    await queryRunner.query(`SELECT participation_rollup_rebuild()`);
  }
}
