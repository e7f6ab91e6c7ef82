import { signedIn } from '../../../test-support/coverage-fixtures';
import { DATABASE_KINDS, startTestServer, type TestServer } from '../../../test-support/test-server';
import { JINGZHOU_TRIP_TITLE } from '../../../db/seed/demo-events.data';
import { verifyPass, passKey } from '../event-pass';
import { countersOf } from './registration-fixtures';

const TRIP = `query($id: ID!) { event(id: $id) {
  placesTaken capacity waitlistCount viewerPass { participantId token }
  attendance { member { slug } placed waitlisted attended }
  registrations(first: 50) { totalCount nodes { status member { slug } participants { name status waitlistPosition } } }
} }`;

interface Trip {
  placesTaken: number;
  capacity: number;
  waitlistCount: number;
  viewerPass: { participantId: string; token: string } | null;
  attendance: { member: { slug: string }; placed: number; waitlisted: number; attended: number }[];
  registrations: { totalCount: number; nodes: { status: string; member: { slug: string }; participants: { name: string; status: string; waitlistPosition: number | null }[] }[] };
}

describe.each(DATABASE_KINDS)('demo registrations for the Jingzhou trip on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 120_000);
  afterAll(() => server?.close());

  it('fills the trip with a short waiting list, mostly confirmed, checked in on the first day, counters matching the rows', async () => {
    const ds = server.database.dataSource;
    const [trip]: { id: string }[] = await ds.query(`SELECT id FROM events WHERE title = $1`, [JINGZHOU_TRIP_TITLE]);
    expect(await countersOf(ds, trip!.id)).toEqual({ taken: 120, placed: 120, waitlisted: 4, held_mismatch: 0 });

    const reporter = await signedIn(server.url, 'reporter.hengyang@demo.example');
    const seen = (await reporter.data<{ event: Trip }>(TRIP, { id: trip!.id })).event;
    expect(seen).toMatchObject({ placesTaken: 120, capacity: 120, waitlistCount: 4 });
    expect(verifyPass(await passKey(ds), seen.viewerPass!.token)).toEqual({ participantId: seen.viewerPass!.participantId, eventId: trip!.id });

    const host = await signedIn(server.url, 'chief.jingzhou@demo.example');
    const all = (await host.data<{ event: Trip }>(TRIP, { id: trip!.id })).event;
    expect(all.registrations.totalCount).toBe(33);
    const confirmed = all.registrations.nodes.filter((node) => node.status === 'CONFIRMED').length;
    expect(confirmed).toBeGreaterThan(all.registrations.nodes.length * 0.7);
    const waiting = all.registrations.nodes.flatMap((node) => node.participants).filter((p) => p.status === 'WAITLISTED');
    expect(waiting.map((p) => p.waitlistPosition)).toEqual([1, 2, 3, 4]);
    const attended = all.attendance.reduce((sum, row) => sum + row.attended, 0);
    expect(attended).toBeGreaterThan(90);
    expect(attended).toBeLessThan(120);
    const guests: unknown[] = await ds.query(`SELECT 1 FROM event_participants WHERE event_id = $1 AND user_id IS NULL`, [trip!.id]);
    expect(guests.length).toBeGreaterThanOrEqual(3);
  });
});
