import type { DataSource } from 'typeorm';
import type { GraphQLTestClient } from '../../../test-support/graphql-client';

/** A valid createEvent input: three days in March 2027, two stops. */
export const NEW_EVENT = {
  kind: 'TRIP',
  title: '长江岸线生态联合采访',
  startsOn: '2027-03-10',
  endsOn: '2027-03-12',
  place: '湖北荆州',
  latitude: 30.3348,
  longitude: 112.2397,
  description: '沿荆江岸线采访生态修复。',
  capacity: 10,
  placesPerMember: 2,
  registrationClosesAt: '2027-03-05T10:00:00.000Z',
  stops: [
    { day: '2027-03-10', startsAt: '09:00', endsAt: '11:00', place: '荆州古城东门', latitude: 30.3506, longitude: 112.2053, activity: '出发仪式', leader: '荆州融媒' },
    { day: '2027-03-11', startsAt: '14:30', place: '荆州港盐卡港区', activity: '港口采访' },
  ],
};

export const EVENT_FIELDS = `id version status phase title startsOn endsOn capacity placesPerMember placesTaken viewerActions viewerInvited
  host { slug } invitedMembers { slug } materials { id } topics { id }
  days { date stops { id day startsAt endsAt place activity leader latitude longitude checkedInCount } }`;

export const CREATE_EVENT = `mutation($input: NewEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const UPDATE_EVENT = `mutation($id: ID!, $version: Int!, $input: EventChangesInput!) { updateEvent(id: $id, version: $version, input: $input) { ${EVENT_FIELDS} } }`;
export const PUBLISH_EVENT = `mutation($id: ID!) { publishEvent(id: $id) { id status version } }`;
export const CANCEL_EVENT = `mutation($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason version } }`;

export interface EventStop {
  id: string;
  day: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  activity: string;
  checkedInCount: number;
}
export interface EventResult {
  id: string;
  version: number;
  status: string;
  phase: string;
  title: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  placesPerMember: number;
  placesTaken: number;
  viewerActions: string[];
  viewerInvited: boolean;
  host: { slug: string };
  invitedMembers: { slug: string }[];
  materials: { id: string }[];
  topics: { id: string }[];
  days: { date: string; stops: EventStop[] }[];
}

export async function createEvent(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<EventResult> {
  return (await client.data<{ createEvent: EventResult }>(CREATE_EVENT, { input: { ...NEW_EVENT, ...input } })).createEvent;
}

export async function publishedEvent(client: GraphQLTestClient, input: Record<string, unknown> = {}): Promise<EventResult> {
  const event = await createEvent(client, input);
  await client.data(PUBLISH_EVENT, { id: event.id });
  return { ...event, status: 'PUBLISHED', version: event.version + 1 };
}

/**
 * Registers people straight in the tables (registrations are another slice): one registration of `memberSlug` by
 * `registrant`, with its people PLACED or WAITLISTED, the event's and the member's place counters kept true.
 */
export async function registerDirectly(
  dataSource: DataSource,
  eventId: string,
  memberSlug: string,
  registrant: string,
  people: { account?: string; guest?: string; status: 'PLACED' | 'WAITLISTED' }[],
): Promise<string[]> {
  const [member]: { id: string }[] = await dataSource.query(`SELECT id FROM members WHERE slug = $1`, [memberSlug]);
  const userId = async (account: string) => ((await dataSource.query(`SELECT id FROM users WHERE email = $1`, [`${account}@demo.example`])) as { id: string }[])[0]!.id;
  const [registration]: { id: string }[] = await dataSource.query(
    `INSERT INTO event_registrations (event_id, member_id, registered_by_id, status) VALUES ($1, $2, $3, 'PENDING') RETURNING id`,
    [eventId, member!.id, await userId(registrant)],
  );
  const ids: string[] = [];
  for (const [index, person] of people.entries()) {
    const [participant]: { id: string }[] = await dataSource.query(
      `INSERT INTO event_participants (event_id, registration_id, member_id, user_id, guest_name, status, placed_at, waitlisted_at)
       VALUES ($1, $2, $3, $4, $5, $6::varchar, CASE WHEN $6::varchar = 'PLACED' THEN now() END, CASE WHEN $6::varchar = 'WAITLISTED' THEN now() + $7::int * interval '1 millisecond' END) RETURNING id`,
      [eventId, registration!.id, member!.id, person.account ? await userId(person.account) : null, person.guest ?? null, person.status, index],
    );
    ids.push(participant!.id);
  }
  const placed = people.filter((person) => person.status === 'PLACED').length;
  await dataSource.query(`UPDATE events SET places_taken = places_taken + $2 WHERE id = $1`, [eventId, placed]);
  await dataSource.query(
    `INSERT INTO event_member_places (event_id, member_id, held) VALUES ($1, $2, $3) ON CONFLICT (event_id, member_id) DO UPDATE SET held = event_member_places.held + $3`,
    [eventId, member!.id, people.length],
  );
  return ids;
}
