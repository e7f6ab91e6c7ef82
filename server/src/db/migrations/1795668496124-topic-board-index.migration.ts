import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TopicBoardIndex1795668496124 implements MigrationInterface {
    name = 'TopicBoardIndex1795668496124'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "idx_topics_created_id" ON "topics"  ("created_at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_topics_created_id"`);
    }

}
