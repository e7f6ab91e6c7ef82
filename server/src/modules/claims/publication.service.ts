import type { DataSource, EntityManager } from 'typeorm';
import { isNewsroomMember, isUuid, PUBLICATION_LIMITS } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { MemberEntity } from '../members/member.entity';
import { TopicEntity } from '../topics/topic.entity';
import type { TopicService } from '../topics/topic.service';
import { ClaimEntity, PublicationEntity } from './claim.entity';
import type { PublicationFieldsInput, PublicationInput } from './publication.input';
import { publicationPolicy } from './publication.policy';

/** How far ahead of this server's clock a publication time may be (another device's clock running fast). */
const PUBLISHED_AHEAD_MS = 10 * 60 * 1000;

const auditView = (publication: PublicationEntity) => ({
  claimId: publication.claimId,
  memberId: publication.memberId,
  channel: publication.channel,
  url: publication.url,
  publishedAt: publication.publishedAt,
  views: publication.views,
  shares: publication.shares,
  likes: publication.likes,
});

/** Where accepted pieces ran (刊发记录) and their reach: recorded by the topic's editors, corrected or withdrawn by the recorder. */
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly topics: TopicService,
  ) {}

  async record(viewer: Viewer, input: PublicationInput, requestId: string): Promise<PublicationEntity> {
    if (!isUuid(input.claimId)) throw notFound('The claim');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      // The claim row is locked so that two recorders at once cannot pass the per-claim limit together.
      const claim = await manager.findOne(ClaimEntity, { where: { id: input.claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw notFound('The claim');
      const assignment = await manager.findOneByOrFail(AssignmentEntity, { id: claim.assignmentId });
      const topic = await manager.findOneByOrFail(TopicEntity, { id: assignment.topicId });
      authorize(publicationPolicy.canRecord(viewer, await this.topics.facts(topic, viewer, manager)), "Only the topic's editors record where its pieces ran.");
      if (claim.state !== 'ACCEPTED') throw conflict('Only accepted pieces are published.');
      const recorded = await manager.countBy(PublicationEntity, { claimId: claim.id });
      if (recorded >= PUBLICATION_LIMITS.perClaim.max) {
        throw conflict(`A piece can be recorded at ${PUBLICATION_LIMITS.perClaim.max} outlets at most: correct one of them instead.`);
      }
      const fields = await this.checkedFields(manager, input, claim);
      const publication = await manager.save(
        manager.create(PublicationEntity, { ...fields, claimId: claim.id, topicId: topic.id, recordedById: viewer.userId, isDemo: false }),
      );
      await recordAudit(manager, viewer, requestId, { action: 'publication.record', entityType: 'publication', entityId: publication.id, after: auditView(publication) });
      this.emitChanged(emit, topic.id);
      return publication;
    });
  }

  /** Corrects a publication's outlet, link, time or reach: only whoever recorded it. */
  async update(viewer: Viewer, id: string, input: PublicationFieldsInput, requestId: string): Promise<PublicationEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const before = await this.ownForChange(manager, viewer, id, 'EDIT');
      const fields = await this.checkedFields(manager, input, await manager.findOneByOrFail(ClaimEntity, { id: before.claimId }));
      await manager.update(PublicationEntity, { id: before.id }, fields);
      const after = await manager.findOneByOrFail(PublicationEntity, { id: before.id });
      await recordAudit(manager, viewer, requestId, { action: 'publication.update', entityType: 'publication', entityId: id, before: auditView(before), after: auditView(after) });
      this.emitChanged(emit, after.topicId);
      return after;
    });
  }

  /** Withdraws a publication record (the audit log keeps what it said): only whoever recorded it. Returns its claim. */
  async withdraw(viewer: Viewer, id: string, requestId: string): Promise<ClaimEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const before = await this.ownForChange(manager, viewer, id, 'WITHDRAW');
      await manager.delete(PublicationEntity, { id: before.id });
      await recordAudit(manager, viewer, requestId, { action: 'publication.withdraw', entityType: 'publication', entityId: id, before: auditView(before), after: null });
      this.emitChanged(emit, before.topicId);
      return manager.findOneByOrFail(ClaimEntity, { id: before.claimId });
    });
  }

  private async ownForChange(manager: EntityManager, viewer: Viewer, id: string, action: 'EDIT' | 'WITHDRAW'): Promise<PublicationEntity> {
    const publication = isUuid(id) ? await manager.findOne(PublicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!publication) throw notFound('The publication');
    authorize(publicationPolicy.actions(viewer, publication).includes(action), 'Only whoever recorded a publication corrects or withdraws it.');
    return publication;
  }

  private async checkedFields(manager: EntityManager, input: PublicationFieldsInput, claim: Pick<ClaimEntity, 'claimedAt'>) {
    const outlet = isUuid(input.memberId) ? await manager.findOneBy(MemberEntity, { id: input.memberId }) : null;
    if (!outlet || !isNewsroomMember(outlet)) {
      throw badInput('Choose the member newsroom whose outlet ran the piece.', 'VALIDATION', { memberId: outlet ? 'runs no outlet' : 'unknown member' });
    }
    if (input.publishedAt.getTime() > Date.now() + PUBLISHED_AHEAD_MS) {
      throw badInput('A piece cannot have run in the future.', 'VALIDATION', { publishedAt: 'in the future' });
    }
    if (input.publishedAt < claim.claimedAt) {
      throw badInput('A piece cannot have run before its work was claimed.', 'VALIDATION', { publishedAt: 'before the claim' });
    }
    return {
      memberId: input.memberId,
      channel: input.channel,
      url: input.url.trim(),
      publishedAt: input.publishedAt,
      views: input.views,
      shares: input.shares,
      likes: input.likes,
    };
  }

  private emitChanged(emit: Emit, topicId: string): void {
    emit({ name: 'TOPIC_CHANGED', payload: { topicId, kind: 'CLAIM_CHANGED' } });
  }
}
