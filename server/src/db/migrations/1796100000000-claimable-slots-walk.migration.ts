import type { MigrationInterface, QueryRunner } from "typeorm";

/** CLAIMABLE_TOPIC_STATES (shared/src/coverage.ts) when this migration was written; a unit test keeps the two equal. */
export const CLAIMABLE_TOPIC_STATES_AT_1796100000000 = ['APPROVED', 'IN_PROGRESS'];
const CLAIMABLE = CLAIMABLE_TOPIC_STATES_AT_1796100000000.map((state) => `'${state}'`).join(', ');

/**
 * Open assignments, nearest first: the read walks member cities in distance order and takes each city's claimable
 * slots by due time from one partial index, stopping once a page is full (or, counting, at the cap). Whether the
 * assignment's topic takes claims is kept on the assignment (`topic_claimable`) by triggers, in the same transaction
 * as the topic's move, so the index alone says which slots are claimable.
 */
export class ClaimableSlotsWalk1796100000000 implements MigrationInterface {
    name = 'ClaimableSlotsWalk1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "assignments" ADD "topic_claimable" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`UPDATE "assignments" a SET "topic_claimable" = true FROM "topics" t WHERE t.id = a.topic_id AND t.state IN (${CLAIMABLE})`);
        await queryRunner.query(`CREATE FUNCTION assignments_topic_claimable() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.topic_claimable := EXISTS (SELECT 1 FROM topics t WHERE t.id = NEW.topic_id AND t.state IN (${CLAIMABLE}));
  RETURN NEW;
END $fn$`);
        await queryRunner.query(`CREATE TRIGGER assignments_topic_claimable BEFORE INSERT OR UPDATE OF topic_id, topic_claimable ON "assignments" FOR EACH ROW EXECUTE FUNCTION assignments_topic_claimable()`);
        await queryRunner.query(`CREATE FUNCTION topics_claimable_to_assignments() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE assignments SET topic_claimable = (NEW.state IN (${CLAIMABLE})) WHERE topic_id = NEW.id;
  RETURN NULL;
END $fn$`);
        await queryRunner.query(`CREATE TRIGGER topics_claimable_to_assignments AFTER UPDATE OF state ON "topics" FOR EACH ROW
  WHEN ((OLD.state IN (${CLAIMABLE})) IS DISTINCT FROM (NEW.state IN (${CLAIMABLE}))) EXECUTE FUNCTION topics_claimable_to_assignments()`);
        await queryRunner.query(`CREATE INDEX "idx_assignments_claimable" ON "assignments" ("location_member_id", "due_at", "id") INCLUDE ("format") WHERE status = 'OPEN' AND claimed_count < slots AND topic_claimable`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_assignments_claimable"`);
        await queryRunner.query(`DROP TRIGGER topics_claimable_to_assignments ON "topics"`);
        await queryRunner.query(`DROP FUNCTION topics_claimable_to_assignments()`);
        await queryRunner.query(`DROP TRIGGER assignments_topic_claimable ON "assignments"`);
        await queryRunner.query(`DROP FUNCTION assignments_topic_claimable()`);
        await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "topic_claimable"`);
    }
}
