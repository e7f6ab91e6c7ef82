import { isIP } from 'node:net';
import type { DataSource } from 'typeorm';
import { isUuid, RESOURCE_LIMITS } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { isPrivateAddress, type FeedPoller, type FeedSettings } from './feed-poller';
import { MemberFeedEntity } from './member-feed.entity';
import type { MemberFeedInput } from './member-feed.input';
import { memberFeedPolicy } from './member-feed.policy';

const auditView = (feed: MemberFeedEntity) => ({ url: feed.url, themes: feed.themes, active: feed.active });

export class MemberFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly poller: FeedPoller,
    private readonly settings: FeedSettings,
  ) {}

  async list(viewer: Viewer, memberId: string): Promise<MemberFeedEntity[]> {
    authorize(isUuid(memberId) && memberFeedPolicy.mayManage(viewer, memberId), "A member's feeds are managed by its chief editor or the secretariat.");
    return this.dataSource.getRepository(MemberFeedEntity).find({ where: { memberId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Adds a feed (first poll due at once); at most RESOURCE_LIMITS.feedsPerMember per member, counted under the member's row lock. */
  async add(viewer: Viewer, memberId: string, input: MemberFeedInput, requestId: string): Promise<MemberFeedEntity> {
    if (!isUuid(memberId)) throw notFound('The member');
    authorize(memberFeedPolicy.mayManage(viewer, memberId), "A member's feeds are managed by its chief editor or the secretariat.");
    this.refuseLiteralPrivateHost(input.url);
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const member = await manager.findOne(MemberEntity, { where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw notFound('The member');
      const count = await manager.countBy(MemberFeedEntity, { memberId });
      if (count >= RESOURCE_LIMITS.feedsPerMember.max) throw conflict(`A member has at most ${RESOURCE_LIMITS.feedsPerMember.max} feeds.`, 'TOO_MANY_FEEDS');
      const feed = await manager.save(manager.create(MemberFeedEntity, { memberId, url: input.url, themes: input.themes, active: input.active, createdById: viewer.userId }));
      await recordAudit(manager, viewer, requestId, { action: 'feed.create', entityType: 'member_feed', entityId: feed.id, after: auditView(feed) });
      return manager.findOneByOrFail(MemberFeedEntity, { id: feed.id });
    });
  }

  async update(viewer: Viewer, id: string, input: MemberFeedInput, requestId: string): Promise<MemberFeedEntity> {
    this.refuseLiteralPrivateHost(input.url);
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const feed = isUuid(id) ? await manager.findOne(MemberFeedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!feed || !memberFeedPolicy.mayManage(viewer, feed.memberId)) throw notFound('The feed');
      const before = auditView(feed);
      const moved = feed.url !== input.url;
      // A new address is a new feed: read it from scratch (no conditional GET against the old one's validators).
      await manager.update(MemberFeedEntity, { id }, { url: input.url, themes: input.themes, active: input.active, ...(moved ? { etag: null, lastModified: null, nextPollAt: new Date() } : {}) });
      const updated = await manager.findOneByOrFail(MemberFeedEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'feed.update', entityType: 'member_feed', entityId: id, before, after: auditView(updated) });
      return updated;
    });
  }

  /** Removes a feed; the pieces it brought stay in the library (their feed reference is cleared). */
  async remove(viewer: Viewer, id: string, requestId: string): Promise<boolean> {
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const feed = isUuid(id) ? await manager.findOneBy(MemberFeedEntity, { id }) : null;
      if (!feed || !memberFeedPolicy.mayManage(viewer, feed.memberId)) throw notFound('The feed');
      await manager.delete(MemberFeedEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'feed.delete', entityType: 'member_feed', entityId: id, before: auditView(feed) });
      return true;
    });
  }

  /** Polls now instead of waiting; CONFLICT when another server copy is polling it this moment. */
  async pollNow(viewer: Viewer, id: string): Promise<MemberFeedEntity> {
    const feed = isUuid(id) ? await this.dataSource.getRepository(MemberFeedEntity).findOneBy({ id }) : null;
    if (!feed || !memberFeedPolicy.mayManage(viewer, feed.memberId)) throw notFound('The feed');
    const polled = await this.poller.poll(id, false);
    if (!polled) throw conflict('This feed is being polled right now.', 'NOT_ALLOWED_IN_STATE');
    return polled;
  }

  /** A literal loopback or private IP is refused at once; host names are checked when polled (their addresses may change). */
  private refuseLiteralPrivateHost(url: string): void {
    if (this.settings.allowPrivateHosts) return;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host))) {
      throw badInput('Feeds on private or local addresses are refused.', 'FEED_ADDRESS_REFUSED', { url: 'url points at a private or local address' });
    }
  }
}
