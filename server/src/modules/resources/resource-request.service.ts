import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  allianceDate,
  capacityPeriodStart,
  CAPACITY_HOLDING_REQUEST_STATES,
  canMoveResourceRequest,
  isUuid,
  NEWSROOM_EDITOR_ROLES,
  OPEN_REQUEST_STATES,
  RESOURCE_REQUEST_ACTION_TARGETS,
  RESOURCE_REQUEST_STATES,
  type CapacityPeriod,
  type ResourceRequestAction,
  type ResourceRequestState,
} from '@yah/shared';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { UserEntity } from '../accounts/user.entity';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import type { NotificationKind } from '../notifications/notification.entity';
import { ResourceEntity } from './resource.entity';
import { resourcePolicy } from './resource.policy';
import { ResourceRequestEntity } from './resource-request.entity';
import type { ResourceRequestFilter } from './resource-request.input';
import { resourceRequestPolicy } from './resource-request.policy';
import type { ResourceRequestCounts } from './resource-request.type';

/** The states a request may be in for a move to `to` (from the shared transition table). */
const fromStates = (to: ResourceRequestState) => RESOURCE_REQUEST_STATES.filter((from) => canMoveResourceRequest(from, to));

/** Who hears of a move: the owner's deciders for what the requester did, the requesting member's editors otherwise. */
const NOTIFICATION_OF: Record<Exclude<ResourceRequestState, 'PENDING'>, NotificationKind> = {
  APPROVED: 'REQUEST_APPROVED',
  DECLINED: 'REQUEST_DECLINED',
  FULFILLED: 'REQUEST_FULFILLED',
  CANCELLED: 'REQUEST_CANCELLED',
};

/** A state in a sentence ("This request is already approved"). */
const STATE_WORDS: Record<ResourceRequestState, string> = { PENDING: 'pending', APPROVED: 'approved', DECLINED: 'declined', FULFILLED: 'fulfilled', CANCELLED: 'cancelled' };

export interface NewResourceRequest {
  resourceId: string;
  note: string;
  neededOn?: string | null;
}

/** The owning member's chief editors and the editors they delegated: who decides its requests (and hears of new ones). */
export async function requestDeciderIds(manager: EntityManager, memberId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE member_id = $1 AND active AND (role = 'CHIEF_EDITOR' OR (role = 'EDITOR' AND decides_resource_requests))`,
    [memberId],
  );
  return rows.map((row) => row.id);
}

/** The requesting member's editors (its secretariat staff, when the secretariat asked), and whoever asked. */
async function requesterSideIds(manager: EntityManager, request: ResourceRequestEntity): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users WHERE member_id = $1 AND active AND (role = ANY($2) OR id = $3)`,
    [request.requesterMemberId, [...NEWSROOM_EDITOR_ROLES, 'SECRETARIAT'], request.requestedById],
  );
  return rows.map((row) => row.id);
}

export class ResourceRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /**
   * Asks for a resource. A resource with a capacity holds one unit per request in the request's period: the unit is
   * reserved first, by one guarded upsert the database serialises per (resource, period), so however many members ask
   * at once the capacity is never passed; the request is written after it in the same transaction.
   */
  async request(viewer: Viewer, input: NewResourceRequest, requestId: string): Promise<ResourceRequestEntity> {
    if (!isUuid(input.resourceId)) throw notFound('The resource');
    const today = allianceDate(new Date());
    if (input.neededOn && input.neededOn < today) throw badInput('The day it is needed on has passed.', 'NEEDED_ON_PAST', { neededOn: 'neededOn must not be in the past' });
    const alreadyRequested = () => conflict('Your member already has an open request for this resource.', 'ALREADY_REQUESTED');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      // FOR SHARE: a capacity change or a withdrawal (which lock the row FOR UPDATE) waits for this request, or this
      // request waits for it and then sees the new capacity or status — neither slips past the other.
      const resource = await manager.findOne(ResourceEntity, { where: { id: input.resourceId }, lock: { mode: 'pessimistic_read' } });
      if (!resource) throw notFound('The resource');
      if (resource.status !== 'ACTIVE') throw conflict('This resource has been withdrawn.', 'NOT_ALLOWED_IN_STATE');
      authorize(resourcePolicy.mayRequest(viewer, resource), 'Only editors and chief editors of other member newsrooms request resources; a member does not request its own.');
      // FOR SHARE: a suspension (an update of the member's row) waits for this request, or this request sees it.
      const [owner]: { status: string }[] = await manager.query(`SELECT status FROM members WHERE id = $1 FOR SHARE`, [resource.ownerMemberId]);
      if (owner?.status !== 'ACTIVE') {
        throw conflict('The member that shares this resource is suspended by the alliance secretariat: it takes no requests for now.', 'OWNER_SUSPENDED');
      }
      const open = await manager.query(`SELECT 1 FROM resource_requests WHERE resource_id = $1 AND requester_member_id = $2 AND state = ANY($3)`, [
        resource.id,
        viewer.memberId,
        OPEN_REQUEST_STATES,
      ]);
      if (open.length) throw alreadyRequested();
      let periodStart: string | null = null;
      if (resource.capacityPerPeriod !== null && resource.capacityPeriod !== null) {
        periodStart = capacityPeriodStart(resource.capacityPeriod, input.neededOn ?? today);
        const reserved: { used: number }[] = await manager.query(
          `INSERT INTO resource_capacity_usage (resource_id, period_start, used) VALUES ($1, $2, 1)
           ON CONFLICT (resource_id, period_start) DO UPDATE SET used = resource_capacity_usage.used + 1
           WHERE resource_capacity_usage.used < $3
           RETURNING used`,
          [resource.id, periodStart, resource.capacityPerPeriod],
        );
        if (!reserved.length) throw conflict('This resource is fully booked for that period.', 'CAPACITY_FULL');
      }
      const request = await manager
        .save(
          manager.create(ResourceRequestEntity, {
            resourceId: resource.id,
            ownerMemberId: resource.ownerMemberId,
            requesterMemberId: viewer.memberId,
            requestedById: viewer.userId,
            state: 'PENDING',
            note: input.note,
            neededOn: input.neededOn ?? null,
            periodStart,
            isDemo: false,
            version: 1,
          }),
        )
        .catch(rethrowUniqueViolation(alreadyRequested));
      await recordAudit(manager, viewer, requestId, {
        action: 'resource_request.create',
        entityType: 'resource_request',
        entityId: request.id,
        after: { resourceId: resource.id, state: request.state, neededOn: request.neededOn, periodStart },
      });
      await notify(manager, emit, {
        userIds: await requestDeciderIds(manager, resource.ownerMemberId),
        kind: 'RESOURCE_REQUESTED',
        actorId: viewer.userId,
        resourceId: resource.id,
        resourceRequestId: request.id,
        detail: request.note,
      });
      emitRequestChanged(emit, resource.id);
      return request;
    });
  }

  approve(viewer: Viewer, id: string, requestId: string): Promise<ResourceRequestEntity> {
    return this.move(viewer, id, 'APPROVE', requestId, () => ({ decidedById: viewer.userId, decidedAt: new Date() }), null);
  }

  decline(viewer: Viewer, id: string, reason: string, requestId: string): Promise<ResourceRequestEntity> {
    return this.move(viewer, id, 'DECLINE', requestId, () => ({ decidedById: viewer.userId, decidedAt: new Date(), declineReason: reason }), reason);
  }

  /**
   * Delivers an approved request. For a headline-only library piece this is how the owner hands over the full text:
   * the note says where to get it (or the owner adds the body to the piece itself); the server does not move bodies.
   */
  fulfill(viewer: Viewer, id: string, note: string | null | undefined, requestId: string): Promise<ResourceRequestEntity> {
    return this.move(viewer, id, 'FULFILL', requestId, () => ({ fulfilledAt: new Date(), fulfillmentNote: note ?? null }), note ?? null);
  }

  cancel(viewer: Viewer, id: string, requestId: string): Promise<ResourceRequestEntity> {
    return this.move(viewer, id, 'CANCEL', requestId, () => ({ cancelledAt: new Date() }), null);
  }

  /** Whether the viewer decides their member's requests by delegation (chief editors always do). */
  async viewerDecides(viewer: Viewer, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: { decides: boolean }[] = await manager.query(`SELECT decides_resource_requests AS decides FROM users WHERE id = $1`, [viewer.userId]);
    return rows[0]?.decides ?? false;
  }

  /** My member's incoming or outgoing requests, newest first. */
  async list(viewer: Viewer, filter: ResourceRequestFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<ResourceRequestEntity>> {
    const size = pageSize(first);
    const column = filter.direction === 'INCOMING' ? 'r.owner_member_id' : 'r.requester_member_id';
    const query = this.dataSource.getRepository(ResourceRequestEntity).createQueryBuilder('r').where(`${column} = :member`, { member: viewer.memberId });
    if (filter.states?.length) query.andWhere('r.state IN (:...states)', { states: filter.states });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(r.created_at, r.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(size + 1).getMany();
    return toPage(rows, size, totalCount, (row) => [row.createdAt.toISOString(), row.id]);
  }

  /** Badge counts; incoming ones only for those who decide them (others have nothing waiting for them). */
  async counts(viewer: Viewer): Promise<ResourceRequestCounts> {
    const decides = resourceRequestPolicy.mayDecide(viewer, await this.viewerDecides(viewer), { ownerMemberId: viewer.memberId });
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE owner_member_id = $1 AND state = 'PENDING')::int AS "incomingPending",
              count(*) FILTER (WHERE owner_member_id = $1 AND state = 'APPROVED')::int AS "incomingApproved",
              count(*) FILTER (WHERE requester_member_id = $1 AND state = ANY($2))::int AS "outgoingOpen"
         FROM resource_requests WHERE (owner_member_id = $1 OR requester_member_id = $1) AND state = ANY($2)`,
      [viewer.memberId, OPEN_REQUEST_STATES],
    );
    const counts = row as ResourceRequestCounts;
    return decides ? counts : { incomingPending: 0, incomingApproved: 0, outgoingOpen: counts.outgoingOpen };
  }

  /** A chief editor lets an editor of their member decide its requests, or stops it. Audited. */
  async setDelegate(viewer: Viewer, userId: string, delegated: boolean, requestId: string): Promise<UserEntity> {
    if (!isUuid(userId)) throw notFound('The account');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user || !resourceRequestPolicy.maySeeAccountForDelegation(viewer, user)) throw notFound('The account');
      authorize(resourceRequestPolicy.mayDelegate(viewer, user, delegated), 'A chief editor delegates deciding requests to an active editor of their own member.');
      if (user.decidesResourceRequests === delegated) return user;
      await manager.update(UserEntity, { id: user.id }, { decidesResourceRequests: delegated });
      await recordAudit(manager, viewer, requestId, {
        action: delegated ? 'account.delegate_requests' : 'account.undelegate_requests',
        entityType: 'user',
        entityId: user.id,
        before: { decidesResourceRequests: user.decidesResourceRequests },
        after: { decidesResourceRequests: delegated },
      });
      user.decidesResourceRequests = delegated;
      return user;
    });
  }

  /**
   * One move, guarded on the state it was read in (`state IN (from…)` in the UPDATE): two deciders clicking at once
   * cannot both win. Declining or cancelling gives the capacity unit back.
   */
  private async move(
    viewer: Viewer,
    id: string,
    action: ResourceRequestAction,
    requestId: string,
    changesFor: () => Partial<ResourceRequestEntity>,
    detail: string | null,
  ): Promise<ResourceRequestEntity> {
    if (!isUuid(id)) throw notFound('The request');
    const to = RESOURCE_REQUEST_ACTION_TARGETS[action];
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const request = await manager.findOneBy(ResourceRequestEntity, { id });
      if (!request || !resourceRequestPolicy.mayRead(viewer, request)) throw notFound('The request');
      if (!resourceRequestPolicy.mayTake(viewer, await this.viewerDecides(viewer, manager), request, action)) {
        throw forbidden(action === 'CANCEL' ? "Only the requesting member's editors and chief editor cancel its requests." : "Only the owning member's chief editor, or an editor they delegated, decides requests.");
      }
      if (!canMoveResourceRequest(request.state, to)) throw conflict(`This request is already ${STATE_WORDS[request.state]}: it cannot be ${STATE_WORDS[to]}.`, 'NOT_ALLOWED_IN_STATE');
      const result = await manager
        .createQueryBuilder()
        .update(ResourceRequestEntity)
        .set({ ...changesFor(), state: to, version: () => 'version + 1' })
        .where('id = :id AND state IN (:...from)', { id, from: fromStates(to) })
        .execute();
      if (result.affected !== 1) throw conflict('This request changed meanwhile. Reload to see its state.', 'NOT_ALLOWED_IN_STATE');
      if (request.periodStart && CAPACITY_HOLDING_REQUEST_STATES.includes(request.state) && !CAPACITY_HOLDING_REQUEST_STATES.includes(to)) {
        await freeUnit(manager, request.resourceId, request.periodStart);
      }
      const updated = await manager.findOneByOrFail(ResourceRequestEntity, { id });
      await recordAudit(manager, viewer, requestId, {
        action: `resource_request.${to.toLowerCase()}`,
        entityType: 'resource_request',
        entityId: id,
        before: { state: request.state },
        after: { state: to, declineReason: updated.declineReason, fulfillmentNote: updated.fulfillmentNote },
      });
      const recipients = to === 'CANCELLED' ? await requestDeciderIds(manager, request.ownerMemberId) : await requesterSideIds(manager, request);
      await notify(manager, emit, { userIds: recipients, kind: NOTIFICATION_OF[to], actorId: viewer.userId, resourceId: request.resourceId, resourceRequestId: id, detail });
      emitRequestChanged(emit, request.resourceId);
      return updated;
    });
  }
}

/**
 * A withdrawn resource is no longer given: its open requests are cancelled in the withdrawal's transaction (the caller
 * holds the resource row FOR UPDATE), their capacity units freed, the requesting side told and each move audited.
 */
export async function cancelRequestsOfWithdrawn(manager: EntityManager, emit: Emit, viewer: Viewer, resourceId: string, requestId: string): Promise<void> {
  // Locked: a decision racing the withdrawal either lands first (and the request is cancelled from its new state) or fails.
  const open = await manager.find(ResourceRequestEntity, { where: { resourceId, state: In([...OPEN_REQUEST_STATES]) }, lock: { mode: 'pessimistic_write' } });
  if (!open.length) return;
  await manager.update(ResourceRequestEntity, { id: In(open.map((request) => request.id)) }, { state: 'CANCELLED', cancelledAt: new Date(), version: () => 'version + 1' });
  for (const request of open) {
    if (request.periodStart) {
      await freeUnit(manager, resourceId, request.periodStart);
    }
    await recordAudit(manager, viewer, requestId, {
      action: 'resource_request.cancelled',
      entityType: 'resource_request',
      entityId: request.id,
      before: { state: request.state },
      after: { state: 'CANCELLED', reason: 'resource withdrawn' },
    });
    await notify(manager, emit, {
      userIds: await requesterSideIds(manager, request),
      kind: 'REQUEST_CANCELLED',
      actorId: viewer.userId,
      resourceId,
      resourceRequestId: request.id,
      detail: 'The resource was withdrawn by the member offering it.',
    });
  }
  emitRequestChanged(emit, resourceId);
}

/** The capacity a resource is changed to (both null: no limit). */
export interface NextCapacity {
  capacityPerPeriod: number | null;
  capacityPeriod: CapacityPeriod | null;
}

/**
 * While requests hold units in a period that has not ended, the capacity keeps its period and is not lowered below
 * the most units held in any such period; removing the limit is always fine. Called by the resource's update after it
 * locked the resource row FOR UPDATE: requests read that row FOR SHARE before reserving, so none races past this.
 */
export async function assertCapacityChange(manager: EntityManager, resource: ResourceEntity, next: NextCapacity): Promise<void> {
  if (resource.capacityPeriod === null || resource.capacityPerPeriod === null || next.capacityPeriod === null || next.capacityPerPeriod === null) return;
  if (next.capacityPeriod === resource.capacityPeriod && next.capacityPerPeriod >= resource.capacityPerPeriod) return;
  const current = capacityPeriodStart(resource.capacityPeriod, allianceDate(new Date()));
  const rows: { used: number | null }[] = await manager.query(
    `SELECT max(used)::int AS used FROM resource_capacity_usage WHERE resource_id = $1 AND period_start >= $2 AND used > 0`,
    [resource.id, current],
  );
  const used = rows[0]?.used ?? 0;
  if (used === 0) return;
  if (next.capacityPeriod !== resource.capacityPeriod) {
    throw conflict('Requests hold units of this capacity in a current or coming period: its period cannot change until they end (you may remove the limit).', 'CAPACITY_IN_USE');
  }
  if (next.capacityPerPeriod < used) {
    throw conflict(`Requests hold ${used} units in a current or coming period: the capacity cannot go below ${used} (you may remove the limit).`, 'CAPACITY_IN_USE');
  }
}

/** Gives back the unit a request held in its period. */
async function freeUnit(manager: EntityManager, resourceId: string, periodStart: string): Promise<void> {
  await manager.query(`UPDATE resource_capacity_usage SET used = used - 1 WHERE resource_id = $1 AND period_start = $2 AND used > 0`, [resourceId, periodStart]);
}

function emitRequestChanged(emit: Emit, resourceId: string): void {
  emit({ name: 'RESOURCE_CHANGED', payload: { resourceId, kind: 'REQUEST_CHANGED' } });
}
