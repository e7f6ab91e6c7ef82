import type { DataSource, EntityManager } from 'typeorm';
import { CLAIMABLE_TOPIC_STATES, isNewsroomMember, isUuid, type WorkOwners } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { notify } from '../notifications/notification.service';
import { UserEntity } from '../accounts/user.entity';
import { TopicEntity } from '../topics/topic.entity';
import { topicPolicy } from '../topics/topic.policy';
import type { TopicService } from '../topics/topic.service';
import { AssignmentEntity } from './assignment.entity';
import { assignmentPolicy } from './assignment.policy';
import type { AssignmentInput, AssignmentUpdateInput, OpenAssignmentFilter } from './assignment.input';

/** Great-circle distance in km between an assignment's city (alias `loc`) and the viewer's member city (`vm`). */
const DISTANCE_SQL = `(6371 * acos(least(1, cos(radians(vm.latitude)) * cos(radians(loc.latitude)) * cos(radians(loc.longitude) - radians(vm.longitude)) + sin(radians(vm.latitude)) * sin(radians(loc.latitude)))))`;

export interface OpenAssignment {
  assignment: AssignmentEntity;
  distanceKm: number;
}

const auditView = (a: AssignmentEntity) => ({ title: a.title, format: a.format, dueAt: a.dueAt, slots: a.slots, status: a.status, locationMemberId: a.locationMemberId });

/** The members an assignment's work answers to: the proposer and the member of the editor who created it. */
export async function workOwners(manager: EntityManager, assignment: Pick<AssignmentEntity, 'createdById'>, topic: Pick<TopicEntity, 'proposerMemberId'>): Promise<WorkOwners> {
  const creator = await manager.findOneByOrFail(UserEntity, { id: assignment.createdById });
  return { proposerMemberId: topic.proposerMemberId, assignmentMemberId: creator.memberId };
}

export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly topics: TopicService,
  ) {}

  async byId(viewer: Viewer, id: string): Promise<AssignmentEntity> {
    const assignment = isUuid(id) ? await this.dataSource.getRepository(AssignmentEntity).findOneBy({ id }) : null;
    if (!assignment) throw notFound('The assignment');
    await this.topics.byId(viewer, assignment.topicId);
    return assignment;
  }

  /**
   * Every claimable slot in the alliance: open assignments of approved or running topics, not yet due
   * and not full; nearest to the viewer's member city first, then soonest due.
   */
  async open(viewer: Viewer, filter: OpenAssignmentFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<OpenAssignment>> {
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(TopicEntity, 't', 't.id = a.topic_id')
      .innerJoin(MemberEntity, 'loc', 'loc.id = a.location_member_id')
      .innerJoin(MemberEntity, 'vm', 'vm.id = :viewerMember', { viewerMember: viewer.memberId })
      .where('a.status = :open AND a.claimed_count < a.slots AND a.due_at > now()', { open: 'OPEN' })
      .andWhere('t.state IN (:...claimable)', { claimable: CLAIMABLE_TOPIC_STATES });
    if (filter.format) query.andWhere('a.format = :format', { format: filter.format });
    if (filter.provinceCode) query.andWhere('loc.province_code = :province', { province: filter.provinceCode });
    if (filter.locationMemberId) query.andWhere('a.location_member_id = :location', { location: filter.locationMemberId });
    if (filter.dueAfter) query.andWhere('a.due_at >= :dueAfter', { dueAfter: filter.dueAfter });
    if (filter.dueBefore) query.andWhere('a.due_at <= :dueBefore', { dueBefore: filter.dueBefore });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [distance, dueAt, id] = decodeCursor(after, ['number', 'timestamp', 'uuid']);
      query.andWhere(`(${DISTANCE_SQL}, a.due_at, a.id) > (:distance, :dueAt, :id)`, { distance, dueAt, id });
    }
    const { entities, raw } = await query
      .addSelect(DISTANCE_SQL, 'distance_km')
      .orderBy('distance_km', 'ASC')
      .addOrderBy('a.due_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(size + 1)
      .getRawAndEntities<{ a_id: string; distance_km: number }>();
    const distanceOf = new Map(raw.map((row) => [row.a_id, Number(row.distance_km)]));
    const rows = entities.map((assignment) => ({ assignment, distanceKm: distanceOf.get(assignment.id) ?? 0 }));
    return toPage(rows, size, totalCount, (row) => [row.distanceKm, row.assignment.dueAt.toISOString(), row.assignment.id]);
  }

  async create(viewer: Viewer, input: AssignmentInput, requestId: string): Promise<AssignmentEntity> {
    await this.checkFields(input);
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      await this.topicForEditing(manager, viewer, input.topicId);
      const assignment = await manager.save(
        manager.create(AssignmentEntity, {
          topicId: input.topicId,
          title: input.title.trim(),
          brief: input.brief.trim(),
          format: input.format,
          locationMemberId: input.locationMemberId,
          dueAt: input.dueAt,
          slots: input.slots,
          claimedCount: 0,
          status: 'OPEN',
          createdById: viewer.userId,
          isDemo: false,
          version: 1,
        }),
      );
      await recordAudit(manager, viewer, requestId, { action: 'assignment.create', entityType: 'assignment', entityId: assignment.id, after: auditView(assignment) });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: input.topicId, kind: 'ASSIGNMENT_CHANGED', assignmentId: assignment.id } });
      emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: assignment.id } });
      return assignment;
    });
  }

  async update(viewer: Viewer, id: string, version: number, input: AssignmentUpdateInput, requestId: string): Promise<AssignmentEntity> {
    await this.checkFields(input);
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const current = await this.assignmentForEditing(manager, viewer, id);
      if (current.status !== 'OPEN') throw conflict('A cancelled assignment cannot be edited.', 'NOT_ALLOWED_IN_STATE');
      const result = await manager
        .createQueryBuilder()
        .update(AssignmentEntity)
        .set({ title: input.title.trim(), brief: input.brief.trim(), format: input.format, locationMemberId: input.locationMemberId, dueAt: input.dueAt, slots: input.slots, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND claimed_count <= :slots', { id, version, slots: input.slots })
        .execute();
      if (result.affected !== 1) {
        const fresh = await manager.findOneByOrFail(AssignmentEntity, { id });
        throw fresh.version !== version
          ? conflict('Someone changed this assignment meanwhile. Reload it to see their changes.', 'STALE_VERSION')
          : conflict(`${fresh.claimedCount} slots are already claimed: slots cannot go below that.`, 'SLOTS_BELOW_CLAIMED');
      }
      const updated = await manager.findOneByOrFail(AssignmentEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'assignment.update', entityType: 'assignment', entityId: id, before: auditView(current), after: auditView(updated) });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: updated.topicId, kind: 'ASSIGNMENT_CHANGED', assignmentId: id } });
      emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: id } });
      return updated;
    });
  }

  /** Cancels the assignment and every live claim on it; the reporters are told. */
  async cancel(viewer: Viewer, id: string, requestId: string): Promise<AssignmentEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      // The assignment row is locked first, then its claims: the order releaseClaim and cancelClaim use too.
      const current = await this.assignmentForEditing(manager, viewer, id);
      if (current.status === 'CANCELLED') return current;
      const cancelled: { id: string; reporter_id: string }[] = await manager.query(
        `UPDATE claims SET state = 'CANCELLED', decided_at = now(), version = version + 1, updated_at = now()
          WHERE assignment_id = $1 AND state IN ('CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED') RETURNING id, reporter_id`,
        [id],
      ).then(([rows]: [{ id: string; reporter_id: string }[]]) => rows);
      await manager.query(
        `UPDATE assignments SET status = 'CANCELLED', claimed_count = claimed_count - $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, cancelled.length],
      );
      for (const claim of cancelled) {
        await notify(manager, emit, { userIds: [claim.reporter_id], kind: 'CLAIM_CANCELLED', actorId: viewer.userId, topicId: current.topicId, assignmentId: id, claimId: claim.id });
      }
      const updated = await manager.findOneByOrFail(AssignmentEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'assignment.cancel', entityType: 'assignment', entityId: id, before: auditView(current), after: auditView(updated) });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: current.topicId, kind: 'ASSIGNMENT_CHANGED', assignmentId: id } });
      emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: id } });
      return updated;
    });
  }

  private async topicForEditing(manager: EntityManager, viewer: Viewer, topicId: string): Promise<TopicEntity> {
    const topic = isUuid(topicId) ? await manager.findOneBy(TopicEntity, { id: topicId }) : null;
    if (!topic || !topicPolicy.canRead(viewer, topic)) throw notFound('The topic');
    const facts = await this.topics.facts(topic, viewer, manager);
    authorize(assignmentPolicy.canCreateOn(viewer, facts), "Only editors of the topic's proposing or co-sponsoring members add assignments.");
    if (!CLAIMABLE_TOPIC_STATES.includes(topic.state)) throw conflict(`Assignments are added to approved or running topics, not ${topic.state} ones.`, 'NOT_ALLOWED_IN_STATE');
    return topic;
  }

  private async assignmentForEditing(manager: EntityManager, viewer: Viewer, id: string): Promise<AssignmentEntity> {
    const assignment = isUuid(id) ? await manager.findOne(AssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!assignment) throw notFound('The assignment');
    const topic = await manager.findOneByOrFail(TopicEntity, { id: assignment.topicId });
    const work = await workOwners(manager, assignment, topic);
    authorize(
      assignmentPolicy.canManage(viewer, { assignmentMemberId: work.assignmentMemberId, topic: await this.topics.facts(topic, viewer, manager) }),
      "Only editors of the member that created the assignment, or of the topic's proposing member, change it.",
      'NOT_REVIEWER',
    );
    return assignment;
  }

  private async checkFields(input: AssignmentUpdateInput): Promise<void> {
    if (input.dueAt.getTime() <= Date.now()) throw badInput('The due time must be in the future.', 'VALIDATION', { dueAt: 'in the past' });
    const location = await this.dataSource.getRepository(MemberEntity).findOneBy({ id: input.locationMemberId });
    if (!location || !isNewsroomMember(location)) {
      throw badInput('Choose a member newsroom’s city as the location.', 'VALIDATION', { locationMemberId: location ? 'not a newsroom' : 'unknown member' });
    }
  }
}
