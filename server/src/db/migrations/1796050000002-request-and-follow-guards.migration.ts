import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Guards the exchange relies on under concurrency: one open request per member and resource, one followed-piece
 * notification per person and piece, one follow digest per person and alliance day (several server copies run the job).
 */
export class RequestAndFollowGuards1796050000002 implements MigrationInterface {
    name = 'RequestAndFollowGuards1796050000002'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_resource_requests_open" ON "resource_requests" ("resource_id", "requester_member_id") WHERE state IN ('PENDING', 'APPROVED')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_followed_piece" ON "notifications" ("user_id", "resource_id") WHERE kind = 'FOLLOWED_PIECE'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_follow_digest" ON "notifications" ("user_id", ((timezone('Asia/Shanghai', "created_at"))::date)) WHERE kind = 'FOLLOW_DIGEST'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_follow_digest"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_followed_piece"`);
        await queryRunner.query(`DROP INDEX "public"."uq_resource_requests_open"`);
    }
}
