import { createHash } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import Parser from 'rss-parser';
import type { DataSource, EntityManager } from 'typeorm';
import { FEED_POLL_MINUTES, RESOURCE_LIMITS, textLength } from '@yah/shared';
import type { AppPubSub } from '../../common/events';
import { inTransaction } from '../../common/transaction';
import { recordAudit } from '../audit/audit.service';
import type { FollowService } from './follow.service';
import { cleanText } from '../../common/input/text-rules';
import { hostOf, isRefusedLiteralHost, vetHost, type VettedAddress } from './feed-address';
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

type Fetched = { notModified: true } | { notModified: false; text: string; etag: string | null; lastModified: string | null };

const HEADERS = {
  accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  'user-agent': 'YangtzeAllianceHub-FeedReader/1.0',
};

/**
 * GET with a timeout, a size cap, conditional headers, and every redirect hop's host vetted; the connection goes to
 * the vetted address itself (the TLS name and Host header stay the URL's), so DNS cannot answer differently the second time.
 */
async function fetchFeed(url: string, feed: Pick<MemberFeedEntity, 'etag' | 'lastModified'>, settings: FeedSettings): Promise<Fetched> {
  let current = new URL(url);
  const signal = AbortSignal.timeout(FEED_TIMEOUT_MS);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FeedError('only http(s) feeds are read');
    const host = hostOf(current);
    let pinned: VettedAddress | null = null;
    if (!settings.allowPrivateHosts) {
      pinned = await vetHost(host, signal).catch((error: unknown) => {
        throw new FeedError(error instanceof Error ? error.message : `cannot resolve ${host}`);
      });
    }
    const response = await get(current, pinned, { ...HEADERS, ...(feed.etag ? { 'if-none-match': feed.etag } : {}), ...(feed.lastModified ? { 'if-modified-since': feed.lastModified } : {}) }, signal);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      response.resume();
      const location = response.headers.location;
      if (!location) throw new FeedError(`HTTP ${status} without a location`);
      current = new URL(location, current);
      continue;
    }
    if (status === 304) {
      response.resume();
      return { notModified: true };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FeedError(`HTTP ${status}`);
    }
    const header = (name: string) => {
      const value = response.headers[name];
      return typeof value === 'string' ? value : null;
    };
    return { notModified: false, text: await readCapped(response), etag: header('etag'), lastModified: header('last-modified') };
  }
  throw new FeedError('too many redirects');
}

/** One GET, connecting to `pinned` when given (whatever the resolver would say now). */
function get(url: URL, pinned: VettedAddress | null, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: pinned!.address, family: pinned!.family }]);
    else callback(null, pinned!.address, pinned!.family);
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'GET', headers, signal, ...(pinned ? { lookup } : {}) }, resolve);
    request.on('error', (error: NodeJS.ErrnoException) => reject(new FeedError(connectionProblem(hostOf(url), error, signal))));
    request.end();
  });
}

const CONNECTION_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found',
  EPROTO: 'TLS handshake failed',
};

/** What the chief editor reads when the connection itself failed: the cause's code in words. */
function connectionProblem(host: string, error: NodeJS.ErrnoException, signal: AbortSignal): string {
  if (signal.aborted) return `timed out reading ${host}`;
  const code = error.code ?? '';
  const words = CONNECTION_PROBLEMS[code] ?? (/CERT|TLS|SSL/.test(code) ? `TLS certificate not accepted: ${code}` : code || error.name);
  return `could not connect to ${host} (${words})`;
}

async function readCapped(response: IncomingMessage): Promise<string> {
  if (Number(response.headers['content-length'] ?? 0) > FEED_MAX_BYTES) {
    response.destroy();
    throw new FeedError('the feed is larger than 2 MB');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > FEED_MAX_BYTES) {
      response.destroy();
      throw new FeedError('the feed is larger than 2 MB');
    }
    chunks.push(chunk);
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

/** An item's link as the piece's original: an http(s) address, not on a refused host by its literal name (no DNS here). */
function originalLink(link: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim());
    const fine = (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && !isRefusedLiteralHost(hostOf(url));
    return fine && url.href.length <= 500 ? url.href : null;
  } catch {
    return null;
  }
}

/** Parses RSS 2.0 or Atom into pieces: the full text only where the feed carries it (content:encoded, Atom content). */
export async function parseFeed(text: string): Promise<{ title: string; pieces: FeedPiece[] }> {
  const feed = await parser.parseString(text).catch((error: unknown) => {
    throw new FeedError(`not an RSS or Atom feed (${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'})`);
  });
  const isAtom = !/<rss[\s>]/i.test(text.slice(0, 2000)) && /<feed[\s>]/i.test(text.slice(0, 2000));
  const pieces: FeedPiece[] = [];
  for (const item of feed.items) {
    const title = cleanText(plainText(item.title ?? '').replace(/\s+/g, ' '), RESOURCE_LIMITS.title);
    const key = cleanText(item.guid ?? item.id ?? item.link ?? '', { max: 2000 });
    if (textLength(title) < RESOURCE_LIMITS.title.min || !key) continue;
    const fullText = isAtom ? item.content : item['content:encoded'];
    const summary = plainText((isAtom ? item.summary ?? item.content : item.content) ?? '');
    const body = fullText ? cleanText(sanitizeBody(fullText), { max: Infinity, multiline: true }) : '';
    const author = item.creator ?? item.author ?? '';
    pieces.push({
      key: key.length <= 500 ? key : createHash('sha256').update(key).digest('hex'),
      title,
      description: cleanText(summary || title, { ...RESOURCE_LIMITS.description, multiline: true }),
      // A body past the limit is not cut mid-tag: the piece becomes headline-only and its full text is requested.
      body: textLength(body) <= RESOURCE_LIMITS.body.max ? body : '',
      byline: cleanText(/\(([^)]+)\)\s*$/.exec(author)?.[1] ?? author, RESOURCE_LIMITS.byline),
      originalUrl: originalLink(item.link),
    });
  }
  return { title: cleanText(plainText(feed.title ?? ''), { max: 200 }), pieces };
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
