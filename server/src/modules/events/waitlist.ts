import type { EntityManager } from 'typeorm';
import { allianceDate, type ParticipantStatus } from '@yah/shared';
import { conflict } from '../../common/errors';
import type { Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { newsroomEditorIds, notify } from '../notifications/notification.service';
import { emitEventChanged } from './event-events';
import { EventEntity } from './event.entity';
import { EventRegistrationEntity } from './registration.entity';

/** Whoever's change it is: a viewer, for the audit log and notifications. */
type Actor = Pick<Viewer, 'userId' | 'memberId'>;

/** Runs an UPDATE … through manager.query, which answers [rows, affected] for an UPDATE. */
export async function updateCount(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [, affected]: [unknown[], number] = await manager.query(sql, params);
  return affected;
}

const WAITLISTED: ParticipantStatus = 'WAITLISTED';
const PLACED: ParticipantStatus = 'PLACED';

/**
 * Moves the waiting list up while the event has free places: the oldest WAITLISTED participant first, one at a time,
 * each place taken by the guarded `UPDATE events … WHERE places_taken < capacity` (never past capacity, whatever runs
 * beside it). Each person placed is told (EVENT_WAITLIST_PROMOTED); a guest's registrant is told instead.
 *
 * Runs in the caller's transaction. It takes the event row lock first (as registrations and edits do), so the caller
 * may already hold it. Their member places do not change: a waiting participant already holds one. Each move is
 * audited, for the viewer whose change freed the places when given. Returns how many moved up.
 */
export async function promoteFromWaitlist(
  manager: EntityManager,
  emit: Emit,
  eventId: string,
  cause: { actor: Actor | null; requestId: string | null } | null = null,
): Promise<number> {
  await manager.query(`SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE`, [eventId]);
  let promoted = 0;
  for (;;) {
    const [next]: { id: string; user_id: string | null; registered_by_id: string; active: boolean | null }[] = await manager.query(
      `SELECT p.id, p.user_id, r.registered_by_id, u.active
         FROM event_participants p JOIN event_registrations r ON r.id = p.registration_id LEFT JOIN users u ON u.id = p.user_id
        WHERE p.event_id = $1 AND p.status = $2
        ORDER BY p.waitlisted_at, p.created_at, p.id
        LIMIT 1
          FOR NO KEY UPDATE OF p`,
      [eventId, WAITLISTED],
    );
    if (!next) break;
    if (next.active === false) {
      // A deactivated account never takes a place: it leaves the waiting list (deactivation withdraws it already;
      // this keeps rows from before that rule honest). Waiting, it held no event place, so nothing is promoted here.
      await withdrawOne(manager, emit, next.id, cause?.actor ?? null, cause?.requestId ?? null);
      continue;
    }
    // An UPDATE through TypeORM answers [rows, affected].
    const [, taken]: [unknown[], number] = await manager.query(`UPDATE events SET places_taken = places_taken + 1 WHERE id = $1 AND places_taken < capacity`, [eventId]);
    if (taken !== 1) break;
    await manager.query(`UPDATE event_participants SET status = $2, placed_at = now() WHERE id = $1`, [next.id, PLACED]);
    await notify(manager, emit, { userIds: [next.user_id ?? next.registered_by_id], kind: 'EVENT_WAITLIST_PROMOTED', eventId });
    await recordAudit(manager, cause?.actor ?? null, cause?.requestId ?? null, {
      action: 'event.waitlist_promote',
      entityType: 'event_participant',
      entityId: next.id,
      before: { eventId, status: WAITLISTED },
      after: { eventId, status: PLACED },
    });
    promoted += 1;
  }
  if (promoted > 0) emitEventChanged(emit, eventId);
  return promoted;
}

/**
 * Withdraws people (all of the registration when `participantIds` is null) and gives their places back. Locks in the
 * same order as a registration — the member's places row, then the event row — and reads the people only then, so
 * a promotion or another withdrawal in between is seen; the waiting list then moves up under the event row's lock.
 */
export async function releaseParticipants(
  manager: EntityManager,
  emit: Emit,
  viewer: Actor | null,
  event: EventEntity,
  registration: EventRegistrationEntity,
  participantIds: string[] | null,
  requestId: string | null,
): Promise<EventRegistrationEntity> {
  await manager.query(`SELECT held FROM event_member_places WHERE event_id = $1 AND member_id = $2 FOR UPDATE`, [event.id, registration.memberId]);
  await manager.query(`SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE`, [event.id]);
  const leaving: { id: string; status: string }[] = await manager.query(
    `SELECT id, status FROM event_participants WHERE registration_id = $1 AND status <> 'WITHDRAWN' AND ($2::uuid[] IS NULL OR id = ANY($2)) ORDER BY id FOR NO KEY UPDATE`,
    [registration.id, participantIds],
  );
  if (participantIds && !leaving.length) throw conflict('This person has already withdrawn.', 'NOT_ALLOWED_IN_STATE');
  const placed = leaving.filter((row) => row.status === 'PLACED').length;
  if (leaving.length) {
    await manager.query(`UPDATE event_participants SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = ANY($1)`, [leaving.map((row) => row.id)]);
    const freed = await updateCount(manager, `UPDATE event_member_places SET held = held - $3 WHERE event_id = $1 AND member_id = $2 AND held >= $3`, [event.id, registration.memberId, leaving.length]);
    if (freed !== 1) throw new Error('member places out of step with participants');
    if (placed) {
      const back = await updateCount(manager, `UPDATE events SET places_taken = places_taken - $2 WHERE id = $1 AND places_taken >= $2`, [event.id, placed]);
      if (back !== 1) throw new Error('event places out of step with participants');
    }
  }
  const [left]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM event_participants WHERE registration_id = $1 AND status <> 'WITHDRAWN'`, [registration.id]);
  const withdrawn = (left?.count ?? 0) === 0;
  await manager.query(
    withdrawn
      ? `UPDATE event_registrations SET status = 'WITHDRAWN', withdrawn_at = now(), version = version + 1, updated_at = now() WHERE id = $1`
      : `UPDATE event_registrations SET version = version + 1, updated_at = now() WHERE id = $1`,
    [registration.id],
  );
  const promoted = placed ? await promoteFromWaitlist(manager, emit, event.id, { actor: viewer, requestId }) : 0;
  await recordAudit(manager, viewer, requestId, {
    action: participantIds ? 'event_registration.withdraw_participant' : 'event_registration.withdraw',
    entityType: 'event_registration',
    entityId: registration.id,
    before: { status: registration.status },
    after: { status: withdrawn ? 'WITHDRAWN' : registration.status, withdrawn: leaving.map((row) => row.id), promoted },
  });
  await notify(manager, emit, { userIds: await newsroomEditorIds(manager, [event.hostMemberId]), kind: 'EVENT_REGISTRATION_CHANGED', actorId: viewer?.userId ?? null, eventId: event.id });
  emitEventChanged(emit, event.id);
  return manager.findOneByOrFail(EventRegistrationEntity, { id: registration.id });
}

/**
 * One participant leaves through `releaseParticipants` (places back, waiting list up, audited, the host's staff told)
 * and their registrant hears of it too.
 */
async function withdrawOne(manager: EntityManager, emit: Emit, participantId: string, actor: Actor | null, requestId: string | null): Promise<void> {
  const [row]: { event_id: string; registration_id: string }[] = await manager.query(`SELECT event_id, registration_id FROM event_participants WHERE id = $1`, [participantId]);
  if (!row) return;
  const event = await manager.findOneByOrFail(EventEntity, { id: row.event_id });
  const registration = await manager.findOneByOrFail(EventRegistrationEntity, { id: row.registration_id });
  await releaseParticipants(manager, emit, actor, event, registration, [participantId], requestId);
  await notify(manager, emit, { userIds: [registration.registeredById], kind: 'EVENT_REGISTRATION_CHANGED', actorId: actor?.userId ?? null, eventId: event.id });
}

/**
 * A deactivated account leaves every event not over yet (today in alliance time, cancelled ones aside): its places,
 * placed or waiting, go back exactly as when its registrant withdraws it, and the waiting list moves up. Runs in the
 * caller's transaction (the account's deactivation), so both happen or neither. Returns how many places it left.
 */
export async function withdrawParticipationsOf(manager: EntityManager, emit: Emit, userId: string, actor: Actor, requestId: string): Promise<number> {
  const rows: { id: string }[] = await manager.query(
    `SELECT p.id FROM event_participants p JOIN events e ON e.id = p.event_id
      WHERE p.user_id = $1 AND p.status <> 'WITHDRAWN' AND e.status = 'PUBLISHED' AND e.ends_on >= $2::date
      ORDER BY p.event_id, p.id`,
    [userId, allianceDate(new Date())],
  );
  for (const row of rows) await withdrawOne(manager, emit, row.id, actor, requestId);
  return rows.length;
}
