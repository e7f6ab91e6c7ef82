import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupBy } from '../topics/topic.loaders';
import { EventEntity, EventInvitationEntity, EventMaterialEntity, EventStopEntity, EventTopicEntity } from './event.entity';

/** Per-request loaders of an event's own relations: each one statement for any number of events or stops. */
export function createEventLoaders(dataSource: DataSource) {
  return {
    eventById: new DataLoader<string, EventEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(EventEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The itinerary of each event, in day, time and position order. */
    stopsByEvent: new DataLoader<string, EventStopEntity[]>(async (eventIds) => {
      const rows = await dataSource
        .getRepository(EventStopEntity)
        .find({ where: { eventId: In([...eventIds]) }, order: { day: 'ASC', startsAt: 'ASC', position: 'ASC', id: 'ASC' } });
      return groupBy(eventIds, rows, (row) => row.eventId);
    }),
    /** Members named in `event_invitations` (empty for events that invite every member). */
    invitedMemberIdsByEvent: new DataLoader<string, string[]>(async (eventIds) => {
      const rows = await dataSource.getRepository(EventInvitationEntity).findBy({ eventId: In([...eventIds]) });
      return groupBy(eventIds, rows, (row) => row.eventId).map((group) => group.map((row) => row.memberId));
    }),
    materialIdsByEvent: new DataLoader<string, string[]>(async (eventIds) => {
      const rows = await dataSource.getRepository(EventMaterialEntity).find({ where: { eventId: In([...eventIds]) }, order: { position: 'ASC', resourceId: 'ASC' } });
      return groupBy(eventIds, rows, (row) => row.eventId).map((group) => group.map((row) => row.resourceId));
    }),
    topicIdsByEvent: new DataLoader<string, string[]>(async (eventIds) => {
      const rows = await dataSource.getRepository(EventTopicEntity).find({ where: { eventId: In([...eventIds]) }, order: { topicId: 'ASC' } });
      return groupBy(eventIds, rows, (row) => row.eventId).map((group) => group.map((row) => row.topicId));
    }),
    /**
     * Participants checked in at each stop who are still in (not WITHDRAWN), as the attendance and the report count
     * them: one grouped statement for every stop the request shows.
     */
    checkedInCountByStop: new DataLoader<string, number>(async (stopIds) => {
      const rows: { stop_id: string; count: number }[] = await dataSource.query(
        `SELECT k.stop_id, count(*)::int AS count FROM event_check_ins k JOIN event_participants p ON p.id = k.participant_id
          WHERE k.stop_id = ANY($1::uuid[]) AND p.status <> 'WITHDRAWN' GROUP BY k.stop_id`,
        [stopIds],
      );
      const byStop = new Map(rows.map((row) => [row.stop_id, row.count]));
      return stopIds.map((id) => byStop.get(id) ?? 0);
    }),
  };
}
