import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a topic was first proposed: what makes it readable alliance-wide. A draft cancelled without ever being
 * proposed stays its member's. Existing topics count as proposed unless they are drafts, or cancelled drafts
 * (cancelled with no `topic.propose` in the audit log).
 */
export class TopicProposedAt1796041000000 implements MigrationInterface {
  name = 'TopicProposedAt1796041000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "topics" ADD "proposed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "topics" t SET "proposed_at" = t."created_at"
        WHERE t."state" <> 'DRAFT'
          AND (t."state" <> 'CANCELLED'
               OR EXISTS (SELECT 1 FROM "audit_log" a WHERE a."entity_type" = 'topic' AND a."entity_id" = t."id"::text AND a."action" = 'topic.propose'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "topics" DROP COLUMN "proposed_at"`);
  }
}
