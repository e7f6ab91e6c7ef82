import type { DataSource } from 'typeorm';
import { isUuid, RESOURCE_LIMITS } from '@yah/shared';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { hostOf, HostRefused, vetHost } from './feed-address';
import type { FeedPoller, FeedSettings } from './feed-poller';
import { MemberFeedEntity } from './member-feed.entity';
import type { MemberFeedInput } from './member-feed.input';
import { memberFeedPolicy } from './member-feed.policy';

/** How long adding or changing a feed waits for its host's addresses. */
const HOST_CHECK_MS = 5_000;

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
    await this.refuseRefusedHost(input.url);
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
    await this.refuseRefusedHost(input.url);
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

  /**
   * A feed on a private, reserved or own address is refused at once — by its literal address, or by every address
   * its name resolves to now; the poller checks again on every read (a name's addresses may change). A name that
   * does not resolve yet is taken: the feed then shows why it cannot be read.
   */
  private async refuseRefusedHost(url: string): Promise<void> {
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(url);
      host = hostOf(parsed);
    } catch {
      throw badInput('url must be an http(s) address.', 'VALIDATION', { url: 'url must be an http(s) address' });
    }
    if (this.settings.allowPrivateHosts) return;
    try {
      await vetHost(host, AbortSignal.timeout(HOST_CHECK_MS));
    } catch (error) {
      if (error instanceof HostRefused && !error.unresolved) {
        throw badInput(`${host} is a private, reserved or local address: it is not allowed for a feed.`, 'FEED_ADDRESS_REFUSED', { url: 'url points at an address not allowed for a feed' });
      }
    }
  }
}
