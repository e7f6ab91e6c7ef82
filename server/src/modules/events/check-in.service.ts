import type { DataSource } from 'typeorm';
import { allianceDate, checkInOpen, isUuid } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { EventStopEntity } from './event.entity';
import { eventPolicy } from './event.policy';
import { emitEventChanged } from './event-events';
import { passKey, passToken, verifyPass } from './event-pass';
import { EventCheckInEntity, EventParticipantEntity } from './registration.entity';
import { readableEvent } from './registration.service';

export interface CheckInRequest {
  eventId: string;
  userId?: string | null;
  participantId?: string | null;
  pass?: string | null;
  stopId?: string | null;
}

/** The wall-clock time "HH:MM:SS" of an instant in alliance time (UTC+8 all year). */
export function allianceClock(instant: Date): string {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(11, 19);
}

/**
 * The stop a check-in defaults to on alliance day `today` at `clock`: the last of the day's stops (in time order) that
 * has started, else the day's first; null when the event has no stop that day.
 */
export function currentStop<T extends { startsAt: string }>(stopsOfToday: readonly T[], clock: string): T | null {
  const started = stopsOfToday.filter((stop) => stop.startsAt <= clock);
  return started[started.length - 1] ?? stopsOfToday[0] ?? null;
}

const invalidPass = () => badInput('This pass is not valid for this event.', 'INVALID_PASS', { pass: 'not a pass of a placed participant of this event' });

export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The pass of a PLACED participant: the token their QR code carries. */
  async passFor(participant: Pick<EventParticipantEntity, 'id' | 'eventId'>): Promise<string> {
    return passToken(await passKey(this.dataSource), participant.id, participant.eventId);
  }

  /**
   * Checks a PLACED participant in at a stop: the host's staff and the secretariat only (a participant holding their
   * own pass cannot check themselves in). Exactly one of account, participant or pass names them; a pass must verify
   * and name a placed participant of this event. Once per participant and stop (the unique index settles races).
   */
  async checkIn(viewer: Viewer, request: CheckInRequest, requestId: string): Promise<EventCheckInEntity> {
    const named = [request.userId, request.participantId, request.pass].filter((value) => value !== null && value !== undefined);
    if (named.length !== 1) throw badInput('Name exactly one of the account, the participant or the pass.', 'VALIDATION', { userId: 'give exactly one of userId, participantId, pass' });
    const key = request.pass ? await passKey(this.dataSource) : null;
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const event = await readableEvent(manager, viewer, request.eventId);
      authorize(eventPolicy.mayManage(viewer, event), "Only the host's editors and chief editor, and the secretariat, check people in.");
      if (event.status !== 'PUBLISHED') throw conflict('Only a published event has check-ins.', 'NOT_ALLOWED_IN_STATE');

      let participant: EventParticipantEntity | null;
      if (key && request.pass) {
        const named = verifyPass(key, request.pass);
        if (!named || named.eventId !== event.id) throw invalidPass();
        participant = await manager.findOneBy(EventParticipantEntity, { id: named.participantId, eventId: event.id, status: 'PLACED' });
        if (!participant) throw invalidPass();
      } else {
        const by = request.userId ? { userId: request.userId } : { id: request.participantId ?? '' };
        participant = isUuid(request.userId ?? request.participantId ?? '') ? await manager.findOneBy(EventParticipantEntity, { ...by, eventId: event.id, status: 'PLACED' }) : null;
        if (!participant) throw notFound('A placed participant of this event so named');
      }

      const now = new Date();
      let stop: EventStopEntity | null;
      if (request.stopId) {
        stop = await manager.findOneBy(EventStopEntity, { id: request.stopId, eventId: event.id });
        if (!stop) throw badInput("This stop is not on the event's itinerary.", 'VALIDATION', { stopId: "not a stop of this event" });
      } else {
        const today = await manager.find(EventStopEntity, { where: { eventId: event.id, day: allianceDate(now) }, order: { startsAt: 'ASC', position: 'ASC', id: 'ASC' } });
        stop = currentStop(today, allianceClock(now));
        if (!stop) throw badInput('The event has no stop today: name the stop.', 'VALIDATION', { stopId: 'name the stop (none today)' });
      }

      if (!checkInOpen(event, stop.day, allianceDate(now))) {
        throw conflict(`People are checked in on the day: this stop is on ${stop.day} (Beijing time), and the event ends on ${event.endsOn}.`, 'CHECK_IN_NOT_OPEN');
      }
      const method = request.pass ? 'QR' : 'LIST';
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO event_check_ins (event_id, stop_id, participant_id, method, checked_in_by_id, checked_in_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (participant_id, stop_id) DO NOTHING RETURNING id`,
        [event.id, stop.id, participant.id, method, viewer.userId, now],
      );
      const id = inserted[0]?.id;
      if (!id) throw conflict('This person is already checked in at this stop.', 'ALREADY_CHECKED_IN');
      await recordAudit(manager, viewer, requestId, {
        action: 'event_check_in.create',
        entityType: 'event_check_in',
        entityId: id,
        after: { eventId: event.id, stopId: stop.id, participantId: participant.id, method },
      });
      emitEventChanged(emit, event.id);
      return manager.findOneByOrFail(EventCheckInEntity, { id });
    });
  }

  /** Takes back a check-in made by mistake (the host's staff and the secretariat). */
  undo(viewer: Viewer, id: string, requestId: string): Promise<boolean> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const checkIn = isUuid(id) ? await manager.findOneBy(EventCheckInEntity, { id }) : null;
      if (!checkIn) throw notFound('The check-in');
      const event = await readableEvent(manager, viewer, checkIn.eventId).catch(() => {
        throw notFound('The check-in');
      });
      authorize(eventPolicy.mayManage(viewer, event), "Only the host's editors and chief editor, and the secretariat, undo a check-in.");
      const [, deleted]: [unknown[], number] = await manager.query(`DELETE FROM event_check_ins WHERE id = $1`, [id]);
      if (deleted !== 1) throw notFound('The check-in');
      await recordAudit(manager, viewer, requestId, {
        action: 'event_check_in.undo',
        entityType: 'event_check_in',
        entityId: id,
        before: { eventId: checkIn.eventId, stopId: checkIn.stopId, participantId: checkIn.participantId, method: checkIn.method },
      });
      emitEventChanged(emit, event.id);
      return true;
    });
  }
}
