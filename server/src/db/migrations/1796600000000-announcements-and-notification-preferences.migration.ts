import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Announcements (公告) with the members they were addressed to and who of them read them; how each person wants each
 * kind of notification delivered (live, in the daily digest, or not at all), and notifications held for the digest.
 */
export class AnnouncementsAndNotificationPreferences1796600000000 implements MigrationInterface {
    name = 'AnnouncementsAndNotificationPreferences1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "announcements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(120) NOT NULL, "body" text NOT NULL, "important" boolean NOT NULL DEFAULT false, "audience" character varying(16) NOT NULL, "province_codes" jsonb NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'PUBLISHED', "posted_by_id" uuid, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_b3ad760876ff2e19d58e05dc8b0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_announcements_order" ON "announcements"  ("important", "posted_at", "id") `);
        await queryRunner.query(`CREATE TABLE "announcement_recipients" ("announcement_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_f9e4f5363e5b3b01fee2dd9eaa7" PRIMARY KEY ("announcement_id", "member_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_announcement_recipients_member" ON "announcement_recipients"  ("member_id") `);
        await queryRunner.query(`CREATE TABLE "announcement_reads" ("announcement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "member_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_633528237d6cee4418942ade0c6" PRIMARY KEY ("announcement_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_announcement_reads_member" ON "announcement_reads"  ("announcement_id", "member_id", "read_at") `);
        await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "delivery" character varying(8) NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "announcement_id" uuid`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "delivery" character varying(8) NOT NULL DEFAULT 'LIVE'`);
        await queryRunner.query(`ALTER TABLE "announcements" ADD CONSTRAINT "FK_da9e6be97e41321706fc17cea9c" FOREIGN KEY ("posted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "announcement_recipients" ADD CONSTRAINT "FK_6c7a363f423b03cebec9ca4fdfa" FOREIGN KEY ("announcement_id") REFERENCES "announcements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "announcement_recipients" ADD CONSTRAINT "FK_49e47153d1e4acf1ddcb73b774f" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "announcement_reads" ADD CONSTRAINT "FK_5c268ef658d17b1b8304459d655" FOREIGN KEY ("announcement_id") REFERENCES "announcements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "announcement_reads" ADD CONSTRAINT "FK_a70de57e88ed6bc0b8600a75f2c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "announcement_reads" ADD CONSTRAINT "FK_76d5bab6086bc87d4b8b43f54af" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
        await queryRunner.query(`ALTER TABLE "announcement_reads" DROP CONSTRAINT "FK_76d5bab6086bc87d4b8b43f54af"`);
        await queryRunner.query(`ALTER TABLE "announcement_reads" DROP CONSTRAINT "FK_a70de57e88ed6bc0b8600a75f2c"`);
        await queryRunner.query(`ALTER TABLE "announcement_reads" DROP CONSTRAINT "FK_5c268ef658d17b1b8304459d655"`);
        await queryRunner.query(`ALTER TABLE "announcement_recipients" DROP CONSTRAINT "FK_49e47153d1e4acf1ddcb73b774f"`);
        await queryRunner.query(`ALTER TABLE "announcement_recipients" DROP CONSTRAINT "FK_6c7a363f423b03cebec9ca4fdfa"`);
        await queryRunner.query(`ALTER TABLE "announcements" DROP CONSTRAINT "FK_da9e6be97e41321706fc17cea9c"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "delivery"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "announcement_id"`);
        await queryRunner.query(`DROP TABLE "notification_preferences"`);
        await queryRunner.query(`DROP INDEX "public"."idx_announcement_reads_member"`);
        await queryRunner.query(`DROP TABLE "announcement_reads"`);
        await queryRunner.query(`DROP INDEX "public"."idx_announcement_recipients_member"`);
        await queryRunner.query(`DROP TABLE "announcement_recipients"`);
        await queryRunner.query(`DROP INDEX "public"."idx_announcements_order"`);
        await queryRunner.query(`DROP TABLE "announcements"`);
    }
}
