import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  addCalendarDays,
  allianceDate,
  canMoveEvent,
  EVENT_LIMITS,
  eventDates,
  eventPhase,
  isUuid,
  MEMBER_PLACE_HOLDING_STATUSES,
  type EventAction,
  type EventPhase,
  type EventStatus,
  type RegistrationStatus,
} from '@yah/shared';
import { sqlState } from '../../common/db-errors';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { newsroomEditorIds, notify } from '../notifications/notification.service';
import { ResourceEntity } from '../resources/resource.entity';
import { resourcePolicy } from '../resources/resource.policy';
import { TopicEntity } from '../topics/topic.entity';
import { topicPolicy } from '../topics/topic.policy';
import { emitEventChanged } from './event-events';
import { EventEntity, EventInvitationEntity, EventMaterialEntity, EventStopEntity, EventTopicEntity } from './event.entity';
import type { EventChangesInput, EventFilter, EventStopInput, NewEventInput } from './event.input';
import { eventPolicy } from './event.policy';
import { promoteFromWaitlist } from './waitlist';

/** Today's calendar day in alliance time. */
export const allianceToday = (now: Date = new Date()) => allianceDate(now);

/** The event's phase now (shared `eventPhase`, today in alliance time). */
export const phaseNow = (event: Pick<EventEntity, 'status' | 'startsOn' | 'endsOn' | 'registrationClosesAt'>, now: Date = new Date()): EventPhase =>
  eventPhase(event, now, allianceToday(now));

/** "09:00:00" as PostgreSQL keeps a time → "09:00". */
export const hhmm = (time: string) => time.slice(0, 5);

/** The first instant of a calendar day in alliance time (UTC+8 all year). */
const startOfAllianceDay = (day: string) => new Date(`${day}T00:00:00+08:00`);

interface StopDraft {
  id: string | null;
  day: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  latitude: number | null;
  longitude: number | null;
  activity: string;
  leader: string | null;
}

/** An event as it would be after a create or an edit, before it is checked and written. */
interface EventDraft {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  capacity: number;
  placesPerMember: number;
  registrationClosesAt: Date;
  invitesAllMembers: boolean;
  invitedMemberIds: string[];
  stops: StopDraft[];
  materialIds: string[];
  topicIds: string[];
}

const stopDraft = (stop: EventStopInput): StopDraft => ({
  id: stop.id ?? null,
  day: stop.day,
  startsAt: stop.startsAt,
  endsAt: stop.endsAt ?? null,
  place: stop.place,
  latitude: stop.latitude ?? null,
  longitude: stop.longitude ?? null,
  activity: stop.activity,
  leader: stop.leader ?? null,
});

const storedStop = (stop: EventStopEntity): StopDraft => ({
  id: stop.id,
  day: stop.day,
  startsAt: hhmm(stop.startsAt),
  endsAt: stop.endsAt ? hhmm(stop.endsAt) : null,
  place: stop.place,
  latitude: stop.latitude,
  longitude: stop.longitude,
  activity: stop.activity,
  leader: stop.leader,
});

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** What a participant sees of the schedule: a change to any of it tells them. */
const scheduleOf = (draft: Pick<EventDraft, 'startsOn' | 'endsOn' | 'place' | 'latitude' | 'longitude' | 'stops'>) =>
  JSON.stringify([
    draft.startsOn,
    draft.endsOn,
    draft.place,
    draft.latitude,
    draft.longitude,
    [...draft.stops]
      .sort((a, b) => `${a.day} ${a.startsAt} ${a.place}`.localeCompare(`${b.day} ${b.startsAt} ${b.place}`))
      .map((stop) => [stop.day, stop.startsAt, stop.endsAt, stop.place, stop.latitude, stop.longitude, stop.activity, stop.leader]),
  ]);

const auditView = (event: EventEntity, draft?: Pick<EventDraft, 'stops' | 'invitedMemberIds' | 'materialIds' | 'topicIds'>) => ({
  kind: event.kind,
  title: event.title,
  hostMemberId: event.hostMemberId,
  status: event.status,
  startsOn: event.startsOn,
  endsOn: event.endsOn,
  place: event.place,
  latitude: event.latitude,
  longitude: event.longitude,
  capacity: event.capacity,
  placesPerMember: event.placesPerMember,
  registrationClosesAt: event.registrationClosesAt,
  invitesAllMembers: event.invitesAllMembers,
  cancelReason: event.cancelReason,
  version: event.version,
  ...(draft
    ? {
        stops: draft.stops.map((stop) => `${stop.day} ${stop.startsAt} ${stop.place}`),
        invitedMemberIds: draft.invitedMemberIds,
        materialIds: draft.materialIds,
        topicIds: draft.topicIds,
      }
    : {}),
});

const ACTIVE_REGISTRATION: RegistrationStatus[] = ['PENDING', 'CONFIRMED'];

/** Joint trips, conferences and trainings (联合采访活动 / 会议 / 培训): finding them, and the host's changes to them. */
export class EventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The event if the viewer may read it (drafts: its managers only), else null. */
  async byId(viewer: Viewer, id: string): Promise<EventEntity | null> {
    const event = isUuid(id) ? await this.dataSource.getRepository(EventEntity).findOneBy({ id }) : null;
    return event && eventPolicy.mayRead(viewer, event) ? event : null;
  }

  /** The event the viewer asked for: NOT_FOUND when unknown or not theirs to read (a draft they do not manage). */
  async get(viewer: Viewer, id: string): Promise<EventEntity> {
    const event = await this.byId(viewer, id);
    if (!event) throw notFound('The event');
    return event;
  }

  /**
   * UPCOMING (not over yet in alliance time), soonest first; PAST, latest first; ALL, latest first. Drafts only for
   * those who manage them (the host's editors, the secretariat).
   */
  async list(viewer: Viewer, filter: Partial<EventFilter>, first: number | null | undefined, after: string | null | undefined): Promise<Page<EventEntity>> {
    const size = pageSize(first);
    const when = filter.when ?? 'UPCOMING';
    const today = allianceToday();
    const query = this.dataSource.getRepository(EventEntity).createQueryBuilder('e');
    const draft: EventStatus = 'DRAFT';
    const drafts = eventPolicy.draftsListed(viewer);
    if (drafts === 'OWN_MEMBER') query.where('(e.status <> :draft OR e.host_member_id = :me)', { draft, me: viewer.memberId });
    if (drafts === 'NONE') query.where('e.status <> :draft', { draft });
    if (when === 'UPCOMING') query.andWhere('e.ends_on >= :today', { today });
    if (when === 'PAST') query.andWhere('e.ends_on < :today', { today });
    if (filter.kinds?.length) query.andWhere('e.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.hostMemberId) query.andWhere('e.host_member_id = :host', { host: filter.hostMemberId });
    const totalCount = await query.clone().getCount();
    const ascending = when === 'UPCOMING';
    if (after) {
      const [startsOn, id] = decodeCursor(after, ['date', 'uuid']);
      query.andWhere(`(e.starts_on, e.id) ${ascending ? '>' : '<'} (CAST(:afterDay AS date), :afterId)`, { afterDay: startsOn, afterId: id });
    }
    const order = ascending ? 'ASC' : 'DESC';
    const rows = await query.orderBy('e.starts_on', order).addOrderBy('e.id', order).limit(size + 1).getMany();
    return toPage(rows, size, totalCount, (event) => [event.startsOn, event.id]);
  }

  /** A DRAFT: chief editors for their own member, the secretariat for any member. */
  async create(viewer: Viewer, input: NewEventInput, requestId: string): Promise<EventEntity> {
    const hostMemberId = input.hostMemberId ?? viewer.memberId;
    authorize(eventPolicy.mayCreate(viewer, hostMemberId), 'Chief editors create events their own member hosts; the secretariat creates them for any member.');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const host = await manager.findOneBy(MemberEntity, { id: hostMemberId });
      if (!host || host.status !== 'ACTIVE') throw badInput('The host must be an active member.', 'VALIDATION', { hostMemberId: 'unknown or inactive member' });
      const draft: EventDraft = {
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        place: input.place,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        description: input.description,
        capacity: input.capacity,
        placesPerMember: input.placesPerMember,
        registrationClosesAt: input.registrationClosesAt,
        invitesAllMembers: input.invitesAllMembers,
        invitedMemberIds: input.invitesAllMembers ? [] : unique(input.invitedMemberIds ?? []),
        stops: (input.stops ?? []).map(stopDraft),
        materialIds: unique(input.materialIds ?? []),
        topicIds: unique(input.topicIds ?? []),
      };
      if (draft.stops.some((stop) => stop.id)) throw badInput('A new event has no stops to keep yet: send its stops without ids.', 'VALIDATION', { stops: 'no ids on create' });
      await this.check(manager, viewer, draft, null);
      const event = await manager.save(
        manager.create(EventEntity, {
          kind: input.kind,
          title: draft.title,
          hostMemberId,
          startsOn: draft.startsOn,
          endsOn: draft.endsOn,
          place: draft.place,
          latitude: draft.latitude,
          longitude: draft.longitude,
          description: draft.description,
          capacity: draft.capacity,
          placesPerMember: draft.placesPerMember,
          placesTaken: 0,
          registrationClosesAt: draft.registrationClosesAt,
          status: 'DRAFT',
          invitesAllMembers: draft.invitesAllMembers,
          cancelReason: null,
          publishedAt: null,
          cancelledAt: null,
          createdById: viewer.userId,
          isDemo: false,
          version: 1,
        }),
      );
      await this.writeRelations(manager, event.id, draft, { stops: [], invitedMemberIds: [], materialIds: [], topicIds: [] });
      await recordAudit(manager, viewer, requestId, { action: 'event.create', entityType: 'event', entityId: event.id, after: auditView(event, draft) });
      emitEventChanged(emit, event.id);
      return event;
    });
  }

  /**
   * The host's edit; `version` is the one the edit started from. The event row is locked for the whole transaction
   * (registrations lock it too), so places cannot be taken between the check and the write. A schedule change on a
   * published event tells everyone registered; more places move the waiting list up.
   */
  async update(viewer: Viewer, id: string, version: number, input: EventChangesInput, requestId: string): Promise<EventEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const event = await this.lockedFor(manager, viewer, id, 'EDIT');
      if (event.version !== version) throw stale();
      const before = await this.currentRelations(manager, event);
      const draft: EventDraft = {
        title: input.title ?? event.title,
        startsOn: input.startsOn ?? event.startsOn,
        endsOn: input.endsOn ?? event.endsOn,
        place: input.place ?? event.place,
        latitude: input.latitude === undefined ? event.latitude : input.latitude,
        longitude: input.longitude === undefined ? event.longitude : input.longitude,
        description: input.description === undefined ? event.description : (input.description ?? ''),
        capacity: input.capacity ?? event.capacity,
        placesPerMember: input.placesPerMember ?? event.placesPerMember,
        registrationClosesAt: input.registrationClosesAt ?? event.registrationClosesAt,
        invitesAllMembers: input.invitesAllMembers ?? event.invitesAllMembers,
        invitedMemberIds: unique(input.invitedMemberIds ?? before.invitedMemberIds),
        stops: input.stops ? input.stops.map(stopDraft) : before.stops,
        materialIds: input.materialIds ? unique(input.materialIds) : before.materialIds,
        topicIds: input.topicIds ? unique(input.topicIds) : before.topicIds,
      };
      if (draft.invitesAllMembers) draft.invitedMemberIds = [];
      // One of the pair changed alone: the other goes with it only if it was sent too.
      if ((input.latitude === undefined) !== (input.longitude === undefined)) {
        throw badInput('Give latitude and longitude together.', 'VALIDATION', { [input.latitude === undefined ? 'latitude' : 'longitude']: 'required with the other' });
      }
      await this.check(manager, viewer, draft, before);
      await this.assertPlaces(manager, event, draft);
      await this.assertInvitationsInUse(manager, event, draft);
      await this.assertStopHistoryKept(manager, event.id, before.stops, draft.stops);
      const result = await manager
        .createQueryBuilder()
        .update(EventEntity)
        .set({
          title: draft.title,
          startsOn: draft.startsOn,
          endsOn: draft.endsOn,
          place: draft.place,
          latitude: draft.latitude,
          longitude: draft.longitude,
          description: draft.description,
          capacity: draft.capacity,
          placesPerMember: draft.placesPerMember,
          registrationClosesAt: draft.registrationClosesAt,
          invitesAllMembers: draft.invitesAllMembers,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw stale();
      await this.writeRelations(manager, id, draft, before);
      const updated = await manager.findOneByOrFail(EventEntity, { id });
      if (updated.status === 'PUBLISHED') {
        if (scheduleOf(draft) !== scheduleOf({ ...event, stops: before.stops })) {
          await notify(manager, emit, { userIds: await registeredPeople(manager, id), kind: 'EVENT_SCHEDULE_CHANGED', actorId: viewer.userId, eventId: id });
        }
        const newlyInvited = await this.invitedMembers(manager, updated, draft.invitedMemberIds);
        const wereInvited = new Set(await this.invitedMembers(manager, event, before.invitedMemberIds));
        const added = newlyInvited.filter((memberId) => !wereInvited.has(memberId));
        await notify(manager, emit, { userIds: await newsroomEditorIds(manager, added), kind: 'EVENT_INVITED', actorId: viewer.userId, eventId: id });
      }
      if (draft.capacity > event.capacity) await promoteFromWaitlist(manager, emit, id, { actor: viewer, requestId });
      await recordAudit(manager, viewer, requestId, {
        action: 'event.update',
        entityType: 'event',
        entityId: id,
        before: auditView(event, before),
        after: auditView(updated, draft),
      });
      emitEventChanged(emit, id);
      return manager.findOneByOrFail(EventEntity, { id });
    });
  }

  /** DRAFT → PUBLISHED: the invited members' editors and chief editors are told (not the host's own). */
  async publish(viewer: Viewer, id: string, requestId: string): Promise<EventEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const event = await this.lockedFor(manager, viewer, id, 'PUBLISH');
      if (event.registrationClosesAt.getTime() <= Date.now()) {
        throw conflict('Registration for this event would already be closed: set a later deadline first.', 'REGISTRATION_CLOSED');
      }
      const updated = await this.moveTo(manager, event, 'PUBLISHED', { publishedAt: () => 'now()' });
      const invited = await this.invitedMembers(manager, event, (await this.currentRelations(manager, event)).invitedMemberIds);
      await notify(manager, emit, { userIds: await newsroomEditorIds(manager, invited), kind: 'EVENT_INVITED', actorId: viewer.userId, eventId: id });
      await recordAudit(manager, viewer, requestId, { action: 'event.publish', entityType: 'event', entityId: id, before: auditView(event), after: auditView(updated) });
      emitEventChanged(emit, id);
      return updated;
    });
  }

  /** → CANCELLED, with the reason: everyone registered (participants with accounts, registrants) is told. */
  async cancel(viewer: Viewer, id: string, reason: string, requestId: string): Promise<EventEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const event = await this.lockedFor(manager, viewer, id, 'CANCEL');
      const updated = await this.moveTo(manager, event, 'CANCELLED', { cancelReason: reason, cancelledAt: () => 'now()' });
      await notify(manager, emit, { userIds: await registeredPeople(manager, id), kind: 'EVENT_CANCELLED', actorId: viewer.userId, eventId: id, detail: reason });
      await recordAudit(manager, viewer, requestId, { action: 'event.cancel', entityType: 'event', entityId: id, before: auditView(event), after: auditView(updated) });
      emitEventChanged(emit, id);
      return updated;
    });
  }

  /**
   * Reads the event under a row lock (`SELECT … FOR NO KEY UPDATE`, the lock registrations take too: unlike FOR UPDATE it
   * does not wait for the KEY SHARE locks that rows pointing at the event hold, so the two never deadlock) and checks the viewer
   * may take `action` now: NOT_FOUND if they may not read it, FORBIDDEN if they may not manage it, CONFLICT if its
   * state or phase does not allow it.
   */
  private async lockedFor(manager: EntityManager, viewer: Viewer, id: string, action: Extract<EventAction, 'EDIT' | 'PUBLISH' | 'CANCEL'>): Promise<EventEntity> {
    const event = isUuid(id) ? await manager.findOne(EventEntity, { where: { id }, lock: { mode: 'for_no_key_update' } }) : null;
    if (!event || !eventPolicy.mayRead(viewer, event)) throw notFound('The event');
    if (!eventPolicy.mayManage(viewer, event)) throw forbidden("Only the host member's editors and the secretariat change an event.");
    const actions = eventPolicy.actions(viewer, event, phaseNow(event), false, allianceToday());
    if (!actions.includes(action)) {
      throw conflict(event.status === 'CANCELLED' ? 'This event is cancelled.' : `An event that is ${phaseNow(event).toLowerCase().replace('_', ' ')} cannot be changed this way.`, 'NOT_ALLOWED_IN_STATE');
    }
    return event;
  }

  /** A state change guarded by the state it starts from. */
  private async moveTo(manager: EntityManager, event: EventEntity, to: EventStatus, changes: Record<string, unknown>): Promise<EventEntity> {
    if (!canMoveEvent(event.status, to)) throw conflict('The event cannot move to that state now.', 'NOT_ALLOWED_IN_STATE');
    const result = await manager
      .createQueryBuilder()
      .update(EventEntity)
      .set({ ...changes, status: to, version: () => 'version + 1' })
      .where('id = :id AND status = :from', { id: event.id, from: event.status })
      .execute();
    if (result.affected !== 1) throw stale();
    return manager.findOneByOrFail(EventEntity, { id: event.id });
  }

  /** The members an event invites: every active member but the secretariat, or those named; never the host itself. */
  private async invitedMembers(manager: EntityManager, event: Pick<EventEntity, 'invitesAllMembers' | 'hostMemberId'>, named: readonly string[]): Promise<string[]> {
    const ids = event.invitesAllMembers
      ? ((await manager.query(`SELECT id FROM members WHERE status = 'ACTIVE' AND alliance_role <> 'SECRETARIAT'`)) as { id: string }[]).map((row) => row.id)
      : [...named];
    return ids.filter((memberId) => memberId !== event.hostMemberId);
  }

  private async currentRelations(manager: EntityManager, event: EventEntity): Promise<Pick<EventDraft, 'stops' | 'invitedMemberIds' | 'materialIds' | 'topicIds'>> {
    const [stops, invitations, materials, topics] = [
      await manager.find(EventStopEntity, { where: { eventId: event.id }, order: { day: 'ASC', startsAt: 'ASC', position: 'ASC' } }),
      await manager.findBy(EventInvitationEntity, { eventId: event.id }),
      await manager.find(EventMaterialEntity, { where: { eventId: event.id }, order: { position: 'ASC' } }),
      await manager.findBy(EventTopicEntity, { eventId: event.id }),
    ];
    return {
      stops: stops.map(storedStop),
      invitedMemberIds: invitations.map((row) => row.memberId),
      materialIds: materials.map((row) => row.resourceId),
      topicIds: topics.map((row) => row.topicId),
    };
  }

  /**
   * What the input classes cannot check: the order and span of the days, stops within them, the deadline, places,
   * invited members, materials and topics. Members already invited, materials and topics already attached are kept
   * without a new check.
   */
  private async check(manager: EntityManager, viewer: Viewer, draft: EventDraft, before: Pick<EventDraft, 'invitedMemberIds' | 'materialIds' | 'topicIds'> | null): Promise<void> {
    const invalid = (field: string, problem: string, message: string) => badInput(message, 'VALIDATION', { [field]: problem });
    if (draft.endsOn < draft.startsOn) throw invalid('endsOn', 'before startsOn', 'The last day cannot come before the first.');
    if (draft.endsOn < allianceToday()) throw invalid('endsOn', 'in the past', 'The event would already be over: its last day is before today (Beijing time).');
    if (!draft.invitesAllMembers && !draft.invitedMemberIds.length) {
      throw invalid('invitedMemberIds', 'name at least one member', 'Invite every member, or name at least one member to invite.');
    }
    if (addCalendarDays(draft.startsOn, EVENT_LIMITS.days.max - 1) < draft.endsOn) {
      throw invalid('endsOn', `more than ${EVENT_LIMITS.days.max} days`, `An event lasts at most ${EVENT_LIMITS.days.max} days.`);
    }
    if ((draft.latitude === null) !== (draft.longitude === null)) {
      throw invalid(draft.latitude === null ? 'latitude' : 'longitude', 'required with the other', 'Give latitude and longitude together.');
    }
    if (draft.registrationClosesAt.getTime() >= startOfAllianceDay(addCalendarDays(draft.startsOn, 1)).getTime()) {
      throw invalid('registrationClosesAt', 'after the first day', 'Registration closes before the end of the first day (Beijing time).');
    }
    if (draft.capacity < draft.placesPerMember) throw invalid('placesPerMember', 'more than capacity', 'A member cannot hold more places than the event has.');
    const days = new Set(eventDates(draft.startsOn, draft.endsOn));
    const stopIds = draft.stops.flatMap((stop) => (stop.id ? [stop.id] : []));
    if (new Set(stopIds).size !== stopIds.length) throw invalid('stops', 'the same stop twice', 'Each stop appears once in the itinerary.');
    const slots = draft.stops.map((stop) => JSON.stringify([stop.day, stop.startsAt, stop.place.trim()]));
    if (new Set(slots).size !== slots.length) throw invalid('stops', 'two stops at the same day, time and place', 'Two stops have the same day, time and place: keep one.');
    draft.stops.forEach((stop, index) => {
      if (!days.has(stop.day)) throw invalid(`stops.${index}.day`, "outside the event's days", `Stop ${index + 1} falls outside the event's days.`);
      if (stop.endsAt !== null && stop.endsAt <= stop.startsAt) throw invalid(`stops.${index}.endsAt`, 'not after startsAt', `Stop ${index + 1} ends before it starts.`);
      if ((stop.latitude === null) !== (stop.longitude === null)) {
        throw invalid(`stops.${index}.${stop.latitude === null ? 'latitude' : 'longitude'}`, 'required with the other', 'Give latitude and longitude together.');
      }
    });
    // Newly named members must be active newsrooms; one invited before and suspended since stays invited (its history).
    const newInvitees = draft.invitedMemberIds.filter((memberId) => !before?.invitedMemberIds.includes(memberId));
    if (newInvitees.length) {
      const members = await manager.findBy(MemberEntity, { id: In(newInvitees) });
      const usable = members.filter((member) => member.status === 'ACTIVE' && member.allianceRole !== 'SECRETARIAT');
      if (usable.length !== newInvitees.length) {
        throw invalid('invitedMemberIds', 'unknown, inactive or the secretariat', 'Invite active member units only (the secretariat is never invited).');
      }
    }
    const newMaterials = draft.materialIds.filter((resourceId) => !before?.materialIds.includes(resourceId));
    if (newMaterials.length) {
      const pieces = await manager.findBy(ResourceEntity, { id: In(newMaterials) });
      if (pieces.filter((piece) => piece.area === 'CONTENT' && resourcePolicy.mayRead(viewer, piece)).length !== newMaterials.length) {
        throw invalid('materialIds', 'not a library piece you may read', 'Materials are pieces of the content library you may read.');
      }
    }
    const newTopics = draft.topicIds.filter((topicId) => !before?.topicIds.includes(topicId));
    if (newTopics.length) {
      const topics = await manager.findBy(TopicEntity, { id: In(newTopics) });
      if (topics.filter((topic) => topicPolicy.canRead(viewer, topic)).length !== newTopics.length) {
        throw invalid('topicIds', 'not a topic you may read', 'Link joint topics you may read.');
      }
    }
  }

  /** Places already taken and held bound the new numbers (the event row is locked: no registration runs meanwhile). */
  private async assertPlaces(manager: EntityManager, event: EventEntity, draft: EventDraft): Promise<void> {
    if (draft.capacity < event.placesTaken) {
      throw conflict(`${event.placesTaken} places are taken: the event cannot have fewer.`, 'PLACES_IN_USE');
    }
    if (draft.placesPerMember < event.placesPerMember) {
      const [row]: { held: number | null }[] = await manager.query(`SELECT max(held)::int AS held FROM event_member_places WHERE event_id = $1`, [event.id]);
      if ((row?.held ?? 0) > draft.placesPerMember) {
        throw conflict(`A member already holds ${row?.held} places: places per member cannot go below that.`, 'PLACES_IN_USE');
      }
    }
  }

  /**
   * A member with people registered stays invited: an edit that stops inviting every member, or drops named members,
   * may not leave out one that holds places (the host itself always may register).
   */
  private async assertInvitationsInUse(manager: EntityManager, event: EventEntity, draft: EventDraft): Promise<void> {
    if (draft.invitesAllMembers) return;
    const [row]: { count: number }[] = await manager.query(
      `SELECT count(DISTINCT member_id)::int AS count FROM event_registrations
        WHERE event_id = $1 AND status <> 'WITHDRAWN' AND member_id <> $2 AND member_id <> ALL($3::uuid[])`,
      [event.id, event.hostMemberId, draft.invitedMemberIds],
    );
    const count = row?.count ?? 0;
    if (count > 0) {
      throw conflict(
        `${count} member${count === 1 ? ' holds' : 's hold'} places at this event and would no longer be invited: keep inviting them, or they withdraw first.`,
        'PLACES_IN_USE',
      );
    }
  }

  /**
   * Stops someone was checked in at stay in the itinerary where and when they were: not removed, and their day, start
   * and place unchanged (their activity, leader and end may still be corrected).
   */
  private async assertStopHistoryKept(manager: EntityManager, eventId: string, before: StopDraft[], after: StopDraft[]): Promise<void> {
    const kept = new Map(after.flatMap((stop) => (stop.id ? [[stop.id, stop] as const] : [])));
    const known = new Set(before.map((stop) => stop.id));
    if ([...kept.keys()].some((stopId) => !known.has(stopId))) throw badInput('Keep stops of this event only.', 'VALIDATION', { stops: 'unknown stop id' });
    const touched = before.flatMap((stop) => {
      const next = stop.id ? kept.get(stop.id) : undefined;
      const moved = !next || next.day !== stop.day || next.startsAt !== stop.startsAt || next.place !== stop.place;
      return stop.id && moved ? [stop.id] : [];
    });
    if (!touched.length) return;
    const [row]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM event_check_ins WHERE event_id = $1 AND stop_id = ANY($2::uuid[])`, [eventId, touched]);
    if ((row?.count ?? 0) > 0) throw stopHasCheckIns();
  }

  /** Replaces what changed of the itinerary, the invitations, the materials and the topics. */
  private async writeRelations(manager: EntityManager, eventId: string, draft: EventDraft, before: Pick<EventDraft, 'stops' | 'invitedMemberIds' | 'materialIds' | 'topicIds'>): Promise<void> {
    const kept = new Set(draft.stops.flatMap((stop) => (stop.id ? [stop.id] : [])));
    const removed = before.stops.flatMap((stop) => (stop.id && !kept.has(stop.id) ? [stop.id] : []));
    // A check-in that slipped in after the check still holds its stop (the foreign key refuses the delete).
    if (removed.length) await manager.delete(EventStopEntity, { id: In(removed) }).catch(rethrowForeignKey(stopHasCheckIns));
    const ordered = [...draft.stops].sort((a, b) => `${a.day} ${a.startsAt}`.localeCompare(`${b.day} ${b.startsAt}`));
    for (const [position, stop] of ordered.entries()) {
      const fields = { day: stop.day, startsAt: stop.startsAt, endsAt: stop.endsAt, place: stop.place, latitude: stop.latitude, longitude: stop.longitude, activity: stop.activity, leader: stop.leader, position };
      if (stop.id) await manager.update(EventStopEntity, { id: stop.id, eventId }, fields);
      else await manager.insert(EventStopEntity, { ...fields, eventId });
    }
    if (draft.invitedMemberIds.join() !== before.invitedMemberIds.join()) {
      await manager.delete(EventInvitationEntity, { eventId });
      if (draft.invitedMemberIds.length) await manager.insert(EventInvitationEntity, draft.invitedMemberIds.map((memberId) => ({ eventId, memberId })));
    }
    if (draft.materialIds.join() !== before.materialIds.join()) {
      await manager.delete(EventMaterialEntity, { eventId });
      if (draft.materialIds.length) await manager.insert(EventMaterialEntity, draft.materialIds.map((resourceId, position) => ({ eventId, resourceId, position })));
    }
    if (draft.topicIds.join() !== before.topicIds.join()) {
      await manager.delete(EventTopicEntity, { eventId });
      if (draft.topicIds.length) await manager.insert(EventTopicEntity, draft.topicIds.map((topicId) => ({ eventId, topicId })));
    }
  }
}

const stale = () => conflict('Someone changed this event meanwhile. Reload it to see their changes.', 'STALE_VERSION');
const stopHasCheckIns = () =>
  conflict('People are already checked in at a stop you removed or moved: keep that stop on its day, time and place.', 'STOP_HAS_CHECK_INS');

const FOREIGN_KEY_VIOLATION = '23503';
const rethrowForeignKey = (toError: () => Error) => (error: unknown) => {
  throw sqlState(error) === FOREIGN_KEY_VIOLATION ? toError() : error;
};

/** Everyone registered for an event who has an account: participants placed or waiting, and their registrants. */
async function registeredPeople(manager: EntityManager, eventId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT p.user_id AS id FROM event_participants p JOIN users u ON u.id = p.user_id
      WHERE p.event_id = $1 AND p.status = ANY($2) AND u.active
     UNION
     SELECT r.registered_by_id AS id FROM event_registrations r JOIN users u ON u.id = r.registered_by_id
      WHERE r.event_id = $1 AND r.status = ANY($3) AND u.active`,
    [eventId, MEMBER_PLACE_HOLDING_STATUSES, ACTIVE_REGISTRATION],
  );
  return rows.map((row) => row.id);
}

/** For the calendar and field resolvers: whether the viewer's member may register (host included; never the secretariat). */
export function isViewerInvited(viewer: Viewer, event: Pick<EventEntity, 'hostMemberId' | 'invitesAllMembers'>, invitedMemberIds: readonly string[]): boolean {
  if (viewer.memberIsSecretariat) return false;
  return event.invitesAllMembers || event.hostMemberId === viewer.memberId || invitedMemberIds.includes(viewer.memberId);
}
