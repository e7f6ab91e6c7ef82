import type { MigrationInterface, QueryRunner } from "typeorm";

/** The secretariat reads the audit log newest first by member, by person or by kind: an index for each. */
export class AuditLogFilters1796080000000 implements MigrationInterface {
    name = 'AuditLogFilters1796080000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "idx_audit_log_actor_member_at" ON "audit_log" ("actor_member_id", "at") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_log_actor_user_at" ON "audit_log" ("actor_user_id", "at") `);
        await queryRunner.query(`CREATE INDEX "idx_audit_log_entity_type_at" ON "audit_log" ("entity_type", "at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_entity_type_at"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_actor_user_at"`);
        await queryRunner.query(`DROP INDEX "public"."idx_audit_log_actor_member_at"`);
    }

}
