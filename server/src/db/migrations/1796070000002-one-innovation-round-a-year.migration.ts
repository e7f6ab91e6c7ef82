import type { MigrationInterface, QueryRunner } from "typeorm";

/** One innovation round a year: the unique index holds it under concurrent opens and edits. */
export class OneInnovationRoundAYear1796070000002 implements MigrationInterface {
    name = 'OneInnovationRoundAYear1796070000002'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_rounds_year"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "idx_innovation_rounds_year" ON "innovation_rounds" ("year") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_innovation_rounds_year"`);
        await queryRunner.query(`CREATE INDEX "idx_innovation_rounds_year" ON "innovation_rounds"  ("year", "created_at") `);
    }

}
