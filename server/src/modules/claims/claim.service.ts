import type { DataSource, EntityManager } from 'typeorm';
import { CLAIM_STATES, canMoveClaim, isUuid, SLOT_HOLDING_CLAIM_STATES, type ClaimState } from '@yah/shared';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { TopicEntity } from '../topics/topic.entity';
import { topicPolicy } from '../topics/topic.policy';
import type { TopicService } from '../topics/topic.service';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { ClaimEntity } from './claim.entity';
import type { SubmissionInput } from './claim.input';
import { claimPolicy } from './claim.policy';

/** The states a claim may be in for a move to `to` (from the shared transition table). */
const fromStates = (to: ClaimState) => CLAIM_STATES.filter((from) => canMoveClaim(from, to));

interface ClaimContext {
  /** The transaction's manager: inside it, every query must go through it (embedded PGlite serialises transactions). */
  manager: EntityManager;
  claim: ClaimEntity;
  assignment: AssignmentEntity;
  topic: TopicEntity;
}

export class ClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly topics: TopicService,
  ) {}

  /**
   * Takes one slot. The slot count only rises through a guarded UPDATE (claimed_count < slots), which
   * the database serialises per row: however many reporters click at once, no slot is given twice.
   */
  async claim(viewer: Viewer, assignmentId: string, requestId: string): Promise<ClaimEntity> {
    authorize(claimPolicy.canClaim(viewer), 'Only reporters claim assignments.');
    if (!isUuid(assignmentId)) throw notFound('The assignment');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const taken: AssignmentEntity[] = await manager.query(
        `UPDATE assignments a SET claimed_count = a.claimed_count + 1, updated_at = now()
           FROM topics t
          WHERE a.id = $1 AND t.id = a.topic_id AND t.state IN ('APPROVED', 'IN_PROGRESS')
            AND a.status = 'OPEN' AND a.claimed_count < a.slots AND a.due_at > now()
        RETURNING a.id, a.topic_id AS "topicId", a.created_by_id AS "createdById"`,
        [assignmentId],
      ).then(([rows]: [AssignmentEntity[]]) => rows);
      const assignment = taken[0];
      if (!assignment) {
        if (!(await manager.existsBy(AssignmentEntity, { id: assignmentId }))) throw notFound('The assignment');
        throw conflict('No slot is left on this assignment: someone else claimed the last one, or it has closed.');
      }
      const claim = await manager
        .save(manager.create(ClaimEntity, { assignmentId, reporterId: viewer.userId, state: 'CLAIMED', submissionLinks: [], isDemo: false, version: 1 }))
        .catch(rethrowUniqueViolation(() => conflict('You already hold a slot on this assignment.')));
      // The first claim sets an approved topic in motion.
      await manager.query(`UPDATE topics SET state = 'IN_PROGRESS', version = version + 1, updated_at = now() WHERE id = $1 AND state = 'APPROVED'`, [assignment.topicId]);
      await recordAudit(manager, viewer, requestId, { action: 'claim.create', entityType: 'claim', entityId: claim.id, after: { assignmentId, state: claim.state } });
      await notify(manager, emit, { userIds: [assignment.createdById], kind: 'ASSIGNMENT_CLAIMED', actorId: viewer.userId, topicId: assignment.topicId, assignmentId, claimId: claim.id });
      this.emitChanged(emit, assignment.topicId, assignmentId);
      return claim;
    });
  }

  async release(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'RELEASED', requestId, async ({ claim }) => {
      authorize(claimPolicy.isOwnClaim(viewer, claim.reporterId), 'Only the reporter releases their claim.');
      return {};
    });
  }

  async submit(viewer: Viewer, claimId: string, input: SubmissionInput, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'SUBMITTED', requestId, async ({ claim }) => {
      authorize(claimPolicy.isOwnClaim(viewer, claim.reporterId), 'Only the reporter submits their work.');
      return { submissionText: input.text.trim(), submissionLinks: [...new Set(input.links)], submittedAt: new Date() };
    }, ({ assignment }) => ({ userIds: [assignment.createdById], kind: 'SUBMISSION_RECEIVED' }));
  }

  async accept(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'ACCEPTED', requestId, (context) => this.reviewerChanges(viewer, context, null), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'SUBMISSION_ACCEPTED',
    }));
  }

  async requestChanges(viewer: Viewer, claimId: string, comment: string, requestId: string): Promise<ClaimEntity> {
    const text = comment.trim();
    if (text.length < 2) throw badInput('Say what should change.', 'VALIDATION', { comment: 'too short' });
    return this.move(viewer, claimId, 'CHANGES_REQUESTED', requestId, (context) => this.reviewerChanges(viewer, context, text), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'CHANGES_REQUESTED',
      detail: text,
    }));
  }

  async cancel(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'CANCELLED', requestId, (context) => this.reviewerChanges(viewer, context, null), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'CLAIM_CANCELLED',
    }));
  }

  async byId(viewer: Viewer, id: string): Promise<ClaimEntity> {
    const { claim, topic } = await this.load(this.dataSource.manager, claimId(id), false);
    const visible = claimPolicy.isOwnClaim(viewer, claim.reporterId) || topicPolicy.canReview(viewer, await this.topics.facts(topic, viewer, this.dataSource.manager));
    if (!visible) throw notFound('The claim');
    return claim;
  }

  /** The viewer's claims, soonest due first. */
  async mine(viewer: Viewer, states: ClaimState[] | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<ClaimEntity>> {
    return this.page(first, after, (query) => {
      query.where('c.reporter_id = :me', { me: viewer.userId });
      if (states?.length) query.andWhere('c.state IN (:...states)', { states });
    });
  }

  /** Submissions waiting for the viewer's review: on topics the viewer's member proposes or co-sponsors. */
  async reviewQueue(viewer: Viewer, first: number | null | undefined, after: string | null | undefined): Promise<Page<ClaimEntity>> {
    authorize(viewer.role !== 'REPORTER', 'Reporters have no review queue.');
    return this.page(first, after, (query) => {
      query.where(`c.state = 'SUBMITTED'`);
      if (viewer.role !== 'SECRETARIAT') {
        query.andWhere(
          `(t.proposer_member_id = :member OR EXISTS (SELECT 1 FROM topic_co_sponsors cs WHERE cs.topic_id = t.id AND cs.member_id = :member AND cs.status = 'JOINED'))`,
          { member: viewer.memberId },
        );
      }
    });
  }

  private async page(first: number | null | undefined, after: string | null | undefined, where: (query: ReturnType<typeof this.claimQuery>) => void): Promise<Page<ClaimEntity>> {
    const size = pageSize(first);
    const query = this.claimQuery();
    where(query);
    const totalCount = await query.clone().getCount();
    if (after) {
      const [dueAt, id] = decodeCursor(after, 2);
      query.andWhere('(a.due_at, c.id) > (:dueAt, :id)', { dueAt, id });
    }
    const { entities, raw } = await query.addSelect('a.due_at', 'due_at').orderBy('a.due_at', 'ASC').addOrderBy('c.id', 'ASC').limit(size + 1).getRawAndEntities<{ c_id: string; due_at: Date }>();
    const dueOf = new Map(raw.map((row) => [row.c_id, new Date(row.due_at).toISOString()]));
    return toPage(entities, size, totalCount, (claim) => [dueOf.get(claim.id) ?? '', claim.id]);
  }

  private claimQuery() {
    return this.dataSource
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .innerJoin(AssignmentEntity, 'a', 'a.id = c.assignment_id')
      .innerJoin(TopicEntity, 't', 't.id = a.topic_id');
  }

  private async reviewerChanges(viewer: Viewer, { manager, topic }: ClaimContext, reviewComment: string | null): Promise<Partial<ClaimEntity>> {
    authorize(topicPolicy.isTopicEditor(viewer, await this.topics.facts(topic, viewer, manager)), "Only editors of the topic's members review its work.");
    return { reviewComment, decidedAt: new Date() };
  }

  /**
   * One claim transition, guarded on the state it was read in: two editors deciding at once cannot both
   * win. Frees the slot when the claim stops holding one.
   */
  private async move(
    viewer: Viewer,
    id: string,
    to: ClaimState,
    requestId: string,
    changesFor: (context: ClaimContext) => Promise<Partial<ClaimEntity>>,
    noteFor?: (context: ClaimContext) => { userIds: string[]; kind: 'SUBMISSION_RECEIVED' | 'SUBMISSION_ACCEPTED' | 'CHANGES_REQUESTED' | 'CLAIM_CANCELLED'; detail?: string },
  ): Promise<ClaimEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const context = await this.load(manager, claimId(id), true);
      const { claim, assignment } = context;
      const changes = await changesFor(context);
      if (!canMoveClaim(claim.state, to)) throw conflict(`A ${claim.state} claim cannot become ${to}.`);
      const result = await manager
        .createQueryBuilder()
        .update(ClaimEntity)
        .set({ ...changes, state: to, version: () => 'version + 1' })
        .where('id = :id AND state IN (:...from)', { id: claim.id, from: fromStates(to) })
        .execute();
      if (result.affected !== 1) throw conflict('This claim changed meanwhile. Reload to see its state.');
      if (SLOT_HOLDING_CLAIM_STATES.includes(claim.state) && !SLOT_HOLDING_CLAIM_STATES.includes(to)) {
        await manager.query(`UPDATE assignments SET claimed_count = claimed_count - 1, updated_at = now() WHERE id = $1`, [assignment.id]);
        emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: assignment.id } });
      }
      const updated = await manager.findOneByOrFail(ClaimEntity, { id: claim.id });
      await recordAudit(manager, viewer, requestId, { action: `claim.${to.toLowerCase()}`, entityType: 'claim', entityId: claim.id, before: { state: claim.state }, after: { state: to, reviewComment: updated.reviewComment } });
      const note = noteFor?.(context);
      if (note) await notify(manager, emit, { ...note, actorId: viewer.userId, topicId: assignment.topicId, assignmentId: assignment.id, claimId: claim.id });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: assignment.topicId, kind: 'CLAIM_CHANGED' } });
      return updated;
    });
  }

  /**
   * Reads a claim with its assignment and topic. With `lock`, in the one order every writer uses:
   * the assignment row first (`SELECT … FOR UPDATE`), then its claim (LOCK_ORDER in common/transaction.ts).
   */
  private async load(manager: EntityManager, id: string, lock: boolean): Promise<ClaimContext> {
    const found = await manager.findOneBy(ClaimEntity, { id });
    if (!found) throw notFound('The claim');
    const forUpdate = lock ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const assignment = await manager.findOneOrFail(AssignmentEntity, { where: { id: found.assignmentId }, ...forUpdate });
    const claim = lock ? await manager.findOneOrFail(ClaimEntity, { where: { id }, ...forUpdate }) : found;
    const topic = await manager.findOneByOrFail(TopicEntity, { id: assignment.topicId });
    return { manager, claim, assignment, topic };
  }

  private emitChanged(emit: Emit, topicId: string, assignmentId: string): void {
    emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'CLAIM_CHANGED' } });
    emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId } });
  }
}

/** A claim id, or a NOT_FOUND for anything that cannot be one. */
function claimId(id: string): string {
  if (!isUuid(id)) throw notFound('The claim');
  return id;
}
