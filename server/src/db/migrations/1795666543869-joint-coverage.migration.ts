import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JointCoverage1795666543869 implements MigrationInterface {
    name = 'JointCoverage1795666543869'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(80) NOT NULL, "brief" text NOT NULL, "themes" character varying(20) array NOT NULL, "province_codes" character varying(6) array NOT NULL, "cities" character varying(40) array NOT NULL, "window_start" date NOT NULL, "window_end" date NOT NULL, "target_channels" character varying(16) array NOT NULL, "state" character varying(16) NOT NULL, "proposer_member_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "rejection_reason" character varying(500), "cancel_reason" character varying(500), "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4aa99a3fa60ec3a37d1fc4e853" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_topics_window" ON "topics"  ("window_start", "window_end") `);
        await queryRunner.query(`CREATE INDEX "idx_topics_proposer" ON "topics"  ("proposer_member_id") `);
        await queryRunner.query(`CREATE INDEX "idx_topics_state_created" ON "topics"  ("state", "created_at") `);
        await queryRunner.query(`CREATE TABLE "topic_co_sponsors" ("topic_id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" character varying(8) NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "joined_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d15055d0df92ddb9a485f64cb8" PRIMARY KEY ("topic_id", "member_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_topic_co_sponsors_member" ON "topic_co_sponsors"  ("member_id", "status") `);
        await queryRunner.query(`CREATE TABLE "topic_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e169c3d36b56d2af7ae6229352" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_topic_comments_topic" ON "topic_comments"  ("topic_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "title" character varying(80) NOT NULL, "brief" text NOT NULL DEFAULT '', "format" character varying(8) NOT NULL, "location_member_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "slots" smallint NOT NULL, "claimed_count" smallint NOT NULL DEFAULT '0', "status" character varying(12) NOT NULL DEFAULT 'OPEN', "created_by_id" uuid NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_assignments_format" ON "assignments"  ("format", "due_at") `);
        await queryRunner.query(`CREATE INDEX "idx_assignments_location" ON "assignments"  ("location_member_id") `);
        await queryRunner.query(`CREATE INDEX "idx_assignments_topic" ON "assignments"  ("topic_id") `);
        await queryRunner.query(`CREATE INDEX "idx_assignments_open_due" ON "assignments"  ("status", "due_at") `);
        await queryRunner.query(`CREATE TABLE "claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "state" character varying(20) NOT NULL, "submission_text" text, "submission_links" character varying(500) array NOT NULL DEFAULT '{}', "review_comment" character varying(2000), "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96c91970c0dcb2f69fdccd0a698" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_claims_reporter" ON "claims"  ("reporter_id", "state") `);
        await queryRunner.query(`CREATE INDEX "idx_claims_assignment" ON "claims"  ("assignment_id", "state") `);
        await queryRunner.query(`CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "member_id" uuid NOT NULL, "channel" character varying(16) NOT NULL, "url" character varying(500) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "views" bigint NOT NULL DEFAULT '0', "shares" integer NOT NULL DEFAULT '0', "likes" integer NOT NULL DEFAULT '0', "recorded_by_id" uuid NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_publications_topic" ON "publications"  ("topic_id") `);
        await queryRunner.query(`CREATE INDEX "idx_publications_claim" ON "publications"  ("claim_id") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "actor_id" uuid, "topic_id" uuid, "assignment_id" uuid, "claim_id" uuid, "detail" character varying(2000), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_notifications_user_created" ON "notifications"  ("user_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "users" ADD "ics_token_hash" character(64)`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "UQ_cad0d9e6c40ba8b5a79c0157e1d" UNIQUE ("ics_token_hash")`);
        await queryRunner.query(`ALTER TABLE "topics" ADD CONSTRAINT "FK_ef8d7f09a6902d86b6ba8f84839" FOREIGN KEY ("proposer_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "topics" ADD CONSTRAINT "FK_faa229db828ce8eb07642c891d9" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "topic_co_sponsors" ADD CONSTRAINT "FK_41860bea17718c6bdc6702f9a25" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "topic_co_sponsors" ADD CONSTRAINT "FK_93028717e71c23f81d7c1a8c04c" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "topic_comments" ADD CONSTRAINT "FK_d03071146e43c39f28d7ab0f00a" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "topic_comments" ADD CONSTRAINT "FK_d4c7af33e7aa42095dbe6d80a5e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "FK_37b452f4e7d9b5fd17581999c6c" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "FK_8e5d1f33d21caf7ccf0152acdb4" FOREIGN KEY ("location_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "FK_fb280a865b6b9eb71d7da1b1e41" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_735eedde3d7479087ca19c0602c" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "claims" ADD CONSTRAINT "FK_88541ce4800691f38efe7c6f955" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_ca79e33aa62297aab7a405e9121" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_b3c35198c1ada39ab9a444a08c6" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "publications" ADD CONSTRAINT "FK_23d0d3c4f4838dff3705e1dc508" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Indexes TypeORM cannot express: GIN for array filters, trigram for title search, partial ones.
        await queryRunner.query(`CREATE INDEX "idx_topics_province_codes" ON "topics" USING gin ("province_codes")`);
        await queryRunner.query(`CREATE INDEX "idx_topics_themes" ON "topics" USING gin ("themes")`);
        await queryRunner.query(`CREATE INDEX "idx_topics_title_trgm" ON "topics" USING gin ((lower(title)) gin_trgm_ops)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_claims_live_reporter" ON "claims" ("assignment_id", "reporter_id") WHERE state IN ('CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED')`);
        await queryRunner.query(`CREATE INDEX "idx_notifications_user_unread" ON "notifications" ("user_id") WHERE read_at IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_due_soon" ON "notifications" ("claim_id") WHERE kind = 'DUE_SOON'`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "chk_assignments_slots" CHECK (claimed_count >= 0 AND claimed_count <= slots)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "chk_assignments_slots"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_due_soon"`);
        await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_unread"`);
        await queryRunner.query(`DROP INDEX "public"."uq_claims_live_reporter"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_title_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_themes"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_province_codes"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_23d0d3c4f4838dff3705e1dc508"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_b3c35198c1ada39ab9a444a08c6"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_ca79e33aa62297aab7a405e9121"`);
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_88541ce4800691f38efe7c6f955"`);
        await queryRunner.query(`ALTER TABLE "claims" DROP CONSTRAINT "FK_735eedde3d7479087ca19c0602c"`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_fb280a865b6b9eb71d7da1b1e41"`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_8e5d1f33d21caf7ccf0152acdb4"`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_37b452f4e7d9b5fd17581999c6c"`);
        await queryRunner.query(`ALTER TABLE "topic_comments" DROP CONSTRAINT "FK_d4c7af33e7aa42095dbe6d80a5e"`);
        await queryRunner.query(`ALTER TABLE "topic_comments" DROP CONSTRAINT "FK_d03071146e43c39f28d7ab0f00a"`);
        await queryRunner.query(`ALTER TABLE "topic_co_sponsors" DROP CONSTRAINT "FK_93028717e71c23f81d7c1a8c04c"`);
        await queryRunner.query(`ALTER TABLE "topic_co_sponsors" DROP CONSTRAINT "FK_41860bea17718c6bdc6702f9a25"`);
        await queryRunner.query(`ALTER TABLE "topics" DROP CONSTRAINT "FK_faa229db828ce8eb07642c891d9"`);
        await queryRunner.query(`ALTER TABLE "topics" DROP CONSTRAINT "FK_ef8d7f09a6902d86b6ba8f84839"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "UQ_cad0d9e6c40ba8b5a79c0157e1d"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "ics_token_hash"`);
        await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_created"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."idx_publications_claim"`);
        await queryRunner.query(`DROP INDEX "public"."idx_publications_topic"`);
        await queryRunner.query(`DROP TABLE "publications"`);
        await queryRunner.query(`DROP INDEX "public"."idx_claims_assignment"`);
        await queryRunner.query(`DROP INDEX "public"."idx_claims_reporter"`);
        await queryRunner.query(`DROP TABLE "claims"`);
        await queryRunner.query(`DROP INDEX "public"."idx_assignments_open_due"`);
        await queryRunner.query(`DROP INDEX "public"."idx_assignments_topic"`);
        await queryRunner.query(`DROP INDEX "public"."idx_assignments_location"`);
        await queryRunner.query(`DROP INDEX "public"."idx_assignments_format"`);
        await queryRunner.query(`DROP TABLE "assignments"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topic_comments_topic"`);
        await queryRunner.query(`DROP TABLE "topic_comments"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topic_co_sponsors_member"`);
        await queryRunner.query(`DROP TABLE "topic_co_sponsors"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_state_created"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_proposer"`);
        await queryRunner.query(`DROP INDEX "public"."idx_topics_window"`);
        await queryRunner.query(`DROP TABLE "topics"`);
    }

}
