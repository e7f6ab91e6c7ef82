import type { EntityManager } from 'typeorm';
import type { ParticipantStatus } from '@yah/shared';
import type { Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { emitEventChanged } from './event-events';

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
  cause: { actor: Pick<Viewer, 'userId' | 'memberId'>; requestId: string } | null = null,
): Promise<number> {
  await manager.query(`SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE`, [eventId]);
  let promoted = 0;
  for (;;) {
    const [next]: { id: string; user_id: string | null; registered_by_id: string }[] = await manager.query(
      `SELECT p.id, p.user_id, r.registered_by_id
         FROM event_participants p JOIN event_registrations r ON r.id = p.registration_id
        WHERE p.event_id = $1 AND p.status = $2
        ORDER BY p.waitlisted_at, p.created_at, p.id
        LIMIT 1
          FOR NO KEY UPDATE OF p`,
      [eventId, WAITLISTED],
    );
    if (!next) break;
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
