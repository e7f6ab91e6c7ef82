import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An assignment may happen at a place that is not a member city (洞庭湖, a county, a trip's stop): its name and point.
 * `location_member_id` stays the nearest member city (the server computes it from the point), so open assignments
 * still walk cities nearest first through idx_assignments_claimable; the distance a reporter sees is to the place.
 */
export class AssignmentPlaces1796300000000 implements MigrationInterface {
    name = 'AssignmentPlaces1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assignments" ADD "place_name" character varying(120)`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD "place_latitude" double precision`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD "place_longitude" double precision`);
        await queryRunner.query(`ALTER TABLE "assignments" ADD CONSTRAINT "chk_assignments_place" CHECK ((place_name IS NULL AND place_latitude IS NULL AND place_longitude IS NULL) OR (place_name IS NOT NULL AND place_latitude BETWEEN -90 AND 90 AND place_longitude BETWEEN -180 AND 180))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "chk_assignments_place"`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "place_longitude"`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "place_latitude"`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "place_name"`);
    }
}
