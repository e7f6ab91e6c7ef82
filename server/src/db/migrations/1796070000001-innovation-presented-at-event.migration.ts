import type { MigrationInterface, QueryRunner } from "typeorm";

/** A round's recommended list is presented at an alliance meeting or trip (as at the Jingzhou founding meeting). */
export class InnovationPresentedAtEvent1796070000001 implements MigrationInterface {
    name = 'InnovationPresentedAtEvent1796070000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "innovation_rounds" ADD "presented_at_event_id" uuid`);
        await queryRunner.query(`CREATE INDEX "idx_innovation_rounds_presented_at" ON "innovation_rounds"  ("presented_at_event_id") `);
        await queryRunner.query(`ALTER TABLE "innovation_rounds" ADD CONSTRAINT "FK_f2e6e1fa8182ed73258ed53d1f9" FOREIGN KEY ("presented_at_event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "innovation_rounds" DROP CONSTRAINT "FK_f2e6e1fa8182ed73258ed53d1f9"`);
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_rounds_presented_at"`);
        await queryRunner.query(`ALTER TABLE "innovation_rounds" DROP COLUMN "presented_at_event_id"`);
    }

}
