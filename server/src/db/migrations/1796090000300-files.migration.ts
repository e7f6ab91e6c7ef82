import type { MigrationInterface, QueryRunner } from "typeorm";

/** Uploaded files (attachments, first for commitment evidence) and each person's uploads in progress. */
export class Files1796090000300 implements MigrationInterface {
    name = 'Files1796090000300'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "files" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "member_id" uuid NOT NULL, "original_name" character varying(255) NOT NULL, "declared_type" character varying(120) NOT NULL, "sniffed_type" character varying(120), "size" bigint NOT NULL, "storage_key" character varying(200) NOT NULL, "state" character varying(12) NOT NULL, "thumbnail" bytea, "has_thumbnail" boolean NOT NULL DEFAULT false, "evidence_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_files_state" CHECK ("state" IN ('UPLOADING', 'READY')), CONSTRAINT "PK_6c16b9093a142e0e7613b04a3d9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "idx_files_storage_key" ON "files"  ("storage_key") `);
        await queryRunner.query(`CREATE INDEX "idx_files_evidence" ON "files"  ("evidence_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "idx_files_owner_state" ON "files"  ("owner_id", "state") `);
        await queryRunner.query(`CREATE TABLE "file_upload_slots" ("user_id" uuid NOT NULL, "in_progress" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_file_upload_slots_in_progress" CHECK ("in_progress" >= 0), CONSTRAINT "PK_ff01695b2d7dce74f9e8a0694f2" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`ALTER TABLE "files" ADD CONSTRAINT "FK_4bc1db1f4f34ec9415acd88afdb" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "files" ADD CONSTRAINT "FK_cf385d63a2c2df1516b3d50ff61" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "files" ADD CONSTRAINT "FK_ea099e48bda5b6fe6c37925fd3a" FOREIGN KEY ("evidence_id") REFERENCES "commitment_evidence"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "file_upload_slots" ADD CONSTRAINT "FK_ff01695b2d7dce74f9e8a0694f2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "file_upload_slots" DROP CONSTRAINT "FK_ff01695b2d7dce74f9e8a0694f2"`);
        await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "FK_ea099e48bda5b6fe6c37925fd3a"`);
        await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "FK_cf385d63a2c2df1516b3d50ff61"`);
        await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "FK_4bc1db1f4f34ec9415acd88afdb"`);
        await queryRunner.query(`DROP TABLE "file_upload_slots"`);
        await queryRunner.query(`DROP INDEX "public"."idx_files_owner_state"`);
        await queryRunner.query(`DROP INDEX "public"."idx_files_evidence"`);
        await queryRunner.query(`DROP INDEX "public"."idx_files_storage_key"`);
        await queryRunner.query(`DROP TABLE "files"`);
    }

}
