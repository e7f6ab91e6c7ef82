import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795663352916 implements MigrationInterface {
    name = 'InitialSchema1795663352916'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE TABLE "provinces" ("code" character varying(6) NOT NULL, "name_zh" character varying(20) NOT NULL, "name_en" character varying(40) NOT NULL, "river_order" smallint NOT NULL, CONSTRAINT "UQ_ed12b6fb2986792a002a13f969c" UNIQUE ("river_order"), CONSTRAINT "PK_f4b684af62d5cb3aa174f6b9b8a" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(40) NOT NULL, "name_zh" character varying(80) NOT NULL, "name_en" character varying(80) NOT NULL, "city_zh" character varying(40) NOT NULL, "city_en" character varying(40) NOT NULL, "province_code" character varying(6) NOT NULL, "outlet_kind" character varying(32) NOT NULL, "alliance_role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'ACTIVE', "joined_on" date NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "channels" jsonb NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_9428057aa473252c5e4d3d02bbf" UNIQUE ("slug"), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_members_province_slug" ON "members"  ("province_code", "slug") `);
        await queryRunner.query(`CREATE INDEX "idx_members_search_trgm" ON "members" USING gin ((lower(name_zh || ' ' || name_en || ' ' || city_zh || ' ' || city_en || ' ' || slug)) gin_trgm_ops)`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(60) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(16) NOT NULL, "locale" character varying(8) NOT NULL DEFAULT 'zh-CN', "active" boolean NOT NULL DEFAULT true, "member_id" uuid NOT NULL, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_users_member_role" ON "users"  ("member_id", "role") `);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_member_id" uuid, "action" character varying(64) NOT NULL, "entity_type" character varying(32) NOT NULL, "entity_id" character varying(64) NOT NULL, "before" jsonb, "after" jsonb, "request_id" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_audit_log_at" ON "audit_log"  ("at") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id") `);
        // The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
        await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
        await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
        await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_sessions_user_active" ON "sessions"  ("user_id", "revoked_at") `);
        await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "FK_b93a8fe05750bf9112257ac4802" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_930e69d96a9cf9bdc32b7a49db1" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_930e69d96a9cf9bdc32b7a49db1"`);
        await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "FK_b93a8fe05750bf9112257ac4802"`);
        await queryRunner.query(`DROP INDEX "public"."idx_sessions_user_active"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_entity"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_at"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
        await queryRunner.query(`DROP INDEX "public"."idx_users_member_role"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."idx_members_search_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."idx_members_province_slug"`);
        await queryRunner.query(`DROP TABLE "members"`);
        await queryRunner.query(`DROP TABLE "provinces"`);
    }

}
