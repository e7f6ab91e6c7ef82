import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { LIMITS } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { groupBy } from '../topics/topic.loaders';
import { EventStopEntity } from './event.entity';
import { EventCheckInEntity, EventParticipantEntity, EventRegistrationEntity } from './registration.entity';

/** One member's people at an event: placed, waiting, and placed ones checked in at least once. */
export interface MemberAttendanceRow {
  memberId: string;
  placed: number;
  waitlisted: number;
  attended: number;
}

const byIds = <T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
};

/**
 * Per-request loaders of registrations, participants and check-ins. The viewer-dependent ones answer for the signed-in
 * viewer only (their member's registration, their own pass, their member's places).
 */
export function createRegistrationLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    eventStopById: new DataLoader<string, EventStopEntity | null>(async (ids) => byIds(ids, await dataSource.getRepository(EventStopEntity).findBy({ id: In([...ids]) }))),
    eventRegistrationById: new DataLoader<string, EventRegistrationEntity | null>(async (ids) =>
      byIds(ids, await dataSource.getRepository(EventRegistrationEntity).findBy({ id: In([...ids]) })),
    ),
    eventParticipantById: new DataLoader<string, EventParticipantEntity | null>(async (ids) =>
      byIds(ids, await dataSource.getRepository(EventParticipantEntity).findBy({ id: In([...ids]) })),
    ),
    /** Not withdrawn: PLACED first (in the order placed), then the waiting list in its order. */
    participantsByRegistration: new DataLoader<string, EventParticipantEntity[]>(async (registrationIds) => {
      const rows = await dataSource
        .getRepository(EventParticipantEntity)
        .createQueryBuilder('p')
        .where(`p.registration_id = ANY(:registrationIds) AND p.status <> 'WITHDRAWN'`, { registrationIds })
        .orderBy(`CASE WHEN p.status = 'PLACED' THEN 0 ELSE 1 END`)
        .addOrderBy('coalesce(p.placed_at, p.waitlisted_at)')
        .addOrderBy('p.id')
        .getMany();
      return groupBy(registrationIds, rows, (row) => row.registrationId);
    }),
    checkInsByParticipant: new DataLoader<string, EventCheckInEntity[]>(async (participantIds) => {
      const rows = await dataSource.getRepository(EventCheckInEntity).find({ where: { participantId: In([...participantIds]) }, order: { checkedInAt: 'ASC', id: 'ASC' } });
      return groupBy(participantIds, rows, (row) => row.participantId);
    }),
    /** 1-based place in the event's waiting list (waitlisted_at, then id); null unless WAITLISTED. */
    waitlistPositionByParticipant: new DataLoader<string, number | null>(async (participantIds) => {
      const rows: { id: string; position: number }[] = await dataSource.query(
        `SELECT id, position FROM (
           SELECT p.id, row_number() OVER (PARTITION BY p.event_id ORDER BY p.waitlisted_at, p.id)::int AS position
             FROM event_participants p
            WHERE p.status = 'WAITLISTED' AND p.event_id IN (SELECT event_id FROM event_participants WHERE id = ANY($1))
         ) ranked WHERE id = ANY($1)`,
        [participantIds],
      );
      const positions = new Map(rows.map((row) => [row.id, row.position]));
      return participantIds.map((id) => positions.get(id) ?? null);
    }),
    waitlistCountByEvent: new DataLoader<string, number>(async (eventIds) => {
      const rows: { event_id: string; count: number }[] = await dataSource.query(
        `SELECT event_id, count(*)::int AS count FROM event_participants WHERE event_id = ANY($1) AND status = 'WAITLISTED' GROUP BY event_id`,
        [eventIds],
      );
      const counts = new Map(rows.map((row) => [row.event_id, row.count]));
      return eventIds.map((id) => counts.get(id) ?? 0);
    }),
    /** Per registered member (with someone placed or waiting), by member name. */
    attendanceByEvent: new DataLoader<string, MemberAttendanceRow[]>(async (eventIds) => {
      const rows: (MemberAttendanceRow & { eventId: string })[] = await dataSource.query(
        `SELECT p.event_id AS "eventId", p.member_id AS "memberId",
                count(*) FILTER (WHERE p.status = 'PLACED')::int AS placed,
                count(*) FILTER (WHERE p.status = 'WAITLISTED')::int AS waitlisted,
                count(*) FILTER (WHERE p.status = 'PLACED' AND EXISTS (SELECT 1 FROM event_check_ins c WHERE c.participant_id = p.id))::int AS attended
           FROM event_participants p JOIN members m ON m.id = p.member_id
          WHERE p.event_id = ANY($1) AND p.status <> 'WITHDRAWN'
          GROUP BY p.event_id, p.member_id, m.name_zh
          ORDER BY m.name_zh, p.member_id`,
        [eventIds],
      );
      return groupBy(eventIds, rows, (row) => row.eventId).map((group) => group.map(({ memberId, placed, waitlisted, attended }) => ({ memberId, placed, waitlisted, attended })));
    }),
    /** The viewer's member's registration that is not withdrawn. */
    viewerRegistrationByEvent: new DataLoader<string, EventRegistrationEntity | null>(async (eventIds) => {
      if (!viewer) return eventIds.map(() => null);
      const rows = await dataSource
        .getRepository(EventRegistrationEntity)
        .createQueryBuilder('r')
        .where(`r.event_id = ANY(:eventIds) AND r.member_id = :member AND r.status <> 'WITHDRAWN'`, { eventIds, member: viewer.memberId })
        .getMany();
      const byEvent = new Map(rows.map((row) => [row.eventId, row]));
      return eventIds.map((id) => byEvent.get(id) ?? null);
    }),
    /**
     * The viewer's own member's active accounts not yet sent to each event, by role and name, at most a page per event
     * (a member's newsroom, not the alliance): whom the viewer could register.
     */
    registrableAccountIdsByEvent: new DataLoader<string, string[]>(async (eventIds) => {
      if (!viewer) return eventIds.map(() => []);
      const rows: { event_id: string; id: string }[] = await dataSource.query(
        `SELECT e.event_id, u.id
           FROM unnest($1::uuid[]) AS e(event_id)
           CROSS JOIN LATERAL (
             SELECT u.id FROM users u
              WHERE u.member_id = $2 AND u.active
                AND NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.event_id AND p.user_id = u.id AND p.status <> 'WITHDRAWN')
              ORDER BY u.role, u.display_name, u.id
              LIMIT $3) u`,
        [eventIds, viewer.memberId, LIMITS.page.maxSize],
      );
      return groupBy(eventIds, rows, (row) => row.event_id).map((group) => group.map((row) => row.id));
    }),
    /** The viewer's own participation when PLACED (what a pass is for). */
    viewerPlacedParticipantByEvent: new DataLoader<string, EventParticipantEntity | null>(async (eventIds) => {
      if (!viewer) return eventIds.map(() => null);
      const rows = await dataSource
        .getRepository(EventParticipantEntity)
        .createQueryBuilder('p')
        .where(`p.event_id = ANY(:eventIds) AND p.user_id = :me AND p.status = 'PLACED'`, { eventIds, me: viewer.userId })
        .getMany();
      const byEvent = new Map(rows.map((row) => [row.eventId, row]));
      return eventIds.map((id) => byEvent.get(id) ?? null);
    }),
    /** Places the viewer's member holds (PLACED + WAITLISTED). */
    viewerMemberPlacesByEvent: new DataLoader<string, number>(async (eventIds) => {
      if (!viewer) return eventIds.map(() => 0);
      const rows: { event_id: string; held: number }[] = await dataSource.query(`SELECT event_id, held FROM event_member_places WHERE event_id = ANY($1) AND member_id = $2`, [
        eventIds,
        viewer.memberId,
      ]);
      const held = new Map(rows.map((row) => [row.event_id, row.held]));
      return eventIds.map((id) => held.get(id) ?? 0);
    }),
  };
}
