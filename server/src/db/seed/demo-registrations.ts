import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CheckInMethod, ParticipantStatus, RegistrationStatus } from '@yah/shared';
import { EventEntity, EventStopEntity } from '../../modules/events/event.entity';
import { EventCheckInEntity, EventMemberPlacesEntity, EventParticipantEntity, EventRegistrationEntity } from '../../modules/events/registration.entity';
import { JINGZHOU_TRIP_TITLE } from './demo-events.data';
import { DEMO_MEMBERS } from './demo-members.data';

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

const HOUR = 60 * 60 * 1000;
/** Registrations come in every six hours from 18 November, 09:00 Beijing time. */
const FIRST_REGISTRATION = Date.parse('2026-11-18T09:00:00+08:00');
/** Members that register: the first 33 along the river (Hengyang among them); the last four people wait. */
const REGISTERING = DEMO_MEMBERS.slice(0, 33);
const GUESTS: [name: string, title: string][] = [
  ['周文涛', '特约摄影师'],
  ['钱雅琴', '技术保障'],
  ['冯立军', '无人机航拍'],
  ['蒋晓雯', '主持人'],
  ['沈浩', '特约摄影师'],
  ['韩梅', '新媒体编辑'],
  ['曹毅', '技术保障'],
];

type Person = { account: string } | { guest: [string, string] };

/** Who each member sends: three or four people, a guest now and then. */
function peopleOf(slug: string, index: number): Person[] {
  const guest = (): Person => ({ guest: GUESTS[index % GUESTS.length]! });
  const base: Person[] = [{ account: `reporter.${slug}` }, { account: `reporter2.${slug}` }];
  if (index % 4 === 3) return [...base, index % 2 ? { account: `editor.${slug}` } : guest()];
  return [...base, { account: `editor.${slug}` }, index % 5 === 2 ? guest() : { account: `chief.${slug}` }];
}

/** A Beijing wall-clock time on a day as an instant. */
const beijing = (day: string, time: string, minutes = 0) => new Date(Date.parse(`${day}T${time.slice(0, 5)}:00+08:00`) + minutes * 60 * 1000);

/**
 * Registrations for the Jingzhou trip: 33 members send 124 named people for its places (the last four wait, in order),
 * most registrations confirmed by the host, and check-ins at the first day's stops (16 December) for most placed
 * people, as the demo shows the trip under way. The counters (`places_taken`, each member's `held`) match the rows.
 * Runs after the demo events; does nothing when the trip is not there.
 */
export async function seedDemoRegistrations(manager: EntityManager, lookup: Lookup): Promise<number> {
  const event = await manager.findOneBy(EventEntity, { title: JINGZHOU_TRIP_TITLE, isDemo: true });
  if (!event) return 0;
  const confirmer = lookup.user('editor.jingzhou');
  const checkers = [confirmer, lookup.user('chief.jingzhou')];
  const registrations: Partial<EventRegistrationEntity>[] = [];
  const participants: Partial<EventParticipantEntity>[] = [];
  const held = new Map<string, number>();
  let placed = 0;
  for (const [index, demo] of REGISTERING.entries()) {
    const memberId = lookup.member(demo.slug);
    const registeredAt = new Date(FIRST_REGISTRATION + index * 6 * HOUR);
    const registrationId = randomUUID();
    const people = peopleOf(demo.slug, index).slice(0, event.placesPerMember);
    let waiting = false;
    for (const [position, person] of people.entries()) {
      const at = new Date(registeredAt.getTime() + position * 1000);
      const status: ParticipantStatus = placed < event.capacity ? 'PLACED' : 'WAITLISTED';
      if (status === 'PLACED') placed += 1;
      else waiting = true;
      participants.push({
        id: randomUUID(),
        eventId: event.id,
        registrationId,
        memberId,
        userId: 'account' in person ? lookup.user(person.account) : null,
        guestName: 'guest' in person ? person.guest[0] : null,
        guestTitle: 'guest' in person ? person.guest[1] : null,
        status,
        placedAt: status === 'PLACED' ? at : null,
        waitlistedAt: status === 'WAITLISTED' ? at : null,
        withdrawnAt: null,
        isDemo: true,
        createdAt: at,
      });
    }
    held.set(memberId, people.length);
    // The host confirms within a day; the latest few (and anyone waiting) are still pending.
    const status: RegistrationStatus = index < REGISTERING.length - 5 && !waiting ? 'CONFIRMED' : 'PENDING';
    registrations.push({
      id: registrationId,
      eventId: event.id,
      memberId,
      registeredById: lookup.user(index % 3 === 1 ? `chief.${demo.slug}` : `editor.${demo.slug}`),
      status,
      confirmedAt: status === 'CONFIRMED' ? new Date(registeredAt.getTime() + 20 * HOUR) : null,
      confirmedById: status === 'CONFIRMED' ? confirmer : null,
      withdrawnAt: null,
      isDemo: true,
      version: status === 'CONFIRMED' ? 2 : 1,
      createdAt: registeredAt,
      updatedAt: status === 'CONFIRMED' ? new Date(registeredAt.getTime() + 20 * HOUR) : registeredAt,
    });
  }
  await manager.insert(EventRegistrationEntity, registrations);
  await manager.insert(EventParticipantEntity, participants);
  await manager.insert(
    EventMemberPlacesEntity,
    [...held].map(([memberId, count]) => ({ eventId: event.id, memberId, held: count })),
  );
  await manager.update(EventEntity, { id: event.id }, { placesTaken: placed });

  // The first day: most placed people are checked in at each stop, by QR code or on the list; a few miss the evening.
  const firstDay = await manager.find(EventStopEntity, { where: { eventId: event.id, day: event.startsOn }, order: { startsAt: 'ASC', position: 'ASC' } });
  const checkIns: Partial<EventCheckInEntity>[] = [];
  participants
    .filter((participant) => participant.status === 'PLACED')
    .forEach((participant, index) => {
      if (index % 9 === 4) return;
      for (const [stopIndex, stop] of firstDay.entries()) {
        if (stopIndex === firstDay.length - 1 && index % 4 === 1) continue;
        const method: CheckInMethod = index % 3 === 0 ? 'LIST' : 'QR';
        checkIns.push({
          eventId: event.id,
          stopId: stop.id,
          participantId: participant.id,
          method,
          checkedInById: checkers[index % checkers.length]!,
          checkedInAt: beijing(stop.day, stop.startsAt, -10 + (index % 20)),
          isDemo: true,
        });
      }
    });
  if (checkIns.length) await manager.insert(EventCheckInEntity, checkIns);
  return participants.length;
}
