import type { DataSource, EntityManager } from 'typeorm';
import { assignmentProgress, CLAIMABLE_TOPIC_STATES, isNewsroomMember, isUuid, LIMITS, MANAGEABLE_ASSIGNMENT_STAGES, nearestTo, PLACE_LIMITS, type ClaimState, type ErrorReason, type WorkOwners } from '@yah/shared';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { cappedCount, decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
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
import { ClaimEntity } from '../claims/claim.entity';
import { AssignmentEntity } from './assignment.entity';
import { assignmentPolicy } from './assignment.policy';
import type { AssignmentInput, AssignmentsInput, AssignmentUpdateInput, OpenAssignmentFilter } from './assignment.input';

/** Great-circle distance in km between an assignment's city (alias `loc`) and the viewer's member city (`vm`). */
const DISTANCE_SQL = `(6371 * acos(least(1, cos(radians(vm.latitude)) * cos(radians(loc.latitude)) * cos(radians(loc.longitude) - radians(vm.longitude)) + sin(radians(vm.latitude)) * sin(radians(loc.latitude)))))`;

export interface OpenAssignment {
  assignment: AssignmentEntity;
  distanceKm: number;
}

const auditView = (a: AssignmentEntity) => ({
  title: a.title,
  format: a.format,
  dueAt: a.dueAt,
  slots: a.slots,
  status: a.status,
  locationMemberId: a.locationMemberId,
  ...(a.placeName !== null ? { place: { name: a.placeName, latitude: a.placeLatitude, longitude: a.placeLongitude } } : {}),
});

/** Where an assignment's work happens, as stored: the member city (nearest to the place, when there is one) and the place. */
type Whereabouts = Pick<AssignmentEntity, 'locationMemberId' | 'placeName' | 'placeLatitude' | 'placeLongitude'>;

/** The fields of one assignment as they are written, from checked input. */
const assignmentFields = (input: AssignmentUpdateInput, where: Whereabouts) => ({
  title: input.title.trim(),
  brief: input.brief.trim(),
  format: input.format,
  dueAt: input.dueAt,
  slots: input.slots,
  ...where,
});

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
   *
   * The plan walks member cities in distance order (a few hundred rows, distances computed on the fly) and takes each
   * city's claimable slots from the partial index idx_assignments_claimable by due time, stopping once the page is
   * full: no sort or count over the hundreds of thousands of open slots (the count stops at LIMITS.page.countCap).
   */
  async open(viewer: Viewer, filter: OpenAssignmentFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<OpenAssignment>> {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, ['number', 'timestamp', 'uuid']) : null;
    const walk = (limit: number, paged: boolean) => {
      const cities = ['vm.id = :viewerMember'];
      if (filter.provinceCode) cities.push('loc.province_code = :province');
      if (filter.locationMemberId) cities.push('loc.id = :location');
      if (paged && cursor) cities.push(`${DISTANCE_SQL} >= :distance`);
      const slots = [
        'a.location_member_id = near.member_id',
        `a.status = 'OPEN' AND a.claimed_count < a.slots AND a.topic_claimable AND a.due_at > now()`,
      ];
      if (filter.format) slots.push('a.format = :format');
      if (filter.dueAfter) slots.push('a.due_at >= :dueAfter');
      if (filter.dueBefore) slots.push('a.due_at <= :dueBefore');
      if (paged && cursor) slots.push('(near.distance_km > :distance OR (a.due_at, a.id) > (:dueAt, :id))');
      // OFFSET 0 keeps the cities' distance order visible to the planner, which then stops walking once `limit` rows are in.
      return `SELECT w.id, near.distance_km, w.due_at
        FROM (SELECT loc.id AS member_id, ${DISTANCE_SQL} AS distance_km FROM members loc, members vm
               WHERE ${cities.join(' AND ')} ORDER BY distance_km, loc.id OFFSET 0) near
        CROSS JOIN LATERAL (SELECT a.id, a.due_at FROM assignments a WHERE ${slots.join(' AND ')} ORDER BY a.due_at, a.id LIMIT ${limit}) w
        ${paged ? 'ORDER BY near.distance_km, w.due_at, w.id' : ''} LIMIT ${limit}`;
    };
    const parameters = {
      viewerMember: viewer.memberId,
      province: filter.provinceCode,
      location: filter.locationMemberId,
      format: filter.format,
      dueAfter: filter.dueAfter,
      dueBefore: filter.dueBefore,
      ...(cursor ? { distance: cursor[0], dueAt: cursor[1], id: cursor[2] } : {}),
    };
    const repository = this.dataSource.getRepository(AssignmentEntity);
    const counted = this.dataSource.createQueryBuilder().select('1').from(`(${walk(LIMITS.page.countCap + 1, false)})`, 'walked').setParameters(parameters);
    const [count, { entities, raw }] = await Promise.all([
      cappedCount(counted),
      repository
        .createQueryBuilder('a')
        .innerJoin(`(${walk(size + 1, true)})`, 'page', 'page.id = a.id')
        // Every card names its topic, and the viewer's actions depend on it: read with the page, not by a second query.
        .innerJoinAndSelect('a.topic', 'topic')
        .addSelect('page.distance_km', 'distance_km')
        .setParameters(parameters)
        .orderBy('page.distance_km', 'ASC')
        .addOrderBy('a.due_at', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getRawAndEntities<{ a_id: string; distance_km: number }>(),
    ]);
    const distanceOf = new Map(raw.map((row) => [row.a_id, Number(row.distance_km)]));
    const rows = entities.map((assignment) => ({ assignment, distanceKm: distanceOf.get(assignment.id) ?? 0 }));
    return toPage(rows, size, count, (row) => [row.distanceKm, row.assignment.dueAt.toISOString(), row.assignment.id]);
  }

  async create(viewer: Viewer, input: AssignmentInput, requestId: string): Promise<AssignmentEntity> {
    const where = await this.checkFields(input);
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      await this.topicForEditing(manager, viewer, input.topicId);
      const assignment = await this.insert(manager, viewer, input.topicId, input, where, requestId);
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: input.topicId, kind: 'ASSIGNMENT_CHANGED', assignmentId: assignment.id } });
      emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: assignment.id } });
      return assignment;
    });
  }

  /**
   * Several assignments on one topic (a trip's itinerary, made from a template): every row is checked as `create`
   * checks one before anything is written, then all are inserted in one transaction, so either all exist or none.
   */
  async createMany(viewer: Viewer, input: AssignmentsInput, requestId: string): Promise<AssignmentEntity[]> {
    const members = await this.newsroomMembers();
    const wheres: Whereabouts[] = [];
    for (const [index, row] of input.assignments.entries()) {
      try {
        wheres.push(await this.checkFields(row, members));
      } catch (error) {
        if (error instanceof AppError) throw rowProblem(error, index);
        throw error;
      }
    }
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      await this.topicForEditing(manager, viewer, input.topicId);
      const created: AssignmentEntity[] = [];
      for (const [index, row] of input.assignments.entries()) {
        const assignment = await this.insert(manager, viewer, input.topicId, row, wheres[index]!, requestId);
        emit({ name: 'TOPIC_CHANGED', payload: { topicId: input.topicId, kind: 'ASSIGNMENT_CHANGED', assignmentId: assignment.id } });
        emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: assignment.id } });
        created.push(assignment);
      }
      return created;
    });
  }

  private async insert(manager: EntityManager, viewer: Viewer, topicId: string, input: AssignmentUpdateInput, where: Whereabouts, requestId: string): Promise<AssignmentEntity> {
    const assignment = await manager.save(
      manager.create(AssignmentEntity, {
        topicId,
        ...assignmentFields(input, where),
        claimedCount: 0,
        status: 'OPEN',
        createdById: viewer.userId,
        isDemo: false,
        version: 1,
      }),
    );
    await recordAudit(manager, viewer, requestId, { action: 'assignment.create', entityType: 'assignment', entityId: assignment.id, after: auditView(assignment) });
    return assignment;
  }

  async update(viewer: Viewer, id: string, version: number, input: AssignmentUpdateInput, requestId: string): Promise<AssignmentEntity> {
    const where = await this.checkFields(input);
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const current = await this.assignmentForEditing(manager, viewer, id);
      if (current.status !== 'OPEN') throw conflict('A cancelled assignment cannot be edited.', 'NOT_ALLOWED_IN_STATE');
      await refuseFinished(manager, current, 'edited');
      const result = await manager
        .createQueryBuilder()
        .update(AssignmentEntity)
        .set({ ...assignmentFields(input, where), version: () => 'version + 1' })
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
      await refuseFinished(manager, current, 'cancelled');
      // Live claims are cancelled and open offers withdrawn (each state's own way out, from the shared table).
      const cancelled: { id: string; reporter_id: string; state: ClaimState }[] = await manager.query(
        `UPDATE claims SET state = CASE WHEN state = 'OFFERED' THEN $2 ELSE $3 END, decided_at = now(), version = version + 1, updated_at = now()
          WHERE assignment_id = $1 AND state IN ('OFFERED', 'CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED') RETURNING id, reporter_id, state`,
        [id, 'WITHDRAWN' satisfies ClaimState, 'CANCELLED' satisfies ClaimState],
      ).then(([rows]: [{ id: string; reporter_id: string; state: ClaimState }[]]) => rows);
      await manager.query(
        `UPDATE assignments SET status = 'CANCELLED', claimed_count = claimed_count - $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, cancelled.length],
      );
      for (const claim of cancelled) {
        await notify(manager, emit, { userIds: [claim.reporter_id], kind: claim.state === 'WITHDRAWN' ? 'OFFER_WITHDRAWN' : 'CLAIM_CANCELLED', actorId: viewer.userId, topicId: current.topicId, assignmentId: id, claimId: claim.id });
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

  /** Active newsroom members' cities: the candidates for a place's nearest member city. */
  private async newsroomMembers(): Promise<MemberEntity[]> {
    const members = await this.dataSource.getRepository(MemberEntity).find({ where: { status: 'ACTIVE' }, select: { id: true, latitude: true, longitude: true, allianceRole: true } });
    return members.filter(isNewsroomMember);
  }

  /** Checks what the input layer cannot (the due time, the member, the place's distance) and says where the work happens. */
  private async checkFields(input: AssignmentUpdateInput, members?: MemberEntity[]): Promise<Whereabouts> {
    if (input.dueAt.getTime() <= Date.now()) throw badInput('The due time must be in the future.', 'VALIDATION', { dueAt: 'in the past' });
    if (input.place && input.locationMemberId) {
      throw badInput('Give either a member city or another place, not both.', 'VALIDATION', { place: 'given with locationMemberId' });
    }
    if (input.place) {
      const nearest = nearestTo(input.place, members ?? (await this.newsroomMembers()));
      if (!nearest || nearest.km > PLACE_LIMITS.maxKmFromMember) {
        throw badInput(`The place lies more than ${PLACE_LIMITS.maxKmFromMember} km from every member city.`, 'PLACE_TOO_FAR', { place: 'too far from every member city' });
      }
      return { locationMemberId: nearest.item.id, placeName: input.place.name, placeLatitude: input.place.latitude, placeLongitude: input.place.longitude };
    }
    if (!input.locationMemberId) throw badInput('Choose a member city or another place as the location.', 'VALIDATION', { locationMemberId: 'missing' });
    const location = await this.dataSource.getRepository(MemberEntity).findOneBy({ id: input.locationMemberId });
    if (!location || !isNewsroomMember(location)) {
      throw badInput('Choose a member newsroom’s city as the location.', 'VALIDATION', { locationMemberId: location ? 'not a newsroom' : 'unknown member' });
    }
    return { locationMemberId: location.id, placeName: null, placeLatitude: null, placeLongitude: null };
  }
}

/** A bulk row's problem, naming the row (1-based in the message, `assignments.<index>.<field>` in the fields). */
function rowProblem(error: AppError, index: number): AppError {
  const { fields = {}, reason = 'VALIDATION' } = error.extensions as { fields?: Record<string, string>; reason?: ErrorReason };
  const prefixed = Object.fromEntries(Object.entries(fields).map(([field, problem]) => [`assignments.${index}.${field}`, problem]));
  return badInput(`Row ${index + 1}: ${error.message}`, reason, prefixed);
}

/**
 * A finished assignment (every slot holds accepted work) is neither edited nor cancelled: the shared stage rule, read
 * under the assignment's row lock (accepting takes it too), so a review at the same moment cannot slip past.
 */
async function refuseFinished(manager: EntityManager, assignment: AssignmentEntity, verb: 'edited' | 'cancelled'): Promise<void> {
  const acceptedCount = await manager.countBy(ClaimEntity, { assignmentId: assignment.id, state: 'ACCEPTED' });
  const { stage } = assignmentProgress({ status: assignment.status, slots: assignment.slots, claimedCount: assignment.claimedCount, acceptedCount });
  if (!MANAGEABLE_ASSIGNMENT_STAGES.includes(stage)) {
    throw conflict(`Every slot of this assignment holds accepted work: a finished assignment cannot be ${verb}.`, 'NOT_ALLOWED_IN_STATE');
  }
}
