import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_LIMITS, isUuid } from '@yah/shared';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { newsroomEditorIds, notify } from '../notifications/notification.service';
import { emitEventChanged } from './event-events';
import { EventEntity } from './event.entity';
import { isViewerInvited, phaseNow } from './event.service';
import { eventPolicy, registrationPolicy } from './event.policy';
import { EventParticipantEntity, EventRegistrationEntity } from './registration.entity';
import { releaseParticipants, updateCount } from './waitlist';

export interface GuestToRegister {
  name: string;
  title?: string | null;
}

export interface NewRegistration {
  eventId: string;
  participantIds: readonly string[];
  guests?: readonly GuestToRegister[] | null;
  joinWaitlist: boolean;
}

/** Whether the viewer's member may register: every member invited, or listed, or the host; never the secretariat unit. */
export async function viewerIsInvited(manager: EntityManager, viewer: Viewer, event: EventEntity): Promise<boolean> {
  const listed: { member_id: string }[] = event.invitesAllMembers
    ? []
    : await manager.query(`SELECT member_id FROM event_invitations WHERE event_id = $1 AND member_id = $2`, [event.id, viewer.memberId]);
  return isViewerInvited(viewer, event, listed.map((row) => row.member_id));
}

/** The event as the viewer may see it, or NOT_FOUND (drafts only for those who manage them). */
export async function readableEvent(manager: EntityManager, viewer: Viewer, eventId: string): Promise<EventEntity> {
  const event = isUuid(eventId) ? await manager.findOneBy(EventEntity, { id: eventId }) : null;
  if (!event || !eventPolicy.mayRead(viewer, event)) throw notFound('The event');
  return event;
}


const alreadyRegistered = () => conflict('Someone named is already registered for this event.', 'ALREADY_REGISTERED');
const registrationClosed = () => conflict('Registration for this event is closed.', 'REGISTRATION_CLOSED');

export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /**
   * Adds named people to the viewer's member's registration (creating it). Places are reserved first, each by one
   * guarded statement the database serialises, then the rows are written, all in one transaction:
   *  (a) the member's places: a guarded upsert that never passes `places_per_member` (MEMBER_PLACES_FULL);
   *  (b) the event's places: a guarded UPDATE that never passes `capacity`.
   * All-or-nothing: without `joinWaitlist` either everyone is placed or the call fails with EVENT_FULL and nothing is
   * written; with it, as many as fit are placed (accounts first, in the order given, then guests) and the rest wait,
   * in that order, holding only member places.
   */
  async register(viewer: Viewer, input: NewRegistration, requestId: string): Promise<EventRegistrationEntity> {
    const guests = input.guests ?? [];
    const accounts = [...input.participantIds];
    if (new Set(accounts).size !== accounts.length) throw badInput('Each account may be named once.', 'VALIDATION', { participantIds: 'participantIds must not repeat an account' });
    const guestNames = guests.map((guest) => guest.name.trim());
    if (new Set(guestNames).size !== guestNames.length) throw badInput('Each guest may be named once.', 'VALIDATION', { guests: 'guests must not repeat a name' });
    const count = accounts.length + guests.length;
    if (count === 0) throw badInput('Name at least one person to send.', 'VALIDATION', { participantIds: 'name at least one person' });
    if (count > EVENT_LIMITS.participantsPerRequest.max) {
      throw badInput(`At most ${EVENT_LIMITS.participantsPerRequest.max} people per request.`, 'VALIDATION', { participantIds: `at most ${EVENT_LIMITS.participantsPerRequest.max} people` });
    }
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const event = await readableEvent(manager, viewer, input.eventId);
      if (!eventPolicy.mayRegister(viewer, await viewerIsInvited(manager, viewer, event))) {
        throw forbidden("Only the editors and chief editor of an invited member register its people.", 'NOT_INVITED_TO_EVENT');
      }
      if (phaseNow(event) !== 'REGISTRATION_OPEN') throw registrationClosed();
      if (accounts.length) {
        // FOR SHARE: a deactivation under way (it holds the account row) is waited for and then seen, so no account
        // is placed as it is being withdrawn from its events. Account rows are locked first, as a deactivation does.
        const found: unknown[] = await manager.query(`SELECT id FROM users WHERE id = ANY($1) AND member_id = $2 AND active ORDER BY id FOR SHARE`, [accounts, viewer.memberId]);
        if (found.length !== accounts.length) throw notFound("One of the accounts named (only your own member's active accounts may be sent)");
        const already: unknown[] = await manager.query(`SELECT 1 FROM event_participants WHERE event_id = $1 AND user_id = ANY($2) AND status <> 'WITHDRAWN' LIMIT 1`, [event.id, accounts]);
        if (already.length) throw alreadyRegistered();
      }

      // (a) The member's places, placed and waiting alike.
      const held: unknown[] = await manager.query(
        `INSERT INTO event_member_places (event_id, member_id, held) SELECT $1, $2, $3::int WHERE $3::int <= $4::int
         ON CONFLICT (event_id, member_id) DO UPDATE SET held = event_member_places.held + $3::int
         WHERE event_member_places.held + $3::int <= $4::int
         RETURNING held`,
        [event.id, viewer.memberId, count, event.placesPerMember],
      );
      if (!held.length) throw conflict(`A member may send at most ${event.placesPerMember} people to this event.`, 'MEMBER_PLACES_FULL');

      // (b) The event's places for everyone, or — joining the waiting list — as many as are left.
      let placed = count;
      const all = await updateCount(
        manager,
        `UPDATE events SET places_taken = places_taken + $2 WHERE id = $1 AND places_taken + $2 <= capacity AND status = 'PUBLISHED' AND registration_closes_at > now()`,
        [event.id, count],
      );
      if (all !== 1) {
        // FOR NO KEY UPDATE, never FOR UPDATE: every transaction writing rows that point at the event (its member places,
        // registration, participants) holds a KEY SHARE lock on it, which FOR UPDATE would wait for — a deadlock between two.
        const [now]: { places_taken: number; capacity: number; open: boolean }[] = await manager.query(
          `SELECT places_taken, capacity, (status = 'PUBLISHED' AND registration_closes_at > now()) AS open FROM events WHERE id = $1 FOR NO KEY UPDATE`,
          [event.id],
        );
        if (!now?.open) throw registrationClosed();
        if (!input.joinWaitlist) throw conflict('The event is full: there are not enough places left for everyone named.', 'EVENT_FULL');
        placed = Math.max(0, Math.min(count, now.capacity - now.places_taken));
        if (placed > 0) {
          const some = await updateCount(manager, `UPDATE events SET places_taken = places_taken + $2 WHERE id = $1 AND places_taken + $2 <= capacity`, [event.id, placed]);
          if (some !== 1) throw new Error('places changed under the event row lock');
        }
      }

      const { registration, reopened } = await this.registrationToAddTo(manager, viewer, event.id);
      const now = new Date();
      const people = [...accounts.map((userId) => ({ userId, guestName: null, guestTitle: null })), ...guests.map((guest) => ({ userId: null, guestName: guest.name, guestTitle: guest.title ?? null }))];
      const rows = people.map((person, index) =>
        manager.create(EventParticipantEntity, {
          eventId: event.id,
          registrationId: registration.id,
          memberId: viewer.memberId,
          ...person,
          status: index < placed ? 'PLACED' : 'WAITLISTED',
          // A millisecond apart: lists and the waiting list keep the order people were named in.
          placedAt: index < placed ? new Date(now.getTime() + index) : null,
          waitlistedAt: index < placed ? null : new Date(now.getTime() + index),
          withdrawnAt: null,
          isDemo: false,
        }),
      );
      await manager.save(rows).catch(rethrowUniqueViolation(alreadyRegistered));
      await recordAudit(manager, viewer, requestId, {
        action: 'event_registration.add',
        entityType: 'event_registration',
        entityId: registration.id,
        before: reopened ? { status: 'CONFIRMED' } : null,
        after: {
          eventId: event.id,
          status: registration.status,
          placed: rows.filter((row) => row.status === 'PLACED').map((row) => row.userId ?? row.guestName),
          waitlisted: rows.filter((row) => row.status === 'WAITLISTED').map((row) => row.userId ?? row.guestName),
        },
      });
      await notify(manager, emit, { userIds: await newsroomEditorIds(manager, [event.hostMemberId]), kind: 'EVENT_REGISTRATION_CHANGED', actorId: viewer.userId, eventId: event.id });
      emitEventChanged(emit, event.id);
      return registration;
    });
  }

  /**
   * The member's active registration, created if there is none. Two first registrations of one member are already
   * serialised by the member's places row; the partial unique index (ON CONFLICT … DO NOTHING, then read) settles any
   * other race to one registration. Adding people to a CONFIRMED registration returns it to PENDING.
   */
  private async registrationToAddTo(manager: EntityManager, viewer: Viewer, eventId: string): Promise<{ registration: EventRegistrationEntity; reopened: boolean }> {
    const created: { id: string }[] = await manager.query(
      `INSERT INTO event_registrations (event_id, member_id, registered_by_id, status) VALUES ($1, $2, $3, 'PENDING')
       ON CONFLICT (event_id, member_id) WHERE status <> 'WITHDRAWN' DO NOTHING RETURNING id`,
      [eventId, viewer.memberId, viewer.userId],
    );
    if (created[0]) return { registration: await manager.findOneByOrFail(EventRegistrationEntity, { id: created[0].id }), reopened: false };
    const [existing]: { id: string; status: string }[] = await manager.query(
      `SELECT id, status FROM event_registrations WHERE event_id = $1 AND member_id = $2 AND status <> 'WITHDRAWN' FOR NO KEY UPDATE`,
      [eventId, viewer.memberId],
    );
    if (!existing) throw new Error('the active registration vanished');
    await manager.query(
      `UPDATE event_registrations SET status = 'PENDING', confirmed_at = NULL, confirmed_by_id = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
      [existing.id],
    );
    return { registration: await manager.findOneByOrFail(EventRegistrationEntity, { id: existing.id }), reopened: existing.status === 'CONFIRMED' };
  }

  /** One person leaves; their places go back and the waiting list moves up. The last one leaving withdraws the registration. */
  withdrawParticipant(viewer: Viewer, participantId: string, requestId: string): Promise<EventRegistrationEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const participant = isUuid(participantId) ? await manager.findOneBy(EventParticipantEntity, { id: participantId }) : null;
      if (!participant) throw notFound('The participant');
      const { event, registration } = await this.changeable(manager, viewer, participant.registrationId);
      if (participant.status === 'WITHDRAWN') throw conflict('This person has already withdrawn.', 'NOT_ALLOWED_IN_STATE');
      return releaseParticipants(manager, emit, viewer, event, registration, [participant.id], requestId);
    });
  }

  /** Everyone of the registration leaves; their places go back and the waiting list moves up. */
  withdrawRegistration(viewer: Viewer, id: string, requestId: string): Promise<EventRegistrationEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const { event, registration } = await this.changeable(manager, viewer, id);
      if (registration.status === 'WITHDRAWN') throw conflict('This registration has already been withdrawn.', 'NOT_ALLOWED_IN_STATE');
      return releaseParticipants(manager, emit, viewer, event, registration, null, requestId);
    });
  }

  /** The host's staff or the secretariat confirm a PENDING registration; the registrant and the member's editors hear of it. */
  confirm(viewer: Viewer, id: string, requestId: string): Promise<EventRegistrationEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const registration = isUuid(id) ? await manager.findOneBy(EventRegistrationEntity, { id }) : null;
      const event = registration ? await manager.findOneBy(EventEntity, { id: registration.eventId }) : null;
      if (!registration || !event || !eventPolicy.mayRead(viewer, event) || !registrationPolicy.mayRead(viewer, registration, event)) throw notFound('The registration');
      if (!eventPolicy.mayManage(viewer, event)) throw forbidden("Only the host's editors and chief editor, and the secretariat, confirm registrations.");
      if (event.status !== 'PUBLISHED') throw conflict('Only registrations for a published event are confirmed.', 'NOT_ALLOWED_IN_STATE');
      const moved = await updateCount(
        manager,
        `UPDATE event_registrations SET status = 'CONFIRMED', confirmed_at = now(), confirmed_by_id = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status = 'PENDING'`,
        [id, viewer.userId],
      );
      if (moved !== 1) throw conflict(registration.status === 'CONFIRMED' ? 'This registration is already confirmed.' : 'Only a pending registration is confirmed.', 'NOT_ALLOWED_IN_STATE');
      await recordAudit(manager, viewer, requestId, { action: 'event_registration.confirm', entityType: 'event_registration', entityId: id, before: { status: registration.status }, after: { status: 'CONFIRMED' } });
      const editors = await newsroomEditorIds(manager, [registration.memberId]);
      await notify(manager, emit, { userIds: [registration.registeredById, ...editors], kind: 'EVENT_REGISTRATION_CONFIRMED', actorId: viewer.userId, eventId: event.id });
      emitEventChanged(emit, event.id);
      return manager.findOneByOrFail(EventRegistrationEntity, { id });
    });
  }

  /** Event.registrations: all that are not withdrawn for the host's staff and the secretariat; otherwise the viewer's member's own. Oldest first. */
  async list(viewer: Viewer, event: EventEntity, first: number | null | undefined, after: string | null | undefined): Promise<Page<EventRegistrationEntity>> {
    const size = pageSize(first);
    const query = this.dataSource.getRepository(EventRegistrationEntity).createQueryBuilder('r').where(`r.event_id = :eventId AND r.status <> 'WITHDRAWN'`, { eventId: event.id });
    if (!eventPolicy.mayManage(viewer, event)) query.andWhere('r.member_id = :member', { member: viewer.memberId });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(r.created_at, r.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').limit(size + 1).getMany();
    return toPage(rows, size, totalCount, (row) => [row.createdAt.toISOString(), row.id]);
  }

  /** The registration and its event, when the viewer may change it now (NOT_FOUND, FORBIDDEN, REGISTRATION_CLOSED otherwise). */
  private async changeable(manager: EntityManager, viewer: Viewer, registrationId: string): Promise<{ event: EventEntity; registration: EventRegistrationEntity }> {
    const registration = isUuid(registrationId) ? await manager.findOneBy(EventRegistrationEntity, { id: registrationId }) : null;
    const event = registration ? await manager.findOneBy(EventEntity, { id: registration.eventId }) : null;
    if (!registration || !event || !eventPolicy.mayRead(viewer, event) || !registrationPolicy.mayRead(viewer, registration, event)) throw notFound('The registration');
    if (!registrationPolicy.mayChange(viewer, registration)) throw forbidden("Only the registering member's editors and chief editor change its registration.");
    if (phaseNow(event) !== 'REGISTRATION_OPEN') throw registrationClosed();
    return { event, registration };
  }
}
