import type { MigrationInterface, QueryRunner } from "typeorm";

/** A notification may point at the commitment evidence it is about (the secretariat verified or rejected it). */
export class NotificationEvidence1796090000100 implements MigrationInterface {
    name = 'NotificationEvidence1796090000100'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" ADD "commitment_evidence_id" uuid`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "commitment_evidence_id"`);
    }

}
