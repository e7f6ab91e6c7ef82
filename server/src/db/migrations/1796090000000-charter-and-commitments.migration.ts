import type { MigrationInterface, QueryRunner } from "typeorm";

/** The charter's versions, participation periods, their commitments, per-member targets and evidence for manual commitments. */
export class CharterAndCommitments1796090000000 implements MigrationInterface {
    name = 'CharterAndCommitments1796090000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "charter_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "articles" jsonb NOT NULL, "change_note" character varying(1000) NOT NULL DEFAULT '', "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_5458b06a46fb6bc5b78cd7afeb4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "idx_charter_versions_version" ON "charter_versions"  ("version") `);
        await queryRunner.query(`CREATE TABLE "participation_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(8) NOT NULL, "year" integer NOT NULL, "quarter" smallint NOT NULL DEFAULT '0', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "opened_by_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_participation_periods_quarter" CHECK ((kind = 'YEAR' AND quarter = 0) OR (kind = 'QUARTER' AND quarter BETWEEN 1 AND 4)), CONSTRAINT "PK_2350f0fef26a26ad9ad15e5fc05" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_participation_periods_dates" ON "participation_periods"  ("starts_on", "ends_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "idx_participation_periods_unique" ON "participation_periods"  ("kind", "year", "quarter") `);
        await queryRunner.query(`CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "metric" character varying(32) NOT NULL, "title" character varying(120) NOT NULL, "description" character varying(1000) NOT NULL DEFAULT '', "default_target" integer NOT NULL, "weight" smallint NOT NULL DEFAULT '1', "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_commitments_target" CHECK (default_target >= 0), CONSTRAINT "chk_commitments_weight" CHECK (weight BETWEEN 1 AND 10), CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_commitments_period" ON "commitments"  ("period_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_commitments_measured_metric" ON "commitments" ("period_id", "metric") WHERE metric <> 'MANUAL'`);
        await queryRunner.query(`CREATE TABLE "commitment_targets" ("commitment_id" uuid NOT NULL, "member_id" uuid NOT NULL, "target" integer NOT NULL, CONSTRAINT "chk_commitment_targets_target" CHECK (target >= 0), CONSTRAINT "PK_0f38f251a563d136ea7e2152005" PRIMARY KEY ("commitment_id", "member_id"))`);
        await queryRunner.query(`CREATE TABLE "commitment_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "member_id" uuid NOT NULL, "submitted_by_id" uuid, "text" character varying(2000) NOT NULL, "links" character varying(500) array NOT NULL DEFAULT '{}', "state" character varying(12) NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" character varying(500), "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1677817ddd48ac3e7bff82afc5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_commitment_evidence_state" ON "commitment_evidence"  ("state", "created_at") `);
        await queryRunner.query(`CREATE INDEX "idx_commitment_evidence_commitment_member" ON "commitment_evidence"  ("commitment_id", "member_id", "state") `);
        await queryRunner.query(`ALTER TABLE "charter_versions" ADD CONSTRAINT "FK_bb5f4537984c5eb7d0b21c24b0e" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "participation_periods" ADD CONSTRAINT "FK_abc76b3f2daebef5fcd1ba64ed8" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitments" ADD CONSTRAINT "FK_f8b18f37bc25622bb3e7102c16d" FOREIGN KEY ("period_id") REFERENCES "participation_periods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_targets" ADD CONSTRAINT "FK_724662ccae249ce1abcc71af39e" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_targets" ADD CONSTRAINT "FK_feeb88c7f277ee0f4b407a3ad6a" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" ADD CONSTRAINT "FK_3721eaeafca4f1c16dd34c6ce36" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" ADD CONSTRAINT "FK_7b7ea0be79946e693b8598c6d7f" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" ADD CONSTRAINT "FK_72748ef5cc60e059020e9718d53" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" ADD CONSTRAINT "FK_fbc6ca45639527c7dfd4a1f23a0" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "commitment_evidence" DROP CONSTRAINT "FK_fbc6ca45639527c7dfd4a1f23a0"`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" DROP CONSTRAINT "FK_72748ef5cc60e059020e9718d53"`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" DROP CONSTRAINT "FK_7b7ea0be79946e693b8598c6d7f"`);
        await queryRunner.query(`ALTER TABLE "commitment_evidence" DROP CONSTRAINT "FK_3721eaeafca4f1c16dd34c6ce36"`);
        await queryRunner.query(`ALTER TABLE "commitment_targets" DROP CONSTRAINT "FK_feeb88c7f277ee0f4b407a3ad6a"`);
        await queryRunner.query(`ALTER TABLE "commitment_targets" DROP CONSTRAINT "FK_724662ccae249ce1abcc71af39e"`);
        await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_f8b18f37bc25622bb3e7102c16d"`);
        await queryRunner.query(`ALTER TABLE "participation_periods" DROP CONSTRAINT "FK_abc76b3f2daebef5fcd1ba64ed8"`);
        await queryRunner.query(`ALTER TABLE "charter_versions" DROP CONSTRAINT "FK_bb5f4537984c5eb7d0b21c24b0e"`);
        await queryRunner.query(`DROP INDEX "public"."idx_commitment_evidence_commitment_member"`);
        await queryRunner.query(`DROP INDEX "public"."idx_commitment_evidence_state"`);
        await queryRunner.query(`DROP TABLE "commitment_evidence"`);
        await queryRunner.query(`DROP TABLE "commitment_targets"`);
        await queryRunner.query(`DROP INDEX "public"."uq_commitments_measured_metric"`);
        await queryRunner.query(`DROP INDEX "public"."idx_commitments_period"`);
        await queryRunner.query(`DROP TABLE "commitments"`);
        await queryRunner.query(`DROP INDEX "public"."idx_participation_periods_unique"`);
        await queryRunner.query(`DROP INDEX "public"."idx_participation_periods_dates"`);
        await queryRunner.query(`DROP TABLE "participation_periods"`);
        await queryRunner.query(`DROP INDEX "public"."idx_charter_versions_version"`);
        await queryRunner.query(`DROP TABLE "charter_versions"`);
    }

}
