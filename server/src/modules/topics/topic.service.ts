import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { canMoveTopic, isUuid, joinRefusal, TOPIC_ACTION_TARGETS, type CoSponsorStatus, type TopicMove } from '@yah/shared';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { cappedCount, decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { newsroomEditorIds, notify } from '../notifications/notification.service';
import { ProvinceEntity } from '../provinces/province.entity';
import { TopicCoSponsorEntity, TopicCommentEntity, TopicEntity } from './topic.entity';
import type { TopicFilter, TopicInput } from './topic.input';
import { topicFacts, topicPolicy, type TopicFacts } from './topic.policy';

/** Topic moves a person asks for; the state each leads to is `TOPIC_ACTION_TARGETS` in @yah/shared. */
export type { TopicMove } from '@yah/shared';

const auditView = (topic: TopicEntity) => ({ title: topic.title, state: topic.state, version: topic.version, windowStart: topic.windowStart, windowEnd: topic.windowEnd });

export class TopicService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The viewer's member's place on a topic, for policies. `manager` is required: inside a transaction, pass its manager. */
  async facts(topic: TopicEntity, viewer: Viewer, manager: EntityManager): Promise<TopicFacts> {
    const row = await manager.findOneBy(TopicCoSponsorEntity, { topicId: topic.id, memberId: viewer.memberId });
    return topicFacts(topic, row?.status ?? null);
  }

  async byId(viewer: Viewer, id: string): Promise<TopicEntity> {
    const topic = isUuid(id) ? await this.dataSource.getRepository(TopicEntity).findOneBy({ id }) : null;
    if (!topic || !topicPolicy.canRead(viewer, await this.facts(topic, viewer, this.dataSource.manager))) throw notFound('The topic');
    return topic;
  }

  async list(viewer: Viewer, filter: TopicFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<TopicEntity>> {
    const size = pageSize(first);
    // topicPolicy.canRead in SQL: what was never proposed only to the viewer's own member.
    const query = this.dataSource
      .getRepository(TopicEntity)
      .createQueryBuilder('t')
      .where(new Brackets((q) => q.where('t.proposed_at IS NOT NULL').orWhere('t.proposer_member_id = :me', { me: viewer.memberId })));
    if (filter.states?.length) query.andWhere('t.state IN (:...states)', { states: filter.states });
    if (filter.provinceCode) query.andWhere('t.province_codes @> ARRAY[:province]::varchar[]', { province: filter.provinceCode });
    if (filter.theme) query.andWhere('t.themes @> ARRAY[:theme]::varchar[]', { theme: filter.theme.trim() });
    if (filter.mine) {
      query.andWhere(
        new Brackets((q) =>
          q.where('t.proposer_member_id = :me', { me: viewer.memberId }).orWhere('EXISTS (SELECT 1 FROM topic_co_sponsors cs WHERE cs.topic_id = t.id AND cs.member_id = :me)'),
        ),
      );
    }
    const search = filter.search?.trim().toLowerCase();
    if (search) query.andWhere('lower(t.title) LIKE :search', { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const cursor = after ? decodeCursor(after, ['timestamp', 'uuid']) : null;
    const counting = cappedCount(query.clone());
    if (cursor) query.andWhere('(t.created_at, t.id) < (:createdAt, :id)', { createdAt: cursor[0], id: cursor[1] });
    const [count, rows] = await Promise.all([counting, query.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').limit(size + 1).getMany()]);
    return toPage(rows, size, count, (topic) => [topic.createdAt.toISOString(), topic.id]);
  }

  async create(viewer: Viewer, input: TopicInput, requestId: string): Promise<TopicEntity> {
    authorize(topicPolicy.canCreate(viewer), 'Only editors and chief editors of a member propose topics.');
    const fields = await this.validatedFields(input);
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const topic = manager.create(TopicEntity, {
        ...fields,
        state: 'DRAFT',
        proposerMemberId: viewer.memberId,
        createdById: viewer.userId,
        rejectionReason: null,
        cancelReason: null,
        isDemo: false,
        version: 1,
      });
      await manager.save(topic);
      await recordAudit(manager, viewer, requestId, { action: 'topic.create', entityType: 'topic', entityId: topic.id, after: auditView(topic) });
      return topic;
    });
  }

  /** Edits a draft or proposed topic; `version` must be the one the editor started from. */
  async update(viewer: Viewer, id: string, version: number, input: TopicInput, requestId: string): Promise<TopicEntity> {
    const fields = await this.validatedFields(input);
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const topic = await this.lockedForViewer(manager, viewer, id);
      authorize(topicPolicy.actions(viewer, await this.facts(topic, viewer, manager)).includes('EDIT'), 'Only the proposing newsroom edits a topic, and only before approval.');
      const before = auditView(topic);
      const updated = await this.guardedUpdate(manager, id, version, fields);
      await recordAudit(manager, viewer, requestId, { action: 'topic.update', entityType: 'topic', entityId: id, before, after: auditView(updated) });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: id, kind: 'UPDATED' } });
      return updated;
    });
  }

  async move(viewer: Viewer, id: string, move: TopicMove, reason: string | null, requestId: string): Promise<TopicEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const topic = await this.lockedForViewer(manager, viewer, id);
      const target = TOPIC_ACTION_TARGETS[move];
      if (!canMoveTopic(topic.state, target)) throw conflict(`A ${topic.state} topic cannot become ${target}.`, 'NOT_ALLOWED_IN_STATE');
      authorize(topicPolicy.actions(viewer, await this.facts(topic, viewer, manager)).includes(move), 'You may not do this with this topic.');
      const changes: Partial<TopicEntity> = { state: target };
      if (move === 'REJECT') changes.rejectionReason = reason;
      if (move === 'CANCEL') changes.cancelReason = reason;
      if (move === 'PROPOSE' && !topic.proposedAt) changes.proposedAt = new Date();
      const before = auditView(topic);
      const updated = await this.guardedUpdate(manager, id, topic.version, changes);
      await recordAudit(manager, viewer, requestId, { action: `topic.${move.toLowerCase()}`, entityType: 'topic', entityId: id, before, after: { ...auditView(updated), reason } });
      if (move === 'PROPOSE') await this.announceInvitations(manager, emit, viewer, topic);
      if (move === 'APPROVE' || move === 'REJECT') {
        await notify(manager, emit, { userIds: [topic.createdById], kind: move === 'APPROVE' ? 'TOPIC_APPROVED' : 'TOPIC_REJECTED', actorId: viewer.userId, topicId: id, detail: reason });
      }
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: id, kind: 'UPDATED' } });
      return updated;
    });
  }

  async invite(viewer: Viewer, topicId: string, memberIds: readonly string[], requestId: string): Promise<TopicEntity> {
    if (!memberIds.length || memberIds.length > 35 || !memberIds.every(isUuid)) throw badInput('Name between 1 and 35 members to invite.', 'VALIDATION', { memberIds: 'invalid' });
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const topic = await this.lockedForViewer(manager, viewer, topicId);
      authorize(topicPolicy.actions(viewer, await this.facts(topic, viewer, manager)).includes('INVITE'), 'Only the proposing newsroom invites co-sponsors.');
      const members = await manager.findBy(MemberEntity, memberIds.map((id) => ({ id })));
      const invitable = members.filter((member) => topicPolicy.isInvitable(member, topic));
      if (invitable.length !== new Set(memberIds).size) throw badInput('Only other active member newsrooms can be invited.', 'VALIDATION', { memberIds: 'not invitable' });
      const inserted: { member_id: string }[] = await manager.query(
        `INSERT INTO topic_co_sponsors (topic_id, member_id, status) SELECT $1, unnest($2::uuid[]), $3
         ON CONFLICT (topic_id, member_id) DO NOTHING RETURNING member_id`,
        [topicId, invitable.map((member) => member.id), 'INVITED' satisfies CoSponsorStatus],
      );
      const invited = inserted.map((row) => row.member_id);
      await recordAudit(manager, viewer, requestId, { action: 'topic.invite', entityType: 'topic', entityId: topicId, after: { invited } });
      // A draft is the proposing newsroom's alone: its invitations are announced when it is proposed.
      if (topic.state !== 'DRAFT') await notify(manager, emit, { userIds: await newsroomEditorIds(manager, invited), kind: 'COSPONSOR_INVITED', actorId: viewer.userId, topicId });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'UPDATED' } });
      return topic;
    });
  }

  /**
   * An editor of an invited member accepts the invitation: co-sponsoring is by invitation only (`joinRefusal` in
   * @yah/shared). Without an invitation: FORBIDDEN with reason NOT_INVITED.
   */
  async join(viewer: Viewer, topicId: string, requestId: string): Promise<TopicEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const topic = await this.lockedForViewer(manager, viewer, topicId);
      const refusal = joinRefusal(viewer, await this.facts(topic, viewer, manager));
      if (refusal === 'NOT_INVITED') throw forbidden("Only members the proposing newsroom invited co-sponsor a topic: ask its editors for an invitation.", 'NOT_INVITED');
      if (refusal === 'ALREADY_JOINED') throw conflict('Your newsroom already co-sponsors this topic.', 'ALREADY_JOINED');
      if (refusal === 'NOT_ALLOWED_IN_STATE') throw conflict(`A ${topic.state} topic takes no co-sponsors.`, 'NOT_ALLOWED_IN_STATE');
      if (refusal) throw forbidden('Only editors of another member co-sponsor a topic.');
      const [joined]: [unknown[], number] = await manager.query(
        `UPDATE topic_co_sponsors SET status = $3, joined_at = now() WHERE topic_id = $1 AND member_id = $2 AND status = $4 RETURNING member_id`,
        [topicId, viewer.memberId, 'JOINED' satisfies CoSponsorStatus, 'INVITED' satisfies CoSponsorStatus],
      );
      if (joined.length !== 1) throw conflict('The invitation changed meanwhile. Reload the topic.', 'STALE_VERSION');
      await recordAudit(manager, viewer, requestId, { action: 'topic.join', entityType: 'topic', entityId: topicId, after: { memberId: viewer.memberId } });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'UPDATED' } });
      return topic;
    });
  }

  async addComment(viewer: Viewer, topicId: string, body: string, requestId: string): Promise<TopicCommentEntity> {
    const text = body.trim();
    if (!text) throw badInput('Write something first.', 'VALIDATION', { body: 'empty' });
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const topic = await this.lockedForViewer(manager, viewer, topicId, false);
      authorize(topicPolicy.actions(viewer, await this.facts(topic, viewer, manager)).includes('COMMENT'), 'You may not comment on this topic.');
      const comment = await manager.save(manager.create(TopicCommentEntity, { topicId, authorId: viewer.userId, body: text }));
      await recordAudit(manager, viewer, requestId, { action: 'topic.comment', entityType: 'topic', entityId: topicId, after: { commentId: comment.id } });
      emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'COMMENT_ADDED', commentId: comment.id } });
      return comment;
    });
  }

  /**
   * The first claim sets an approved topic in motion: APPROVED → IN_PROGRESS through the state machine, with its
   * audit row and a topicChanged event. Runs in the claim's transaction; a guarded UPDATE (only while APPROVED)
   * makes concurrent first claims start it once.
   */
  async startWithFirstClaim(manager: EntityManager, emit: Emit, viewer: Viewer, topicId: string, requestId: string): Promise<void> {
    const from = 'APPROVED';
    const to = TOPIC_ACTION_TARGETS.START;
    if (!canMoveTopic(from, to)) return;
    const result = await manager
      .createQueryBuilder()
      .update(TopicEntity)
      .set({ state: to, version: () => 'version + 1' })
      .where('id = :id AND state = :from', { id: topicId, from })
      .execute();
    if (result.affected !== 1) return;
    const started = await manager.findOneByOrFail(TopicEntity, { id: topicId });
    await recordAudit(manager, viewer, requestId, {
      action: 'topic.start',
      entityType: 'topic',
      entityId: topicId,
      before: { ...auditView(started), state: from, version: started.version - 1 },
      after: { ...auditView(started), cause: 'first claim' },
    });
    emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'UPDATED' } });
  }

  /** Tells the editors of members invited while the topic was a draft, now that they may read it. */
  private async announceInvitations(manager: EntityManager, emit: Emit, viewer: Viewer, topic: TopicEntity): Promise<void> {
    const invited = await manager.findBy(TopicCoSponsorEntity, { topicId: topic.id, status: 'INVITED' });
    if (!invited.length) return;
    await notify(manager, emit, { userIds: await newsroomEditorIds(manager, invited.map((row) => row.memberId)), kind: 'COSPONSOR_INVITED', actorId: viewer.userId, topicId: topic.id });
  }

  /** Reads the topic with a row lock, so concurrent moves on it queue up instead of racing. */
  private async lockedForViewer(manager: EntityManager, viewer: Viewer, id: string, lock = true): Promise<TopicEntity> {
    const topic = isUuid(id) ? await manager.findOne(TopicEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!topic || !topicPolicy.canRead(viewer, await this.facts(topic, viewer, manager))) throw notFound('The topic');
    return topic;
  }

  /** UPDATE … WHERE version = expected: a stale edit changes nothing and gets CONFLICT. */
  private async guardedUpdate(manager: EntityManager, id: string, version: number, changes: Partial<TopicEntity>): Promise<TopicEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(TopicEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw conflict('Someone changed this topic meanwhile. Reload it to see their changes.', 'STALE_VERSION');
    return manager.findOneByOrFail(TopicEntity, { id });
  }

  private async validatedFields(input: TopicInput) {
    if (input.windowEnd < input.windowStart) throw badInput('The planned window ends before it starts.', 'VALIDATION', { windowEnd: 'before windowStart' });
    const provinceCodes = [...new Set(input.provinceCodes)];
    const known = await this.dataSource.getRepository(ProvinceEntity).countBy(provinceCodes.map((code) => ({ code })));
    if (known !== provinceCodes.length) throw badInput('Name provinces of the belt only.', 'VALIDATION', { provinceCodes: 'unknown province' });
    const clean = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
    return {
      title: input.title.trim(),
      brief: input.brief.trim(),
      themes: clean(input.themes),
      provinceCodes,
      cities: clean(input.cities),
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
      targetChannels: [...new Set(input.targetChannels)],
    };
  }
}
