import type { MigrationInterface, QueryRunner } from "typeorm";

/** Files attached to a claim's submission, and each person's bytes in the file store (the per-person storage quota). */
export class ClaimFiles1796200000000 implements MigrationInterface {
    name = 'ClaimFiles1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "files" ADD "claim_id" uuid`);
        await queryRunner.query(`ALTER TABLE "file_upload_slots" ADD "bytes_used" bigint NOT NULL DEFAULT '0'`);
        await queryRunner.query(`CREATE INDEX "idx_files_claim" ON "files"  ("claim_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "files" ADD CONSTRAINT "chk_files_one_attachment" CHECK ("evidence_id" IS NULL OR "claim_id" IS NULL)`);
        await queryRunner.query(`ALTER TABLE "file_upload_slots" ADD CONSTRAINT "chk_file_upload_slots_bytes" CHECK ("bytes_used" >= 0)`);
        await queryRunner.query(`ALTER TABLE "files" ADD CONSTRAINT "FK_d0807d120f71e99c03f761b35e5" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        // What everyone already keeps (finished files and uploads in progress) counts against the new quota.
        await queryRunner.query(`INSERT INTO "file_upload_slots" ("user_id", "in_progress", "bytes_used")
            SELECT "owner_id", 0, SUM("size") FROM "files" GROUP BY "owner_id"
            ON CONFLICT ("user_id") DO UPDATE SET "bytes_used" = EXCLUDED."bytes_used"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "FK_d0807d120f71e99c03f761b35e5"`);
        await queryRunner.query(`ALTER TABLE "file_upload_slots" DROP CONSTRAINT "chk_file_upload_slots_bytes"`);
        await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "chk_files_one_attachment"`);
        await queryRunner.query(`DROP INDEX "public"."idx_files_claim"`);
        await queryRunner.query(`ALTER TABLE "file_upload_slots" DROP COLUMN "bytes_used"`);
        await queryRunner.query(`ALTER TABLE "files" DROP COLUMN "claim_id"`);
    }

}
