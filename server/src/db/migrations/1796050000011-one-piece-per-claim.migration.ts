import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One library piece per claim, whoever offers it: the piece belongs to the reporter's member (their work and byline),
 * so a second offer from a co-sponsor or the topic's proposer would only duplicate it.
 */
export class OnePiecePerClaim1796050000011 implements MigrationInterface {
    name = 'OnePiecePerClaim1796050000011'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_resources_claim_owner"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_resources_source_claim" ON "resources" ("source_claim_id") WHERE source_claim_id IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_resources_source_claim"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_resources_claim_owner" ON "resources" ("source_claim_id", "owner_member_id") WHERE source_claim_id IS NOT NULL`);
    }
}
