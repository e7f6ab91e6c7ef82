import { In, type EntityManager } from 'typeorm';
import { EventEntity, EventInvitationEntity, EventMaterialEntity, EventStopEntity, EventTopicEntity } from '../../modules/events/event.entity';
import { ResourceEntity } from '../../modules/resources/resource.entity';
import { DEMO_EVENTS } from './demo-events.data';

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

/**
 * Loads the demo events (the Jingzhou trip, a conference, a training, a draft and one already held) with their
 * itineraries, invitations, materials and linked topics; runs inside the demo seed's transaction, after the coverage
 * and the library. No one is registered here: places_taken stays 0 until registrations are seeded.
 */
export async function seedDemoEvents(manager: EntityManager, lookup: Lookup): Promise<number> {
  for (const demo of DEMO_EVENTS) {
    const published = demo.status === 'PUBLISHED';
    const event = await manager.save(
      manager.create(EventEntity, {
        kind: demo.kind,
        title: demo.title,
        hostMemberId: lookup.member(demo.host),
        startsOn: demo.startsOn,
        endsOn: demo.endsOn,
        place: demo.place,
        latitude: demo.latitude,
        longitude: demo.longitude,
        description: demo.description,
        capacity: demo.capacity,
        placesPerMember: demo.placesPerMember,
        placesTaken: 0,
        registrationClosesAt: new Date(demo.registrationClosesAt),
        status: demo.status,
        invitesAllMembers: demo.invited === null,
        cancelReason: null,
        // Published a month before registration closes (or at once, if that is still to come).
        publishedAt: published ? new Date(Math.min(Date.now(), new Date(demo.registrationClosesAt).getTime() - 30 * 24 * 60 * 60 * 1000)) : null,
        cancelledAt: null,
        createdById: lookup.user(`chief.${demo.host}`),
        isDemo: true,
        version: 1,
      }),
    );
    await manager.insert(
      EventStopEntity,
      demo.stops.map(([day, startsAt, endsAt, place, latitude, longitude, activity, leader], position) => ({
        eventId: event.id,
        day,
        startsAt,
        endsAt,
        place,
        latitude,
        longitude,
        activity,
        leader,
        position,
      })),
    );
    if (demo.invited) await manager.insert(EventInvitationEntity, demo.invited.map((slug) => ({ eventId: event.id, memberId: lookup.member(slug) })));
    if (demo.materialTitles?.length) {
      const pieces = await manager.findBy(ResourceEntity, { title: In(demo.materialTitles), area: 'CONTENT', ownerMemberId: event.hostMemberId, isDemo: true });
      const ordered = demo.materialTitles.flatMap((title) => pieces.filter((piece) => piece.title === title));
      if (ordered.length) await manager.insert(EventMaterialEntity, ordered.map((piece, position) => ({ eventId: event.id, resourceId: piece.id, position })));
    }
    if (demo.topicTheme) {
      const topics: { id: string }[] = await manager.query(`SELECT id FROM topics WHERE is_demo AND $1 = ANY(themes) ORDER BY created_at`, [demo.topicTheme]);
      if (topics.length) await manager.insert(EventTopicEntity, topics.map((topic) => ({ eventId: event.id, topicId: topic.id })));
    }
  }
  return DEMO_EVENTS.length;
}
