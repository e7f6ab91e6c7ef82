import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The participation metrics read each ledger by the instant a row counts from (modules/participation/metric-sources.ts):
 * an index on that instant for each source, partial where the source reads one state only (accepted claims carry their
 * reporter, so the figure is read from the index alone). Members' last activity takes the latest row per member (or per
 * reporter) in one probe each: topics proposed, co-sponsorships joined, a reporter's claims (claimed or submitted),
 * publications recorded; the member's drill-downs walk the same indexes newest first.
 */
export class ParticipationSources1796090000200 implements MigrationInterface {
    name = 'ParticipationSources1796090000200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "idx_topics_proposed_at" ON "topics" ("proposed_at") `);
        await queryRunner.query(`CREATE INDEX "idx_topics_proposer_proposed" ON "topics" ("proposer_member_id", "proposed_at") `);
        await queryRunner.query(`CREATE INDEX "idx_topic_co_sponsors_joined" ON "topic_co_sponsors" ("joined_at") WHERE status = 'JOINED'`);
        await queryRunner.query(`CREATE INDEX "idx_topic_co_sponsors_member_joined" ON "topic_co_sponsors" ("member_id", "joined_at") WHERE status = 'JOINED'`);
        await queryRunner.query(`CREATE INDEX "idx_claims_accepted_decided" ON "claims" ("decided_at") INCLUDE ("reporter_id") WHERE state = 'ACCEPTED'`);
        await queryRunner.query(`CREATE INDEX "idx_claims_reporter_activity" ON "claims" ("reporter_id", (coalesce(submitted_at, claimed_at)))`);
        await queryRunner.query(`CREATE INDEX "idx_assignments_due" ON "assignments" ("due_at") `);
        await queryRunner.query(`CREATE INDEX "idx_publications_published" ON "publications" ("published_at") `);
        await queryRunner.query(`CREATE INDEX "idx_publications_member_created" ON "publications" ("member_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "idx_resource_requests_fulfilled" ON "resource_requests" ("fulfilled_at") WHERE state = 'FULFILLED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_resource_requests_fulfilled"`);
        await queryRunner.query(`DROP INDEX "public"."idx_publications_member_created"`);
        await queryRunner.query(`DROP INDEX "public"."idx_publications_published"`);
        await queryRunner.query(`DROP INDEX "public"."idx_assignments_due"`);
        await queryRunner.query(`DROP INDEX "public"."idx_claims_reporter_activity"`);
        await queryRunner.query(`DROP INDEX "public"."idx_claims_accepted_decided"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topic_co_sponsors_member_joined"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topic_co_sponsors_joined"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_proposer_proposed"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_proposed_at"`);
    }

}
