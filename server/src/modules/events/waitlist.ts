import type { EntityManager } from 'typeorm';
import type { Emit } from '../../common/transaction';
import { notify } from '../notifications/notification.service';

interface Promoted {
  id: string;
  user_id: string | null;
  registered_by_id: string;
}

/**
 * Moves the waiting list up: while the event has a free place, its oldest WAITLISTED participant (by `waitlisted_at`,
 * then id) becomes PLACED, each place taken by the guarded UPDATE that never passes the capacity. Each promoted person
 * hears of it (EVENT_WAITLIST_PROMOTED); for a guest, whoever registered them. Runs in the caller's transaction and takes
 * the event row's lock first (the caller may already hold it), so the order is never skipped. Returns how many moved up.
 */
export async function promoteFromWaitlist(manager: EntityManager, emit: Emit, eventId: string): Promise<number> {
  await manager.query(`SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE`, [eventId]);
  let promoted = 0;
  for (;;) {
    const next: Promoted[] = await manager.query(
      `SELECT p.id, p.user_id, r.registered_by_id FROM event_participants p JOIN event_registrations r ON r.id = p.registration_id
        WHERE p.event_id = $1 AND p.status = 'WAITLISTED' ORDER BY p.waitlisted_at, p.id LIMIT 1 FOR NO KEY UPDATE OF p`,
      [eventId],
    );
    const person = next[0];
    if (!person) break;
    // An UPDATE through manager.query answers [rows, affected].
    const [, taken]: [unknown[], number] = await manager.query(
      `UPDATE events SET places_taken = places_taken + 1 WHERE id = $1 AND places_taken + 1 <= capacity AND status = 'PUBLISHED'`,
      [eventId],
    );
    if (taken !== 1) break;
    await manager.query(`UPDATE event_participants SET status = 'PLACED', placed_at = now() WHERE id = $1 AND status = 'WAITLISTED'`, [person.id]);
    await notify(manager, emit, { userIds: [person.user_id ?? person.registered_by_id], kind: 'EVENT_WAITLIST_PROMOTED', actorId: null, eventId });
    promoted += 1;
  }
  return promoted;
}
