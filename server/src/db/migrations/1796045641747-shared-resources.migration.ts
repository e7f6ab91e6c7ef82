import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Shared resources under the charter: the five-area exchange, the content library (embargo, reuse extras, feed
 * ingestion), resource requests with capacity per period, follows; republications join the publication ledger.
 */
export class SharedResources1796045641747 implements MigrationInterface {
    name = 'SharedResources1796045641747'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "member_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "url" character varying(500) NOT NULL, "title" character varying(200) NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "themes" character varying(24) array NOT NULL DEFAULT '{}', "next_poll_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_until" TIMESTAMP WITH TIME ZONE, "last_polled_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(500), "items_ingested" integer NOT NULL DEFAULT '0', "etag" character varying(200), "last_modified" character varying(100), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_376b1e7f7b93bbef7ca6bdadf0f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_member_feeds_due" ON "member_feeds"  ("active", "next_poll_at") `);
        await queryRunner.query(`CREATE INDEX "idx_member_feeds_member" ON "member_feeds"  ("member_id") `);
        await queryRunner.query(`CREATE TABLE "resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area" character varying(16) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'ACTIVE', "source" character varying(8) NOT NULL DEFAULT 'MANUAL', "owner_member_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "description" character varying(2000) NOT NULL, "terms" character varying(2000) NOT NULL DEFAULT '', "availability" character varying(500) NOT NULL DEFAULT '', "contact" character varying(200) NOT NULL DEFAULT '', "capacity_per_period" integer, "capacity_period" character varying(8), "themes" character varying(24) array NOT NULL DEFAULT '{}', "province_codes" character varying(6) array NOT NULL DEFAULT '{}', "cities" character varying(40) array NOT NULL DEFAULT '{}', "body" text NOT NULL DEFAULT '', "byline" character varying(120) NOT NULL DEFAULT '', "original_url" character varying(500), "media" jsonb NOT NULL DEFAULT '[]', "credit_line" character varying(200) NOT NULL DEFAULT '', "excluded_province_codes" character varying(6) array NOT NULL DEFAULT '{}', "no_resyndication" boolean NOT NULL DEFAULT false, "embargo_until" TIMESTAMP WITH TIME ZONE, "source_claim_id" uuid, "feed_id" uuid, "feed_item_key" character varying(500), "search_public" text NOT NULL DEFAULT '', "search_body" text NOT NULL DEFAULT '', "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_632484ab9dff41bba94f9b7c85e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_resources_owner_created" ON "resources"  ("owner_member_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "idx_resources_area_created" ON "resources"  ("area", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "followed_member_id" uuid, "keyword" character varying(30), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8988f607744e16ff79da3b8a627" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_follows_member" ON "follows"  ("followed_member_id") `);
        await queryRunner.query(`CREATE TABLE "resource_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "owner_member_id" uuid NOT NULL, "requester_member_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "state" character varying(12) NOT NULL, "note" character varying(1000) NOT NULL, "needed_on" date, "period_start" date, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(1000), "fulfilled_at" TIMESTAMP WITH TIME ZONE, "fulfillment_note" character varying(2000), "cancelled_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a6bd0748bed5f2ee77983c1530" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_resource_requests_requester" ON "resource_requests"  ("requester_member_id", "state", "created_at") `);
        await queryRunner.query(`CREATE INDEX "idx_resource_requests_owner" ON "resource_requests"  ("owner_member_id", "state", "created_at") `);
        await queryRunner.query(`CREATE INDEX "idx_resource_requests_resource" ON "resource_requests"  ("resource_id", "state") `);
        await queryRunner.query(`CREATE TABLE "resource_capacity_usage" ("resource_id" uuid NOT NULL, "period_start" date NOT NULL, "used" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_df66bc8c2b0555df0c1ac818892" PRIMARY KEY ("resource_id", "period_start"))`);
        await queryRunner.query(`ALTER TABLE "users" ADD "decides_resource_requests" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "publications" ADD "resource_id" uuid`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "resource_id" uuid`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "resource_request_id" uuid`);
        await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "claim_id" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "topic_id" DROP NOT NULL`);
        await queryRunner.query(`CREATE INDEX "idx_publications_member" ON "publications"  ("member_id") `);
        await queryRunner.query(`CREATE INDEX "idx_publications_resource" ON "publications"  ("resource_id", "published_at") `);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "chk_publications_one_source" CHECK ((claim_id IS NULL) <> (resource_id IS NULL))`);
        await queryRunner.query(`ALTER TABLE "member_feeds" ADD CONSTRAINT "FK_7257ad614cf90921dcbc085cb80" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "member_feeds" ADD CONSTRAINT "FK_eb77534c70d9fc5d9c72916eb11" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "FK_af71883dfbbd7b7766b8902dacc" FOREIGN KEY ("owner_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "FK_08a6953a0afd84b04e3560ceb22" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "FK_3b1876306e6e0a00191c038ff76" FOREIGN KEY ("feed_id") REFERENCES "member_feeds"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_1cfad81a930ebf1b3f42132a6c0" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_941d172275662c2b9d8b9f4270c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_d775ef47008856b7336b0a8ae73" FOREIGN KEY ("followed_member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resource_requests" ADD CONSTRAINT "FK_24f566e7b9e5fb6f76f5c482207" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resource_requests" ADD CONSTRAINT "FK_6a6e8547c28747640cd94f8abd1" FOREIGN KEY ("owner_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resource_requests" ADD CONSTRAINT "FK_504ac6cbcb2015c30c6ac7a71f7" FOREIGN KEY ("requester_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resource_requests" ADD CONSTRAINT "FK_30f81fbcfb0d2ace7af5e27ee00" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "resource_capacity_usage" ADD CONSTRAINT "FK_33385085763aca28fb12eaa8ad1" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // What TypeORM cannot express: GIN for array filters, trigram for search, partial and expression unique indexes, checks.
        await queryRunner.query(`CREATE INDEX "idx_resources_themes" ON "resources" USING gin ("themes")`);
        await queryRunner.query(`CREATE INDEX "idx_resources_province_codes" ON "resources" USING gin ("province_codes")`);
        await queryRunner.query(`CREATE INDEX "idx_resources_search_public_trgm" ON "resources" USING gin ("search_public" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "idx_resources_search_body_trgm" ON "resources" USING gin ("search_body" gin_trgm_ops)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_resources_feed_item" ON "resources" ("feed_id", "feed_item_key") WHERE feed_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_resources_claim_owner" ON "resources" ("source_claim_id", "owner_member_id") WHERE source_claim_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_follows_user_target" ON "follows" ("user_id", "kind", (coalesce("followed_member_id"::text, "keyword")))`);
        await queryRunner.query(`ALTER TABLE "resources" ADD CONSTRAINT "chk_resources_capacity" CHECK ((capacity_per_period IS NULL) = (capacity_period IS NULL) AND (capacity_per_period IS NULL OR capacity_per_period > 0))`);
        await queryRunner.query(`ALTER TABLE "resource_capacity_usage" ADD CONSTRAINT "chk_resource_capacity_usage_used" CHECK (used >= 0)`);
        await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "chk_follows_target" CHECK ((kind = 'MEMBER' AND followed_member_id IS NOT NULL AND keyword IS NULL) OR (kind = 'KEYWORD' AND keyword IS NOT NULL AND followed_member_id IS NULL))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "chk_follows_target"`);
        await queryRunner.query(`ALTER TABLE "resource_capacity_usage" DROP CONSTRAINT "chk_resource_capacity_usage_used"`);
        await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "chk_resources_capacity"`);
        await queryRunner.query(`DROP INDEX "public"."uq_follows_user_target"`);
        await queryRunner.query(`DROP INDEX "public"."uq_resources_claim_owner"`);
        await queryRunner.query(`DROP INDEX "public"."uq_resources_feed_item"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resources_search_body_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resources_search_public_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resources_province_codes"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resources_themes"`);
        await queryRunner.query(`ALTER TABLE "resource_capacity_usage" DROP CONSTRAINT "FK_33385085763aca28fb12eaa8ad1"`);
        await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "FK_30f81fbcfb0d2ace7af5e27ee00"`);
        await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "FK_504ac6cbcb2015c30c6ac7a71f7"`);
        await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "FK_6a6e8547c28747640cd94f8abd1"`);
        await queryRunner.query(`ALTER TABLE "resource_requests" DROP CONSTRAINT "FK_24f566e7b9e5fb6f76f5c482207"`);
        await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_d775ef47008856b7336b0a8ae73"`);
        await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_941d172275662c2b9d8b9f4270c"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_1cfad81a930ebf1b3f42132a6c0"`);
        await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "FK_3b1876306e6e0a00191c038ff76"`);
        await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "FK_08a6953a0afd84b04e3560ceb22"`);
        await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "FK_af71883dfbbd7b7766b8902dacc"`);
        await queryRunner.query(`ALTER TABLE "member_feeds" DROP CONSTRAINT "FK_eb77534c70d9fc5d9c72916eb11"`);
        await queryRunner.query(`ALTER TABLE "member_feeds" DROP CONSTRAINT "FK_7257ad614cf90921dcbc085cb80"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "chk_publications_one_source"`);
        await queryRunner.query(`DROP INDEX "public"."idx_publications_resource"`);
        await queryRunner.query(`DROP INDEX "public"."idx_publications_member"`);
        await queryRunner.query(`DELETE FROM "publications" WHERE "claim_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "topic_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "claim_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "resource_request_id"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "resource_id"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "resource_id"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "decides_resource_requests"`);
        await queryRunner.query(`DROP TABLE "resource_capacity_usage"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resource_requests_resource"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resource_requests_owner"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resource_requests_requester"`);
        await queryRunner.query(`DROP TABLE "resource_requests"`);
        await queryRunner.query(`DROP INDEX "public"."idx_follows_member"`);
        await queryRunner.query(`DROP TABLE "follows"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resources_area_created"`);
        await queryRunner.query(`DROP INDEX "public"."idx_resources_owner_created"`);
        await queryRunner.query(`DROP TABLE "resources"`);
        await queryRunner.query(`DROP INDEX "public"."idx_member_feeds_member"`);
        await queryRunner.query(`DROP INDEX "public"."idx_member_feeds_due"`);
        await queryRunner.query(`DROP TABLE "member_feeds"`);
    }

}
