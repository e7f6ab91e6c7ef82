import type { DataSource, EntityManager } from 'typeorm';
import { isNewsroomMember, isUuid, PUBLICATION_LIMITS, RESOURCE_LIMITS } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { MemberEntity } from '../members/member.entity';
import { newsroomEditorIds, notify } from '../notifications/notification.service';
import { ResourceEntity } from '../resources/resource.entity';
import type { RepublicationInput } from '../resources/resource.input';
import { resourcePolicy } from '../resources/resource.policy';
import { TopicEntity } from '../topics/topic.entity';
import type { TopicService } from '../topics/topic.service';
import { ClaimEntity, PublicationEntity } from './claim.entity';
import type { PublicationFieldsInput, PublicationInput } from './publication.input';
import { publicationPolicy } from './publication.policy';

/** How far ahead of this server's clock a publication time may be (another device's clock running fast). */
const PUBLISHED_AHEAD_MS = 10 * 60 * 1000;

const auditView = (publication: PublicationEntity) => ({
  claimId: publication.claimId,
  resourceId: publication.resourceId,
  memberId: publication.memberId,
  channel: publication.channel,
  url: publication.url,
  publishedAt: publication.publishedAt,
  views: publication.views,
  shares: publication.shares,
  likes: publication.likes,
});

/** What ran: an accepted claim's work, or a library piece another member republished. */
type Source = { claim: ClaimEntity; resource?: never } | { resource: ResourceEntity; claim?: never };

/**
 * Where pieces ran (刊发记录) and their reach, in one ledger: accepted claims' publications, recorded by the topic's
 * editors, and republications of library pieces, recorded by the republishing member; each corrected or withdrawn
 * by whoever recorded it.
 */
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
      const fields = await this.checkedFields(manager, viewer, input, { claim });
      const publication = await manager.save(
        manager.create(PublicationEntity, { ...fields, claimId: claim.id, topicId: topic.id, recordedById: viewer.userId, isDemo: false }),
      );
      await recordAudit(manager, viewer, requestId, { action: 'publication.record', entityType: 'publication', entityId: publication.id, after: auditView(publication) });
      this.emitChanged(emit, publication);
      return publication;
    });
  }

  /**
   * Another member's editor records where a library piece ran: at most RESOURCE_LIMITS.republicationsPerMember
   * times per member, however many record at once (the piece's row is locked while counting). The owner's
   * editors hear of it.
   */
  async republish(viewer: Viewer, input: RepublicationInput, requestId: string): Promise<PublicationEntity> {
    if (!isUuid(input.resourceId)) throw notFound('The piece');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const resource = await manager.findOne(ResourceEntity, { where: { id: input.resourceId }, lock: { mode: 'pessimistic_write' } });
      if (!resource || !resourcePolicy.mayRead(viewer, resource)) throw notFound('The piece');
      const fields = await this.checkedFields(manager, viewer, input, { resource });
      await this.roomForRepublication(manager, resource.id, fields.memberId);
      await this.notYetRecordedAt(manager, resource.id, fields.url, null);
      const publication = await manager.save(
        manager.create(PublicationEntity, { ...fields, claimId: null, topicId: null, resourceId: resource.id, recordedById: viewer.userId, isDemo: false }),
      );
      await recordAudit(manager, viewer, requestId, { action: 'publication.republish', entityType: 'publication', entityId: publication.id, after: auditView(publication) });
      await notify(manager, emit, {
        userIds: await newsroomEditorIds(manager, [resource.ownerMemberId]),
        kind: 'PIECE_REPUBLISHED',
        actorId: viewer.userId,
        resourceId: resource.id,
      });
      this.emitChanged(emit, publication);
      return publication;
    });
  }

  /** Corrects a publication's outlet, link, time or reach: only whoever recorded it. */
  async update(viewer: Viewer, id: string, input: PublicationFieldsInput, requestId: string): Promise<PublicationEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const before = await this.ownForChange(manager, viewer, id, 'EDIT');
      const source = await this.sourceOf(manager, before);
      const fields = await this.checkedFields(manager, viewer, input, source);
      if (source.resource) {
        // Locked as when recording: another record of this piece cannot arrive at the same address meanwhile.
        await manager.findOne(ResourceEntity, { where: { id: source.resource.id }, lock: { mode: 'pessimistic_write' } });
        // Moved to another member: that member's count of this piece must have room, as when recording.
        if (fields.memberId !== before.memberId) await this.roomForRepublication(manager, source.resource.id, fields.memberId);
        await this.notYetRecordedAt(manager, source.resource.id, fields.url, before.id);
      }
      await manager.update(PublicationEntity, { id: before.id }, fields);
      const after = await manager.findOneByOrFail(PublicationEntity, { id: before.id });
      await recordAudit(manager, viewer, requestId, { action: 'publication.update', entityType: 'publication', entityId: id, before: auditView(before), after: auditView(after) });
      this.emitChanged(emit, after);
      return after;
    });
  }

  /** Withdraws a publication record (the audit log keeps what it said): only whoever recorded it. Returns its claim (null for a republication). */
  async withdraw(viewer: Viewer, id: string, requestId: string): Promise<ClaimEntity | null> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const before = await this.ownForChange(manager, viewer, id, 'WITHDRAW');
      await manager.delete(PublicationEntity, { id: before.id });
      await recordAudit(manager, viewer, requestId, { action: 'publication.withdraw', entityType: 'publication', entityId: id, before: auditView(before), after: null });
      this.emitChanged(emit, before);
      return before.claimId ? manager.findOneByOrFail(ClaimEntity, { id: before.claimId }) : null;
    });
  }

  private async ownForChange(manager: EntityManager, viewer: Viewer, id: string, action: 'EDIT' | 'WITHDRAW'): Promise<PublicationEntity> {
    const publication = isUuid(id) ? await manager.findOne(PublicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!publication) throw notFound('The publication');
    authorize(publicationPolicy.actions(viewer, publication).includes(action), 'Only whoever recorded a publication corrects or withdraws it.');
    return publication;
  }

  /** CONFLICT when the member already recorded the piece at RESOURCE_LIMITS.republicationsPerMember places; the caller holds the piece's row lock. */
  private async roomForRepublication(manager: EntityManager, resourceId: string, memberId: string): Promise<void> {
    const recorded = await manager.countBy(PublicationEntity, { resourceId, memberId });
    if (recorded >= RESOURCE_LIMITS.republicationsPerMember.max) {
      throw conflict(`A member records a piece at ${RESOURCE_LIMITS.republicationsPerMember.max} places at most: correct one of them instead.`, 'REPUBLICATION_LIMIT');
    }
  }

  /**
   * CONFLICT ALREADY_RECORDED when the piece already has a record at this address (another than `exceptId`): one
   * place counted twice would inflate its reach. The caller holds the piece's row lock, so this holds under concurrency.
   */
  private async notYetRecordedAt(manager: EntityManager, resourceId: string, url: string, exceptId: string | null): Promise<void> {
    const records = await manager.find(PublicationEntity, { select: { id: true, url: true }, where: { resourceId } });
    const address = sameAddress(url);
    if (records.some((record) => record.id !== exceptId && sameAddress(record.url) === address)) {
      throw conflict('This piece is already recorded at this address: correct that record instead.', 'ALREADY_RECORDED');
    }
  }

  private async sourceOf(manager: EntityManager, publication: PublicationEntity): Promise<Source> {
    if (publication.claimId) return { claim: await manager.findOneByOrFail(ClaimEntity, { id: publication.claimId }) };
    return { resource: await manager.findOneByOrFail(ResourceEntity, { id: publication.resourceId ?? '' }) };
  }

  /**
   * The outlet must be a member newsroom and the time real: not in the future, not before the work was claimed
   * (a claim) or before the piece was offered and its embargo lifted (a republication). A republication also runs
   * only at a member the viewer may record for, outside the piece's excluded regions.
   */
  private async checkedFields(manager: EntityManager, viewer: Viewer, input: PublicationFieldsInput, source: Source) {
    const outlet = isUuid(input.memberId) ? await manager.findOneBy(MemberEntity, { id: input.memberId }) : null;
    if (!outlet || !isNewsroomMember(outlet)) {
      throw badInput('Choose the member newsroom whose outlet ran the piece.', 'VALIDATION', { memberId: outlet ? 'runs no outlet' : 'unknown member' });
    }
    if (source.resource) {
      authorize(resourcePolicy.mayRecordRepublication(viewer, source.resource, outlet.id), 'Editors record where their own member ran a piece they may see; the secretariat for any other member.');
      if (source.resource.excludedProvinceCodes.includes(outlet.provinceCode)) {
        throw conflict("This piece may not run in the outlet's province.", 'REGION_EXCLUDED');
      }
    }
    if (input.publishedAt.getTime() > Date.now() + PUBLISHED_AHEAD_MS) {
      throw badInput('A piece cannot have run in the future.', 'VALIDATION', { publishedAt: 'in the future' });
    }
    if (source.claim && input.publishedAt < source.claim.claimedAt) {
      throw badInput('A piece cannot have run before its work was claimed.', 'VALIDATION', { publishedAt: 'before the claim' });
    }
    if (source.resource && input.publishedAt < earliestRun(source.resource)) {
      throw badInput('A piece cannot have run before it was offered and its embargo lifted.', 'VALIDATION', { publishedAt: 'before the piece could run' });
    }
    return {
      memberId: outlet.id,
      channel: input.channel,
      url: input.url.trim(),
      publishedAt: input.publishedAt,
      views: input.views,
      shares: input.shares,
      likes: input.likes,
    };
  }

  private emitChanged(emit: Emit, publication: Pick<PublicationEntity, 'topicId' | 'resourceId'>): void {
    if (publication.topicId) emit({ name: 'TOPIC_CHANGED', payload: { topicId: publication.topicId, kind: 'CLAIM_CHANGED' } });
    if (publication.resourceId) emit({ name: 'RESOURCE_CHANGED', payload: { resourceId: publication.resourceId, kind: 'REPUBLISHED' } });
  }
}

/**
 * An address as compared for duplicates: the same page however it is written — scheme and host in lower case, no
 * default port, no #fragment (it only scrolls the page), no trailing slash; the path and query as written.
 */
const sameAddress = (url: string): string => {
  try {
    const address = new URL(url.trim());
    const path = address.pathname.length > 1 ? address.pathname.replace(/\/+$/, '') : address.pathname;
    return `${address.protocol}//${address.host}${path}${address.search}`;
  } catch {
    return url.trim();
  }
};

/** A library piece runs elsewhere once offered, and once its embargo (if any) has lifted. */
const earliestRun = (resource: Pick<ResourceEntity, 'createdAt' | 'embargoUntil'>) =>
  resource.embargoUntil && resource.embargoUntil > resource.createdAt ? resource.embargoUntil : resource.createdAt;
