import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import Parser from 'rss-parser';
import type { DataSource, EntityManager } from 'typeorm';
import { FEED_POLL_MINUTES, RESOURCE_LIMITS } from '@yah/shared';
import type { AppPubSub } from '../../common/events';
import { inTransaction } from '../../common/transaction';
import { recordAudit } from '../audit/audit.service';
import type { FollowService } from './follow.service';
import { MemberFeedEntity } from './member-feed.entity';
import { ResourceEntity } from './resource.entity';
import { publicSearchText, searchableText } from './resource-search';
import { plainText, sanitizeBody } from './rich-text';

/** How long one poll may take before the request is abandoned. */
export const FEED_TIMEOUT_MS = 10_000;
/** Largest feed document read. */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;
/** A server copy holds a feed this long while polling it; another copy may take it over after. */
const LEASE_SECONDS = 120;
/** Feeds one round of the background poller takes on. */
const DUE_PER_ROUND = 20;
const MAX_REDIRECTS = 3;

/** Why a poll failed, in words the chief editor reads on the feed (`lastError`). */
export class FeedError extends Error {}

export interface FeedSettings {
  allowPrivateHosts: boolean;
}

// Loopback, private, carrier-grade NAT, link-local, multicast and reserved ranges: a feed must not reach into our network.
// Two lists, because a BlockList also checks an IPv4 address against IPv6 rules (as if it were IPv4-mapped).
const PRIVATE_V4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE_V4.addSubnet(network, prefix, 'ipv4');
const PRIVATE_V6 = new BlockList();
for (const [network, prefix] of [['::', 128], ['::1', 128], ['64:ff9b::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE_V6.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE_V4.check(address, 'ipv4');
  if (family === 0) return true;
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1, ::ffff:7f00:1) is that IPv4 address.
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (mapped) {
    const v4 = mapped[1] ?? [parseInt(mapped[2]!, 16) >> 8, parseInt(mapped[2]!, 16) & 255, parseInt(mapped[3]!, 16) >> 8, parseInt(mapped[3]!, 16) & 255].join('.');
    return PRIVATE_V4.check(v4, 'ipv4');
  }
  return PRIVATE_V6.check(address, 'ipv6');
}

/** Refuses a host that is, or resolves to, a loopback/private/link-local address (unless allowed by config). */
export async function assertPublicHost(hostname: string, settings: FeedSettings, signal: AbortSignal): Promise<void> {
  if (settings.allowPrivateHosts) return;
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await resolveWithin(host, signal)).map((entry) => entry.address);
  if (!addresses.length || addresses.some(isPrivateAddress)) throw new FeedError(`refused: ${host} is a private or local address`);
}

/** DNS lookups have no timeout of their own: the poll's deadline bounds them too. */
async function resolveWithin(host: string, signal: AbortSignal): Promise<{ address: string }[]> {
  signal.throwIfAborted();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new FeedError(`timed out resolving ${host}`));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([lookup(host, { all: true }).catch(() => { throw new FeedError(`cannot resolve ${host}`); }), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

type Fetched = { notModified: true } | { notModified: false; text: string; etag: string | null; lastModified: string | null };

/** GET with a timeout, a size cap, conditional headers, and every redirect hop checked against private addresses. */
async function fetchFeed(url: string, feed: Pick<MemberFeedEntity, 'etag' | 'lastModified'>, settings: FeedSettings): Promise<Fetched> {
  let current = new URL(url);
  const signal = AbortSignal.timeout(FEED_TIMEOUT_MS);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FeedError('only http(s) feeds are read');
    await assertPublicHost(current.hostname, settings, signal);
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
        'user-agent': 'YangtzeAllianceHub-FeedReader/1.0',
        ...(feed.etag ? { 'if-none-match': feed.etag } : {}),
        ...(feed.lastModified ? { 'if-modified-since': feed.lastModified } : {}),
      },
    });
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new FeedError(`HTTP ${response.status} without a location`);
      current = new URL(location, current);
      continue;
    }
    if (response.status === 304) return { notModified: true };
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedError(`HTTP ${response.status}`);
    }
    return { notModified: false, text: await readCapped(response), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  }
  throw new FeedError('too many redirects');
}

async function readCapped(response: Response): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > FEED_MAX_BYTES) throw new FeedError('the feed is larger than 2 MB');
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > FEED_MAX_BYTES) {
      await reader.cancel();
      throw new FeedError('the feed is larger than 2 MB');
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** One feed item as a library piece. */
export interface FeedPiece {
  key: string;
  title: string;
  description: string;
  body: string;
  byline: string;
  originalUrl: string | null;
}

type Item = Parser.Item & { 'content:encoded'?: string; summary?: string; id?: string; author?: string };
const parser = new Parser<Record<string, unknown>, Item>();

const clip = (text: string, max: number) => [...text].slice(0, max).join('');

/** Parses RSS 2.0 or Atom into pieces: the full text only where the feed carries it (content:encoded, Atom content). */
export async function parseFeed(text: string): Promise<{ title: string; pieces: FeedPiece[] }> {
  const feed = await parser.parseString(text).catch((error: unknown) => {
    throw new FeedError(`not an RSS or Atom feed (${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'})`);
  });
  const isAtom = !/<rss[\s>]/i.test(text.slice(0, 2000)) && /<feed[\s>]/i.test(text.slice(0, 2000));
  const pieces: FeedPiece[] = [];
  for (const item of feed.items) {
    const title = clip(plainText(item.title ?? '').replace(/\s+/g, ' '), RESOURCE_LIMITS.title.max);
    const key = item.guid ?? item.id ?? item.link;
    if ([...title].length < RESOURCE_LIMITS.title.min || !key) continue;
    const fullText = isAtom ? item.content : item['content:encoded'];
    const summary = plainText((isAtom ? item.summary ?? item.content : item.content) ?? '');
    const body = fullText ? sanitizeBody(fullText) : '';
    const link = item.link && /^https?:\/\//i.test(item.link) && item.link.length <= 500 ? item.link : null;
    const author = item.creator ?? item.author ?? '';
    pieces.push({
      key: key.length <= 500 ? key : createHash('sha256').update(key).digest('hex'),
      title,
      description: clip(summary || title, RESOURCE_LIMITS.description.max),
      // A body past the limit is not cut mid-tag: the piece becomes headline-only and its full text is requested.
      body: body.length <= RESOURCE_LIMITS.body.max ? body : '',
      byline: clip((/\(([^)]+)\)\s*$/.exec(author)?.[1] ?? author).trim(), RESOURCE_LIMITS.byline.max),
      originalUrl: link,
    });
  }
  return { title: clip(plainText(feed.title ?? ''), 200), pieces };
}

/**
 * Polls members' feeds into the content library. Any number of server copies may run it: a feed is leased by one
 * guarded UPDATE before it is read, so no two copies poll the same feed at once; items are deduplicated by the unique
 * (feed, item key) index, so a feed read twice adds nothing twice.
 */
export class FeedPoller {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly follows: FollowService,
    private readonly settings: FeedSettings,
  ) {}

  /** One round of the background poller: every active feed that is due, one after another. Returns how many it polled. */
  async pollDue(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM member_feeds WHERE active AND next_poll_at <= now() AND (lease_until IS NULL OR lease_until < now()) ORDER BY next_poll_at LIMIT $1`,
      [DUE_PER_ROUND],
    );
    let polled = 0;
    for (const { id } of due) if (await this.poll(id, true)) polled += 1;
    return polled;
  }

  /**
   * Leases and polls one feed; null when another copy holds it (or, with `onlyIfDue`, it is no longer due). The poll's
   * outcome is written on the feed — a broken feed sets `lastError`, it never throws.
   */
  async poll(feedId: string, onlyIfDue: boolean): Promise<MemberFeedEntity | null> {
    const [leased]: [MemberFeedEntity[], number] = await this.dataSource.query(
      `UPDATE member_feeds SET lease_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND (lease_until IS NULL OR lease_until < now()) ${onlyIfDue ? 'AND active AND next_poll_at <= now()' : ''}
        RETURNING id`,
      [feedId, LEASE_SECONDS],
    );
    if (!leased.length) return null;
    const feed = await this.dataSource.getRepository(MemberFeedEntity).findOneByOrFail({ id: feedId });
    let outcome: { fetched: Fetched; parsed: { title: string; pieces: FeedPiece[] } | null } | { error: string };
    try {
      const fetched = await fetchFeed(feed.url, feed, this.settings);
      outcome = { fetched, parsed: fetched.notModified ? null : await parseFeed(fetched.text) };
    } catch (error) {
      outcome = { error: error instanceof FeedError ? error.message : `could not read the feed (${error instanceof Error ? error.name : 'error'})` };
    }
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      let added = 0;
      const changes: Partial<MemberFeedEntity> = {};
      if ('error' in outcome) {
        changes.lastError = clip(outcome.error, 500);
      } else {
        changes.lastError = '';
        if (!outcome.fetched.notModified) {
          changes.etag = outcome.fetched.etag ? clip(outcome.fetched.etag, 200) : null;
          changes.lastModified = outcome.fetched.lastModified ? clip(outcome.fetched.lastModified, 100) : null;
        }
        if (outcome.parsed) {
          if (outcome.parsed.title) changes.title = outcome.parsed.title;
          for (const piece of outcome.parsed.pieces) {
            const resource = await this.ingest(manager, feed, piece);
            if (!resource) continue;
            added += 1;
            await this.follows.notifyFollowersOfPiece(manager, emit, resource);
          }
        }
      }
      await manager
        .createQueryBuilder()
        .update(MemberFeedEntity)
        .set({
          ...changes,
          lastPolledAt: () => 'now()',
          nextPollAt: () => `now() + interval '${FEED_POLL_MINUTES} minutes'`,
          leaseUntil: null,
          itemsIngested: () => `items_ingested + ${added}`,
        })
        .where('id = :id', { id: feed.id })
        .execute();
      // The poller acts for no one: the audit row has no actor.
      await recordAudit(manager, null, null, { action: 'feed.poll', entityType: 'member_feed', entityId: feed.id, after: { added, error: changes.lastError || null } });
      return manager.findOneByOrFail(MemberFeedEntity, { id: feed.id });
    });
  }

  /** Inserts one item as a library piece unless the feed already gave it; null for a duplicate. */
  private async ingest(manager: EntityManager, feed: MemberFeedEntity, piece: FeedPiece): Promise<ResourceEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO resources (area, status, source, owner_member_id, created_by_id, title, description, themes, body, byline, original_url, feed_id, feed_item_key, search_public, search_body)
       VALUES ('CONTENT', 'ACTIVE', 'FEED', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (feed_id, feed_item_key) WHERE feed_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        feed.memberId,
        feed.createdById,
        piece.title,
        piece.description,
        feed.themes,
        piece.body,
        piece.byline,
        piece.originalUrl,
        feed.id,
        piece.key,
        publicSearchText({ title: piece.title, description: piece.description, themes: feed.themes, cities: [] }),
        piece.body ? searchableText([plainText(piece.body)]) : '',
      ],
    );
    return rows[0] ? manager.findOneByOrFail(ResourceEntity, { id: rows[0].id }) : null;
  }
}
