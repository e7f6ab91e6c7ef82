import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Events (trips, conferences, trainings): itinerary, invitations, materials, linked topics, registrations with named
 * participants and a waiting list, per-member place counters, check-ins per stop, and the key that signs passes.
 * Notification kinds grow longer than 24 characters; notifications may point at an event.
 */
export class Events1796057115486 implements MigrationInterface {
    name = 'Events1796057115486'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(12) NOT NULL, "title" character varying(120) NOT NULL, "host_member_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "place" character varying(120) NOT NULL, "latitude" double precision, "longitude" double precision, "description" character varying(5000) NOT NULL DEFAULT '', "capacity" integer NOT NULL, "places_per_member" integer NOT NULL, "places_taken" integer NOT NULL DEFAULT '0', "registration_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(12) NOT NULL, "invites_all_members" boolean NOT NULL DEFAULT true, "cancel_reason" character varying(1000), "published_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_events_places" CHECK (places_taken >= 0 AND places_taken <= capacity AND places_per_member >= 1 AND capacity >= 1), CONSTRAINT "chk_events_dates" CHECK (ends_on >= starts_on), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_events_host" ON "events"  ("host_member_id", "starts_on") `);
        await queryRunner.query(`CREATE INDEX "idx_events_status_dates" ON "events"  ("status", "ends_on", "starts_on") `);
        await queryRunner.query(`CREATE TABLE "event_invitations" ("event_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_fa8db0729821ab46a27f7ce7b67" PRIMARY KEY ("event_id", "member_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_event_invitations_member" ON "event_invitations"  ("member_id") `);
        await queryRunner.query(`CREATE TABLE "event_stops" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "day" date NOT NULL, "starts_at" TIME NOT NULL, "ends_at" TIME, "place" character varying(120) NOT NULL, "latitude" double precision, "longitude" double precision, "activity" character varying(500) NOT NULL, "leader" character varying(120), "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_75f3a7cfd0cd006beecefbafd06" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_event_stops_event_day" ON "event_stops"  ("event_id", "day", "starts_at") `);
        await queryRunner.query(`CREATE TABLE "event_materials" ("event_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_af87b220d9c00c1d32e7e7d855f" PRIMARY KEY ("event_id", "resource_id"))`);
        await queryRunner.query(`CREATE TABLE "event_topics" ("event_id" uuid NOT NULL, "topic_id" uuid NOT NULL, CONSTRAINT "PK_c40d19be3234eaba6a8dbd55d68" PRIMARY KEY ("event_id", "topic_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_event_topics_topic" ON "event_topics"  ("topic_id") `);
        await queryRunner.query(`CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "member_id" uuid NOT NULL, "registered_by_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_953d3b862c2487289a92b2356e9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_event_registrations_member" ON "event_registrations"  ("member_id", "status") `);
        await queryRunner.query(`CREATE INDEX "idx_event_registrations_event" ON "event_registrations"  ("event_id", "status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "event_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "member_id" uuid NOT NULL, "user_id" uuid, "guest_name" character varying(60), "guest_title" character varying(60), "status" character varying(12) NOT NULL, "placed_at" TIMESTAMP WITH TIME ZONE, "waitlisted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_event_participants_who" CHECK ((user_id IS NOT NULL AND guest_name IS NULL) OR (user_id IS NULL AND guest_name IS NOT NULL)), CONSTRAINT "PK_b65ffd558d76fd51baffe81d42b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_event_participants_user" ON "event_participants"  ("user_id", "status") `);
        await queryRunner.query(`CREATE INDEX "idx_event_participants_waitlist" ON "event_participants"  ("event_id", "status", "waitlisted_at") `);
        await queryRunner.query(`CREATE INDEX "idx_event_participants_registration" ON "event_participants"  ("registration_id", "status") `);
        await queryRunner.query(`CREATE TABLE "event_member_places" ("event_id" uuid NOT NULL, "member_id" uuid NOT NULL, "held" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_event_member_places_held" CHECK (held >= 0), CONSTRAINT "PK_0406a5ff26ee212893d564cb793" PRIMARY KEY ("event_id", "member_id"))`);
        await queryRunner.query(`CREATE TABLE "event_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "stop_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "method" character varying(8) NOT NULL, "checked_in_by_id" uuid NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_6f525a3f33347abf6cec6c3d7d8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_event_check_ins_event_stop" ON "event_check_ins"  ("event_id", "stop_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_check_ins_participant_stop" ON "event_check_ins"  ("participant_id", "stop_id") `);
        await queryRunner.query(`CREATE TABLE "signing_keys" ("purpose" character varying(40) NOT NULL, "secret" character varying(128) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30f463059446088e53b27204e20" PRIMARY KEY ("purpose"))`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "event_id" uuid`);
        await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE character varying(40)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_registrations_active" ON "event_registrations" ("event_id", "member_id") WHERE status <> 'WITHDRAWN'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_participants_user" ON "event_participants" ("event_id", "user_id") WHERE user_id IS NOT NULL AND status <> 'WITHDRAWN'`);
        await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_d156661ca141586f388cb036ae9" FOREIGN KEY ("host_member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_08e606dc5182b142dc916e7abab" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_invitations" ADD CONSTRAINT "FK_2ae6a8d87d5dfa578ab085bc59a" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_invitations" ADD CONSTRAINT "FK_94a875c01eb10851cd082ddffdb" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_stops" ADD CONSTRAINT "FK_63a777e59ce2dc4c0f9c464e2ec" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_materials" ADD CONSTRAINT "FK_64bb61dee3af18c125fe0d51b13" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_materials" ADD CONSTRAINT "FK_e7353b011c0a3945bde6dd3bc29" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_topics" ADD CONSTRAINT "FK_2d1177cb4b9d0bbc5c0ee84c7f4" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_topics" ADD CONSTRAINT "FK_948be690c7a7dd0cbbc8a2200fc" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_a54c19afbf45bb52bf2479e4c7d" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_871cc333ce02169adbda9741815" FOREIGN KEY ("registered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_participants" ADD CONSTRAINT "FK_b5349807aae71193d0cc0f52e35" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_participants" ADD CONSTRAINT "FK_0ea7fcaf341402f782f5ca4923a" FOREIGN KEY ("registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_participants" ADD CONSTRAINT "FK_d3fcd311f48f59bd317d7a94fa9" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_participants" ADD CONSTRAINT "FK_ce3f433e47fdd8f072964293c8d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_member_places" ADD CONSTRAINT "FK_d70077fb553faf06a29e65fde09" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_member_places" ADD CONSTRAINT "FK_1ee10bd7f4ebc2d92528750942e" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" ADD CONSTRAINT "FK_a50a00ecc15c4c185cc2d5ddc03" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" ADD CONSTRAINT "FK_1c2398774950cb7b62c4aeed462" FOREIGN KEY ("stop_id") REFERENCES "event_stops"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" ADD CONSTRAINT "FK_d10e1ab96a514cd62094f39578e" FOREIGN KEY ("participant_id") REFERENCES "event_participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" ADD CONSTRAINT "FK_273c716de5a34c86832fc8fb62a" FOREIGN KEY ("checked_in_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "event_check_ins" DROP CONSTRAINT "FK_273c716de5a34c86832fc8fb62a"`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" DROP CONSTRAINT "FK_d10e1ab96a514cd62094f39578e"`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" DROP CONSTRAINT "FK_1c2398774950cb7b62c4aeed462"`);
        await queryRunner.query(`ALTER TABLE "event_check_ins" DROP CONSTRAINT "FK_a50a00ecc15c4c185cc2d5ddc03"`);
        await queryRunner.query(`ALTER TABLE "event_member_places" DROP CONSTRAINT "FK_1ee10bd7f4ebc2d92528750942e"`);
        await queryRunner.query(`ALTER TABLE "event_member_places" DROP CONSTRAINT "FK_d70077fb553faf06a29e65fde09"`);
        await queryRunner.query(`ALTER TABLE "event_participants" DROP CONSTRAINT "FK_ce3f433e47fdd8f072964293c8d"`);
        await queryRunner.query(`ALTER TABLE "event_participants" DROP CONSTRAINT "FK_d3fcd311f48f59bd317d7a94fa9"`);
        await queryRunner.query(`ALTER TABLE "event_participants" DROP CONSTRAINT "FK_0ea7fcaf341402f782f5ca4923a"`);
        await queryRunner.query(`ALTER TABLE "event_participants" DROP CONSTRAINT "FK_b5349807aae71193d0cc0f52e35"`);
        await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_871cc333ce02169adbda9741815"`);
        await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_a54c19afbf45bb52bf2479e4c7d"`);
        await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d"`);
        await queryRunner.query(`ALTER TABLE "event_topics" DROP CONSTRAINT "FK_948be690c7a7dd0cbbc8a2200fc"`);
        await queryRunner.query(`ALTER TABLE "event_topics" DROP CONSTRAINT "FK_2d1177cb4b9d0bbc5c0ee84c7f4"`);
        await queryRunner.query(`ALTER TABLE "event_materials" DROP CONSTRAINT "FK_e7353b011c0a3945bde6dd3bc29"`);
        await queryRunner.query(`ALTER TABLE "event_materials" DROP CONSTRAINT "FK_64bb61dee3af18c125fe0d51b13"`);
        await queryRunner.query(`ALTER TABLE "event_stops" DROP CONSTRAINT "FK_63a777e59ce2dc4c0f9c464e2ec"`);
        await queryRunner.query(`ALTER TABLE "event_invitations" DROP CONSTRAINT "FK_94a875c01eb10851cd082ddffdb"`);
        await queryRunner.query(`ALTER TABLE "event_invitations" DROP CONSTRAINT "FK_2ae6a8d87d5dfa578ab085bc59a"`);
        await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_08e606dc5182b142dc916e7abab"`);
        await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_d156661ca141586f388cb036ae9"`);
        await queryRunner.query(`DROP INDEX "public"."uq_event_participants_user"`);
        await queryRunner.query(`DROP INDEX "public"."uq_event_registrations_active"`);
        await queryRunner.query(`DELETE FROM "notifications" WHERE length("kind") > 24`);
        await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE character varying(24)`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "event_id"`);
        await queryRunner.query(`DROP TABLE "signing_keys"`);
        await queryRunner.query(`DROP INDEX "public"."uq_event_check_ins_participant_stop"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_check_ins_event_stop"`);
        await queryRunner.query(`DROP TABLE "event_check_ins"`);
        await queryRunner.query(`DROP TABLE "event_member_places"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_participants_registration"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_participants_waitlist"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_participants_user"`);
        await queryRunner.query(`DROP TABLE "event_participants"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_registrations_event"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_registrations_member"`);
        await queryRunner.query(`DROP TABLE "event_registrations"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_topics_topic"`);
        await queryRunner.query(`DROP TABLE "event_topics"`);
        await queryRunner.query(`DROP TABLE "event_materials"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_stops_event_day"`);
        await queryRunner.query(`DROP TABLE "event_stops"`);
        await queryRunner.query(`DROP INDEX "public"."idx_event_invitations_member"`);
        await queryRunner.query(`DROP TABLE "event_invitations"`);
        await queryRunner.query(`DROP INDEX "public"."idx_events_status_dates"`);
        await queryRunner.query(`DROP INDEX "public"."idx_events_host"`);
        await queryRunner.query(`DROP TABLE "events"`);
    }

}
