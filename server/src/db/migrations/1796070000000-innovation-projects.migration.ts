import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Innovation projects: yearly rounds with their criteria and panel, members' projects, the per-member limit held by a
 * guarded counter, and the panellists' scores. Notifications name the round they are about.
 */
export class InnovationProjects1796070000000 implements MigrationInterface {
    name = 'InnovationProjects1796070000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "innovation_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(120) NOT NULL, "year" integer NOT NULL, "criteria" jsonb NOT NULL, "submissions_close_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(12) NOT NULL, "opened_by_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4785051e35963509cd64072fde1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_innovation_rounds_year" ON "innovation_rounds"  ("year", "created_at") `);
        await queryRunner.query(`CREATE TABLE "innovation_panellists" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92c21c53a58726314390e150aa5" PRIMARY KEY ("round_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_innovation_panellists_user" ON "innovation_panellists"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "innovation_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "member_id" uuid NOT NULL, "submitted_by_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "category" character varying(12) NOT NULL, "summary" character varying(2000) NOT NULL, "results" character varying(4000), "links" jsonb NOT NULL DEFAULT '[]', "media" jsonb NOT NULL DEFAULT '[]', "status" character varying(12) NOT NULL, "award" character varying(12), "average_score" numeric(7,2), "rank" integer, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d810e7b7e37c1b078af309d2d4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_innovation_projects_member" ON "innovation_projects"  ("member_id", "round_id") `);
        await queryRunner.query(`CREATE INDEX "idx_innovation_projects_round" ON "innovation_projects"  ("round_id", "status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "innovation_member_quota" ("round_id" uuid NOT NULL, "member_id" uuid NOT NULL, "used" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_innovation_member_quota_used" CHECK (used >= 0), CONSTRAINT "PK_007588a5cf0a0e4c51854420a09" PRIMARY KEY ("round_id", "member_id"))`);
        await queryRunner.query(`CREATE TABLE "innovation_scores" ("project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "round_id" uuid NOT NULL, "scores" jsonb NOT NULL, "total" integer NOT NULL, "comment" character varying(1000), "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_688d1f1555573bfb89baa575986" PRIMARY KEY ("project_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_innovation_scores_user" ON "innovation_scores"  ("user_id") `);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "innovation_round_id" uuid`);
        await queryRunner.query(`ALTER TABLE "innovation_rounds" ADD CONSTRAINT "FK_2ad41e474d6298f815d1e5faa44" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_panellists" ADD CONSTRAINT "FK_d4ce6957c9d1af28a381707ffbf" FOREIGN KEY ("round_id") REFERENCES "innovation_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_panellists" ADD CONSTRAINT "FK_af56e35447ddb73c0a3e64f93ac" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_projects" ADD CONSTRAINT "FK_91fff2c12bdf8b383cd213b9d31" FOREIGN KEY ("round_id") REFERENCES "innovation_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_projects" ADD CONSTRAINT "FK_66d1c93cdcd90006b791a471417" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_projects" ADD CONSTRAINT "FK_1c125901f8cff2bbfa2cb9c6a83" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_member_quota" ADD CONSTRAINT "FK_8444857049d052499e6966b816a" FOREIGN KEY ("round_id") REFERENCES "innovation_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_member_quota" ADD CONSTRAINT "FK_ef4f1989854e727cbdbfe5e1f69" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_scores" ADD CONSTRAINT "FK_8eb6da68789272c612959371829" FOREIGN KEY ("project_id") REFERENCES "innovation_projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "innovation_scores" ADD CONSTRAINT "FK_d71973e1199a8d91b81f4b75e98" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "innovation_scores" DROP CONSTRAINT "FK_d71973e1199a8d91b81f4b75e98"`);
        await queryRunner.query(`ALTER TABLE "innovation_scores" DROP CONSTRAINT "FK_8eb6da68789272c612959371829"`);
        await queryRunner.query(`ALTER TABLE "innovation_member_quota" DROP CONSTRAINT "FK_ef4f1989854e727cbdbfe5e1f69"`);
        await queryRunner.query(`ALTER TABLE "innovation_member_quota" DROP CONSTRAINT "FK_8444857049d052499e6966b816a"`);
        await queryRunner.query(`ALTER TABLE "innovation_projects" DROP CONSTRAINT "FK_1c125901f8cff2bbfa2cb9c6a83"`);
        await queryRunner.query(`ALTER TABLE "innovation_projects" DROP CONSTRAINT "FK_66d1c93cdcd90006b791a471417"`);
        await queryRunner.query(`ALTER TABLE "innovation_projects" DROP CONSTRAINT "FK_91fff2c12bdf8b383cd213b9d31"`);
        await queryRunner.query(`ALTER TABLE "innovation_panellists" DROP CONSTRAINT "FK_af56e35447ddb73c0a3e64f93ac"`);
        await queryRunner.query(`ALTER TABLE "innovation_panellists" DROP CONSTRAINT "FK_d4ce6957c9d1af28a381707ffbf"`);
        await queryRunner.query(`ALTER TABLE "innovation_rounds" DROP CONSTRAINT "FK_2ad41e474d6298f815d1e5faa44"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "innovation_round_id"`);
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_scores_user"`);
        await queryRunner.query(`DROP TABLE "innovation_scores"`);
        await queryRunner.query(`DROP TABLE "innovation_member_quota"`);
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_projects_round"`);
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_projects_member"`);
        await queryRunner.query(`DROP TABLE "innovation_projects"`);
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_panellists_user"`);
        await queryRunner.query(`DROP TABLE "innovation_panellists"`);
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_rounds_year"`);
        await queryRunner.query(`DROP TABLE "innovation_rounds"`);
    }
}
