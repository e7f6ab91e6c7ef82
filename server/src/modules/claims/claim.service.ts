import type { DataSource, EntityManager } from 'typeorm';
import {
  CLAIM_STATES,
  CLAIMABLE_TOPIC_STATES,
  canMoveClaim,
  COVERAGE_LIMITS,
  FILES_EDITABLE_CLAIM_STATES,
  isUuid,
  REPORTER_CLAIM_ACTIONS,
  SLOT_HOLDING_CLAIM_STATES,
  type AssignmentStatus,
  type ClaimAction,
  type ClaimState,
  type NotificationKind,
  type TopicState,
} from '@yah/shared';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { preparedStatement, runPrepared } from '../../common/prepared-statement';
import { inTransaction, type Emit } from '../../common/transaction';
import { TurnQueue } from '../../common/turn-queue';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';
import { notify } from '../notifications/notification.service';
import { TopicEntity } from '../topics/topic.entity';
import { topicPolicy } from '../topics/topic.policy';
import type { TopicService } from '../topics/topic.service';
import { AssignmentEntity } from '../assignments/assignment.entity';
import type { FileService } from '../files/file.service';
import { workOwners } from '../assignments/assignment.service';
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
    private readonly files: FileService,
  ) {}

  /**
   * Claims on one assignment take turns in this process (TurnQueue): each round one read of the assignment refuses
   * everyone it already refuses (full, closed, a slot already held) and lets the first of the others try.
   */
  private readonly claimTurns = new TurnQueue<ClaimFactsRow | null, ClaimAttempt, ClaimEntity>({
    read: (assignmentId) => readClaimFacts(this.dataSource.manager, assignmentId),
    refusal: (facts, { viewer }) => claimRefusal(viewer, facts),
    take: (attempt) => this.takeSlot(attempt),
  });

  /**
   * Takes one slot. The slot count only rises through a guarded UPDATE (claimed_count < slots), which
   * the database serialises per row: however many reporters click at once, no slot is given twice.
   *
   * A refusal that one read already shows (a full or closed assignment, a slot already held) is answered before
   * any transaction, and when a thousand reporters click at once the winners commit before the others look: the
   * others are refused by one shared read and never queue for the row lock (or for PGlite's only connection)
   * behind the winners. The read only refuses; the guarded UPDATE alone gives slots.
   */
  async claim(viewer: Viewer, assignmentId: string, requestId: string): Promise<ClaimEntity> {
    authorize(claimPolicy.canClaim(viewer), 'Only reporters claim assignments.');
    if (!isUuid(assignmentId)) throw notFound('The assignment');
    return this.claimTurns.run(assignmentId, { viewer, assignmentId, requestId });
  }

  /** One reporter's try, in a transaction: the guarded UPDATE decides. */
  private async takeSlot({ viewer, assignmentId, requestId }: ClaimAttempt): Promise<ClaimEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const holding = await manager.query(`SELECT 1 FROM claims WHERE assignment_id = $1 AND reporter_id = $2 AND state = ANY($3)`, [
        assignmentId,
        viewer.userId,
        SLOT_HOLDING_CLAIM_STATES,
      ]);
      if (holding.length) throw alreadyHolding();
      const assignment = await reserveSlot(manager, assignmentId);
      // Between the read and the UPDATE the last slot went (or the assignment closed): say why, from inside the transaction.
      if (!assignment) throw claimRefusal(viewer, await readClaimFacts(manager, assignmentId)) ?? slotTaken();
      const claim = await manager
        .save(manager.create(ClaimEntity, { assignmentId, reporterId: viewer.userId, state: 'CLAIMED', submissionLinks: [], isDemo: false, version: 1 }))
        .catch(rethrowUniqueViolation(alreadyHolding));
      await recordAudit(manager, viewer, requestId, { action: 'claim.create', entityType: 'claim', entityId: claim.id, after: { assignmentId, state: claim.state } });
      await notify(manager, emit, { userIds: [assignment.createdById], kind: 'ASSIGNMENT_CLAIMED', actorId: viewer.userId, topicId: assignment.topicId, assignmentId, claimId: claim.id });
      this.emitChanged(emit, assignment.topicId, assignmentId);
      // The first claim sets an approved topic in motion, through the topic's state machine (audited, announced after the claim's own event).
      await this.topics.startWithFirstClaim(manager, emit, viewer, assignment.topicId, requestId);
      return claim;
    });
  }

  /**
   * Offers a slot to a named reporter (指派). The offer reserves the slot through the same guarded UPDATE a claim uses
   * (reserveSlot), so offers and claims racing for the last slot cannot both win; the offer is a claim row in state
   * OFFERED until the reporter accepts (CLAIMED) or declines, or the editors withdraw it (both give the slot back).
   */
  async offer(viewer: Viewer, assignmentId: string, reporterId: string, requestId: string): Promise<ClaimEntity> {
    if (!isUuid(assignmentId)) throw notFound('The assignment');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const assignment = await manager.findOneBy(AssignmentEntity, { id: assignmentId });
      const topic = assignment ? await manager.findOneBy(TopicEntity, { id: assignment.topicId }) : null;
      if (!assignment || !topic || !topicPolicy.canRead(viewer, topic)) throw notFound('The assignment');
      const work = await workOwners(manager, assignment, topic);
      authorize(claimPolicy.canOffer(viewer, work), "Only editors of the member that created the assignment, or of the topic's proposing member, offer its slots.", 'NOT_REVIEWER');
      const reporter = isUuid(reporterId) ? await manager.findOneBy(UserEntity, { id: reporterId }) : null;
      const reporterMember = reporter ? await manager.findOneBy(MemberEntity, { id: reporter.memberId }) : null;
      if (!reporter || !reporterMember || !claimPolicy.mayReceiveOffer({ role: reporter.role, active: reporter.active && reporterMember.status === 'ACTIVE' })) {
        throw badInput('Slots are offered to active reporters.', 'NOT_A_REPORTER', { reporterId: 'not an active reporter' });
      }
      const holding = await manager.query(`SELECT 1 FROM claims WHERE assignment_id = $1 AND reporter_id = $2 AND state = ANY($3)`, [
        assignmentId,
        reporterId,
        SLOT_HOLDING_CLAIM_STATES,
      ]);
      if (holding.length) throw reporterHolding();
      const reserved = await reserveSlot(manager, assignmentId);
      if (!reserved) throw slotRefusal(await readClaimFacts(manager, assignmentId)) ?? slotTaken();
      const now = new Date();
      const claim = await manager
        .save(
          manager.create(ClaimEntity, {
            assignmentId,
            reporterId,
            state: 'OFFERED',
            offeredById: viewer.userId,
            offeredAt: now,
            claimedAt: now,
            submissionLinks: [],
            isDemo: false,
            version: 1,
          }),
        )
        .catch(rethrowUniqueViolation(reporterHolding));
      await recordAudit(manager, viewer, requestId, { action: 'claim.offer', entityType: 'claim', entityId: claim.id, after: { assignmentId, reporterId, state: claim.state } });
      await notify(manager, emit, { userIds: [reporterId], kind: 'ASSIGNMENT_OFFERED', actorId: viewer.userId, topicId: reserved.topicId, assignmentId, claimId: claim.id });
      this.emitChanged(emit, reserved.topicId, assignmentId);
      return claim;
    });
  }

  /** The reporter takes the offered slot: the claim is theirs from now (claimed_at), and the topic starts like on a first claim. */
  async acceptOffer(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(
      viewer,
      claimId,
      'CLAIMED',
      requestId,
      async (context) => {
        await this.authorizeAction(viewer, context, 'ACCEPT_OFFER');
        const { assignment, topic } = context;
        if (assignment.status !== 'OPEN' || assignment.dueAt <= new Date() || !CLAIMABLE_TOPIC_STATES.includes(topic.state)) {
          throw conflict('This assignment is closed: the offer can no longer be accepted.', 'NOT_ALLOWED_IN_STATE');
        }
        return { claimedAt: new Date() };
      },
      ({ claim, assignment }) => ({ userIds: [claim.offeredById ?? assignment.createdById], kind: 'OFFER_ACCEPTED' }),
      async ({ manager, assignment }, emit) => this.topics.startWithFirstClaim(manager, emit, viewer, assignment.topicId, requestId),
    );
  }

  /** The reporter turns the offer down, optionally saying why; the slot goes back to the pool. */
  async declineOffer(viewer: Viewer, claimId: string, reason: string | null | undefined, requestId: string): Promise<ClaimEntity> {
    const text = reason?.trim() || null;
    if (text && text.length > COVERAGE_LIMITS.declineReason.max) throw badInput('The reason is too long.', 'VALIDATION', { reason: 'too long' });
    return this.move(
      viewer,
      claimId,
      'DECLINED',
      requestId,
      async (context) => {
        await this.authorizeAction(viewer, context, 'DECLINE_OFFER');
        return { declineReason: text, decidedAt: new Date() };
      },
      ({ claim, assignment }) => ({ userIds: [claim.offeredById ?? assignment.createdById], kind: 'OFFER_DECLINED', ...(text ? { detail: text } : {}) }),
    );
  }

  /** The assignment's editors take an open offer back; the slot goes back to the pool. */
  async withdrawOffer(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'WITHDRAWN', requestId, (context) => this.reviewerChanges(viewer, context, 'WITHDRAW_OFFER', null), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'OFFER_WITHDRAWN',
    }));
  }

  /**
   * Whom the viewer may offer a slot of this assignment to: active reporters of active members, searched by name or by
   * member (Chinese, English or pinyin slug), optionally of one member; ordered by member slug, then id.
   */
  async offerCandidates(
    viewer: Viewer,
    assignmentId: string,
    search: string | null | undefined,
    memberId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<UserEntity>> {
    if (!isUuid(assignmentId)) throw notFound('The assignment');
    const manager = this.dataSource.manager;
    const assignment = await manager.findOneBy(AssignmentEntity, { id: assignmentId });
    const topic = assignment ? await manager.findOneBy(TopicEntity, { id: assignment.topicId }) : null;
    if (!assignment || !topic || !topicPolicy.canRead(viewer, topic)) throw notFound('The assignment');
    authorize(claimPolicy.canOffer(viewer, await workOwners(manager, assignment, topic)), "Only the assignment's editors offer its slots.", 'NOT_REVIEWER');
    const size = pageSize(first);
    const query = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(MemberEntity, 'm', 'm.id = u.member_id')
      .where(`u.role = 'REPORTER' AND u.active AND m.status = 'ACTIVE'`);
    const text = search?.trim();
    if (text) {
      if (text.length > COVERAGE_LIMITS.reporterSearch.max) throw badInput('The search is too long.', 'VALIDATION', { search: 'too long' });
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
      query.andWhere('(lower(u.display_name) LIKE :like OR lower(m.name_zh) LIKE :like OR lower(m.name_en) LIKE :like OR m.slug LIKE :like)', { like });
    }
    if (memberId) {
      if (!isUuid(memberId)) throw notFound('The member');
      query.andWhere('u.member_id = :memberId', { memberId });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [slug, id] = decodeCursor(after, ['slug', 'uuid']);
      query.andWhere('(m.slug, u.id) > (:slug, :id)', { slug, id });
    }
    const { entities, raw } = await query
      .addSelect('m.slug', 'member_slug')
      .orderBy('m.slug', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(size + 1)
      .getRawAndEntities<{ u_id: string; member_slug: string }>();
    const slugOf = new Map(raw.map((row) => [row.u_id, row.member_slug]));
    return toPage(entities, size, totalCount, (user) => [slugOf.get(user.id) ?? '', user.id]);
  }

  async release(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'RELEASED', requestId, async (context) => {
      await this.authorizeAction(viewer, context, 'RELEASE');
      return {};
    });
  }

  async submit(viewer: Viewer, claimId: string, input: SubmissionInput, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'SUBMITTED', requestId, async (context) => {
      await this.authorizeAction(viewer, context, 'SUBMIT');
      if (canMoveClaim(context.claim.state, 'SUBMITTED')) await this.files.attachToClaim(context.manager, viewer, context.claim.id, input.fileIds ?? []);
      return { submissionText: input.text.trim(), submissionLinks: [...new Set(input.links)], submittedAt: new Date() };
    }, ({ assignment }) => ({ userIds: [assignment.createdById], kind: 'SUBMISSION_RECEIVED' }));
  }

  async accept(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'ACCEPTED', requestId, (context) => this.reviewerChanges(viewer, context, 'ACCEPT', null), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'SUBMISSION_ACCEPTED',
    }));
  }

  async requestChanges(viewer: Viewer, claimId: string, comment: string, requestId: string): Promise<ClaimEntity> {
    const text = comment.trim();
    if (text.length < 2) throw badInput('Say what should change.', 'VALIDATION', { comment: 'too short' });
    return this.move(viewer, claimId, 'CHANGES_REQUESTED', requestId, (context) => this.reviewerChanges(viewer, context, 'REQUEST_CHANGES', text), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'CHANGES_REQUESTED',
      detail: text,
    }));
  }

  async cancel(viewer: Viewer, claimId: string, requestId: string): Promise<ClaimEntity> {
    return this.move(viewer, claimId, 'CANCELLED', requestId, (context) => this.reviewerChanges(viewer, context, 'CANCEL', null), ({ claim }) => ({
      userIds: [claim.reporterId],
      kind: 'CLAIM_CANCELLED',
    }));
  }

  /**
   * The reporter removes a file from their claim's submission before it is accepted (FILES_EDITABLE_CLAIM_STATES):
   * the file and its bytes go, the bytes count no longer against their storage. NOT_FOUND for a file the viewer may
   * not read; FORBIDDEN for anyone but the reporter; CONFLICT once the claim is decided.
   */
  async removeFile(viewer: Viewer, fileId: string, requestId: string): Promise<ClaimEntity> {
    const file = isUuid(fileId) ? await this.dataSource.query(`SELECT claim_id, original_name FROM files WHERE id = $1 AND claim_id IS NOT NULL`, [fileId]) : [];
    const found = (file as { claim_id: string; original_name: string }[])[0];
    if (!found) throw notFound('The file');
    const { claim, key } = await inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const context = await this.load(manager, found.claim_id, true);
      const { claim, assignment, topic } = context;
      if (!claimPolicy.canRead(viewer, { reporterId: claim.reporterId, topic: await this.topics.facts(topic, viewer, manager) })) throw notFound('The file');
      if (!claimPolicy.isOwnClaim(viewer, claim.reporterId)) throw forbidden('Only the reporter who holds the claim removes its files.');
      if (!FILES_EDITABLE_CLAIM_STATES.includes(claim.state)) throw conflict(`The files of a ${claim.state} claim stay as they are.`, 'NOT_ALLOWED_IN_STATE');
      const key = await this.files.removeFromClaim(manager, claim.id, fileId);
      if (!key) throw conflict('This file was removed meanwhile.', 'STALE_VERSION');
      await manager.query(`UPDATE claims SET version = version + 1, updated_at = now() WHERE id = $1`, [claim.id]);
      await recordAudit(manager, viewer, requestId, { action: 'claim.remove_file', entityType: 'claim', entityId: claim.id, before: { fileId, name: found.original_name }, after: null });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: assignment.topicId, kind: 'CLAIM_CHANGED', assignmentId: assignment.id } });
      return { claim: await manager.findOneByOrFail(ClaimEntity, { id: claim.id }), key };
    });
    await this.files.discardBytes(key);
    return claim;
  }

  async byId(viewer: Viewer, id: string): Promise<ClaimEntity> {
    const { claim, topic } = await this.load(this.dataSource.manager, claimId(id), false);
    if (!claimPolicy.canRead(viewer, { reporterId: claim.reporterId, topic: await this.topics.facts(topic, viewer, this.dataSource.manager) })) throw notFound('The claim');
    return claim;
  }

  /** The viewer's claims, soonest due first. */
  async mine(viewer: Viewer, states: ClaimState[] | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Page<ClaimEntity>> {
    return this.page(first, after, (query) => {
      query.where('c.reporter_id = :me', { me: viewer.userId });
      if (states?.length) query.andWhere('c.state IN (:...states)', { states });
    });
  }

  /**
   * Submissions waiting for the viewer's review: the shared rule (`mayReviewWork`) in SQL — work on assignments
   * created by the viewer's member or on topics it proposed. The secretariat reviews no work, so its queue is empty.
   */
  async reviewQueue(viewer: Viewer, first: number | null | undefined, after: string | null | undefined): Promise<Page<ClaimEntity>> {
    authorize(claimPolicy.hasReviewQueue(viewer), 'Reporters have no review queue.');
    const reviewable: ClaimState[] = CLAIM_STATES.filter((state) => canMoveClaim(state, 'ACCEPTED'));
    return this.page(first, after, (query) => {
      query
        .innerJoin(UserEntity, 'creator', 'creator.id = a.created_by_id')
        .where('c.state IN (:...reviewable)', { reviewable })
        .andWhere('(t.proposer_member_id = :member OR creator.member_id = :member)', { member: viewer.memberId });
      if (!claimPolicy.reviewsWork(viewer)) query.andWhere('false');
    });
  }

  private async page(first: number | null | undefined, after: string | null | undefined, where: (query: ReturnType<typeof this.claimQuery>) => void): Promise<Page<ClaimEntity>> {
    const size = pageSize(first);
    const query = this.claimQuery();
    where(query);
    const totalCount = await query.clone().getCount();
    if (after) {
      const [dueAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
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

  private async reviewerChanges(viewer: Viewer, context: ClaimContext, action: ClaimAction, reviewComment: string | null): Promise<Partial<ClaimEntity>> {
    await this.authorizeAction(viewer, context, action);
    return { reviewComment, decidedAt: new Date() };
  }

  /** The claim policy decides whose the action is; FORBIDDEN with a reason the client translates otherwise. */
  private async authorizeAction(viewer: Viewer, { manager, claim, assignment, topic }: ClaimContext, action: ClaimAction): Promise<void> {
    const work = await workOwners(manager, assignment, topic);
    if (claimPolicy.mayTake(viewer, { reporterId: claim.reporterId, work }, action)) return;
    if (REPORTER_CLAIM_ACTIONS.includes(action)) throw forbidden('Only the reporter who holds the claim (or was offered it) does this.');
    throw forbidden("Only editors of the member that created the assignment, or of the topic's proposing member, review this work.", 'NOT_REVIEWER');
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
    noteFor?: (context: ClaimContext) => { userIds: string[]; kind: NotificationKind; detail?: string },
    afterMove?: (context: ClaimContext, emit: Emit) => Promise<void>,
  ): Promise<ClaimEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const context = await this.load(manager, claimId(id), true);
      const { claim, assignment } = context;
      const changes = await changesFor(context);
      if (!canMoveClaim(claim.state, to)) throw conflict(`A ${claim.state} claim cannot become ${to}.`, 'NOT_ALLOWED_IN_STATE');
      const result = await manager
        .createQueryBuilder()
        .update(ClaimEntity)
        .set({ ...changes, state: to, version: () => 'version + 1' })
        .where('id = :id AND state IN (:...from)', { id: claim.id, from: fromStates(to) })
        .execute();
      if (result.affected !== 1) throw conflict('This claim changed meanwhile. Reload to see its state.', 'STALE_VERSION');
      if (SLOT_HOLDING_CLAIM_STATES.includes(claim.state) && !SLOT_HOLDING_CLAIM_STATES.includes(to)) {
        await manager.query(`UPDATE assignments SET claimed_count = claimed_count - 1, updated_at = now() WHERE id = $1`, [assignment.id]);
        emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId: assignment.id } });
      }
      const updated = await manager.findOneByOrFail(ClaimEntity, { id: claim.id });
      await recordAudit(manager, viewer, requestId, { action: `claim.${to.toLowerCase()}`, entityType: 'claim', entityId: claim.id, before: { state: claim.state }, after: { state: to, reviewComment: updated.reviewComment, ...(updated.declineReason ? { declineReason: updated.declineReason } : {}) } });
      const note = noteFor?.(context);
      if (note) await notify(manager, emit, { ...note, actorId: viewer.userId, topicId: assignment.topicId, assignmentId: assignment.id, claimId: claim.id });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: assignment.topicId, kind: 'CLAIM_CHANGED', assignmentId: assignment.id } });
      await afterMove?.(context, emit);
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
    emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'CLAIM_CHANGED', assignmentId } });
    emit({ name: 'OPEN_ASSIGNMENTS_CHANGED', payload: { assignmentId } });
  }
}

const alreadyHolding = () => conflict('You already hold a slot on this assignment.', 'ALREADY_HOLDING');
const reporterHolding = () => conflict('This reporter already holds, or has been offered, a slot on this assignment.', 'REPORTER_HOLDS_SLOT');

/**
 * The one statement that gives a slot, to a claim or to an offer: the slot count only rises through this guarded UPDATE
 * (claimed_count < slots, on an open, not yet due assignment of a topic that takes claims), which the database
 * serialises per row. Null when no slot was free or the assignment closed.
 */
async function reserveSlot(manager: EntityManager, assignmentId: string): Promise<Pick<AssignmentEntity, 'id' | 'topicId' | 'createdById'> | null> {
  const [rows]: [Pick<AssignmentEntity, 'id' | 'topicId' | 'createdById'>[]] = await manager.query(
    `UPDATE assignments a SET claimed_count = a.claimed_count + 1, updated_at = now()
       FROM topics t
      WHERE a.id = $1 AND t.id = a.topic_id AND t.state = ANY($2)
        AND a.status = $3 AND a.claimed_count < a.slots AND a.due_at > now()
    RETURNING a.id, a.topic_id AS "topicId", a.created_by_id AS "createdById"`,
    [assignmentId, CLAIMABLE_TOPIC_STATES, 'OPEN' satisfies AssignmentStatus],
  );
  return rows[0] ?? null;
}
const slotTaken = () => conflict('No slot is left on this assignment: someone else claimed the last one.', 'SLOT_TAKEN');

interface ClaimAttempt {
  viewer: Viewer;
  assignmentId: string;
  requestId: string;
}

/** What decides whether anyone may take a slot now, read in one statement (null when the assignment does not exist). */
interface ClaimFactsRow {
  status: AssignmentStatus;
  due_passed: boolean;
  full: boolean;
  topic_state: TopicState;
  proposed_at: Date | null;
  proposer_member_id: string;
  /** The reporters holding a slot (at most the assignment's slots). */
  holders: string[];
}

/** Read before claims (once per round of waiting reporters, see TurnQueue): prepared once per connection. */
const CLAIM_FACTS = preparedStatement(
  'claim_facts',
  `SELECT a.status, a.due_at <= now() AS due_passed, a.claimed_count >= a.slots AS full,
          t.state AS topic_state, t.proposed_at, t.proposer_member_id,
          ARRAY(SELECT c.reporter_id::text FROM claims c WHERE c.assignment_id = a.id AND c.state = ANY($2)) AS holders
     FROM assignments a JOIN topics t ON t.id = a.topic_id
    WHERE a.id = $1`,
);

async function readClaimFacts(manager: EntityManager, assignmentId: string): Promise<ClaimFactsRow | null> {
  const rows = await runPrepared<ClaimFactsRow>(manager, CLAIM_FACTS, [assignmentId, SLOT_HOLDING_CLAIM_STATES]);
  return rows[0] ?? null;
}

/**
 * Why the viewer cannot take a slot, in the order the claim checks it: a slot already held, an assignment they
 * cannot see (or that is not there), one closed for claims, one with no slot left; null when a slot may be free.
 */
function claimRefusal(viewer: Viewer, facts: ClaimFactsRow | null): Error | null {
  if (facts?.holders.includes(viewer.userId)) return alreadyHolding();
  if (!facts || !topicPolicy.canRead(viewer, { proposedAt: facts.proposed_at, proposerMemberId: facts.proposer_member_id })) return notFound('The assignment');
  return slotRefusal(facts);
}

/** Why no slot may be taken now (closed, or none left), whoever asks; null when one may be free. */
function slotRefusal(facts: ClaimFactsRow | null): Error | null {
  if (!facts) return notFound('The assignment');
  if (facts.status !== 'OPEN' || facts.due_passed || !CLAIMABLE_TOPIC_STATES.includes(facts.topic_state)) {
    return conflict('This assignment is closed for claims.', 'NOT_ALLOWED_IN_STATE');
  }
  if (facts.full) return slotTaken();
  return null;
}

/** A claim id, or a NOT_FOUND for anything that cannot be one. */
function claimId(id: string): string {
  if (!isUuid(id)) throw notFound('The claim');
  return id;
}
