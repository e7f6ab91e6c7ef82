import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installRollupSql, uninstallRollupSql } from '../../modules/participation/participation-rollup';

/**
 * The participation rollup (modules/participation/participation-rollup.ts): facts per source row (and each member's and
 * reporter's latest activity), counters per member and alliance day and month, the triggers that keep them exact in the transaction of every ledger change, and a
 * backfill from the ledgers. The functions are generated from the metric sources: a later change to a source installs
 * them again in its own migration and rebuilds.
 */
export class ParticipationRollup1796090000400 implements MigrationInterface {
  name = 'ParticipationRollup1796090000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "participation_facts" ("metric" character varying(32) NOT NULL, "entity_id" uuid NOT NULL, "member_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "on_time" boolean NOT NULL, CONSTRAINT "PK_participation_facts" PRIMARY KEY ("metric", "entity_id", "member_id"))`,
    );
    // Today's part of the on-time rate: what fell due since midnight.
    await queryRunner.query(`CREATE INDEX "idx_participation_facts_due" ON "participation_facts" ("at") INCLUDE ("member_id", "on_time") WHERE metric = 'ON_TIME_RATE'`);
    // A member's last activity: the latest of its own row and its reporters' rows.
    await queryRunner.query(`CREATE INDEX "idx_participation_facts_activity" ON "participation_facts" ("member_id", "at") WHERE metric IN ('MEMBER_ACTIVITY', 'REPORTER_ACTIVITY')`);
    for (const [table, unit] of [
      ['participation_daily', 'day'],
      ['participation_monthly', 'month'],
    ] as const) {
      await queryRunner.query(
        `CREATE TABLE "${table}" ("metric" character varying(32) NOT NULL, "${unit}" date NOT NULL, "member_id" uuid NOT NULL, "n" integer NOT NULL, "on_time" integer NOT NULL, CONSTRAINT "PK_${table}" PRIMARY KEY ("metric", "${unit}", "member_id"))`,
      );
    }
    for (const statement of installRollupSql()) await queryRunner.query(statement);
    // Reads every ledger once: at national scale (1M assignments) about a minute, so run with DB_STATEMENT_TIMEOUT_MS raised.
    await queryRunner.query(`SELECT participation_rollup_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of uninstallRollupSql()) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE "participation_monthly"`);
    await queryRunner.query(`DROP TABLE "participation_daily"`);
    await queryRunner.query(`DROP TABLE "participation_facts"`);
  }
}
