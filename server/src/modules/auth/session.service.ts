import { createHash, randomBytes } from 'node:crypto';
import DataLoader from 'dataloader';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@yah/shared';
import type { AppPubSub } from '../../common/events';
import { preparedStatement, runPrepared } from '../../common/prepared-statement';
import type { Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { SessionEntity } from './session.entity';

/** Sessions seen within this long are not written again on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Read for every request that carries a cookie: the live sessions behind a batch of token hashes, prepared once per
 * connection. (`bpchar[]` so the unique index on token_hash is used.)
 */
const LIVE_SESSIONS = preparedStatement(
  'live_sessions',
  `SELECT s.id AS session_id, s.token_hash, s.last_seen_at, s.expires_at, u.id AS user_id, u.member_id, u.role, m.alliance_role
     FROM sessions s
     JOIN users u ON u.id = s.user_id
     JOIN members m ON m.id = u.member_id
    WHERE s.token_hash = ANY($1::bpchar[]) AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active AND m.status = 'ACTIVE'`,
);

interface SessionRow {
  session_id: string;
  token_hash: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  member_id: string;
  role: Role;
  alliance_role: string;
}

/** Most session lookups one statement answers. */
const LOOKUP_BATCH = 100;

/** A live session: who it is, and when it expires unless used again. */
export interface ResolvedSession {
  viewer: Viewer;
  expiresAt: Date;
}

const resolvedFrom = (row: SessionRow): ResolvedSession => ({
  viewer: {
    sessionId: row.session_id,
    userId: row.user_id,
    memberId: row.member_id,
    role: row.role,
    memberIsSecretariat: row.alliance_role === 'SECRETARIAT',
  },
  expiresAt: new Date(row.expires_at),
});

export class SessionService {
  /**
   * Requests arriving together (a burst of clicks, a page's parallel queries) look their sessions up in one statement:
   * lookups asked for in the same turn of the event loop are sent as one batch when it ends. Nothing is cached — each
   * request is answered by a read sent after it arrived.
   */
  private readonly lookups: DataLoader<string, SessionRow | null>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs: number,
    private readonly pubSub: AppPubSub,
  ) {
    this.lookups = new DataLoader(
      async (hashes) => {
        const rows = await this.liveSessionRows(hashes);
        const byHash = new Map(rows.map((row) => [row.token_hash, row]));
        return hashes.map((hash) => byHash.get(hash) ?? null);
      },
      { cache: false, maxBatchSize: LOOKUP_BATCH, batchScheduleFn: (dispatch) => setImmediate(dispatch) },
    );
  }

  get maxAgeMs(): number {
    return this.ttlMs;
  }

  /** `manager` is required: sign-in creates the session inside its transaction. */
  async create(userId: string, meta: { ip: string | null; userAgent: string | null }, manager: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** The viewer behind a cookie token, when the session is live, the account active and its member not suspended; else null. */
  async resolve(token: string): Promise<Viewer | null> {
    return (await this.resolveSession(token))?.viewer ?? null;
  }

  /**
   * Like `resolve`, with the moment the session expires unless it is used again (open sockets re-check then).
   * `touch: false` reads without sliding the expiry: an open socket alone does not keep a session alive.
   */
  async resolveSession(token: string, { touch = true }: { touch?: boolean } = {}): Promise<ResolvedSession | null> {
    const row = await this.lookups.load(hashToken(token));
    if (!row) return null;
    const resolved = resolvedFrom(row);
    if (touch && Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      // Sliding expiry: an active session stays alive.
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now(), expires_at = now() + $2 * interval '1 millisecond' WHERE id = $1`, [
        row.session_id,
        this.ttlMs,
      ]);
      resolved.expiresAt = new Date(Date.now() + this.ttlMs);
    }
    return resolved;
  }

  /**
   * Many sessions read again at once, never touched (what open sockets need for one live event): one statement
   * for all of them; each token maps to its session, or null when it ended.
   */
  async resolveSessions(tokens: readonly string[]): Promise<(ResolvedSession | null)[]> {
    const hashes = tokens.map(hashToken);
    const byHash = new Map((await this.liveSessionRows(hashes)).map((row) => [row.token_hash, resolvedFrom(row)]));
    return hashes.map((hash) => byHash.get(hash) ?? null);
  }

  private liveSessionRows(tokenHashes: readonly string[]): Promise<SessionRow[]> {
    return runPrepared<SessionRow>(this.dataSource.manager, LIVE_SESSIONS, [tokenHashes]);
  }

  /** Signing out: the session ends here and its open sockets on every server copy are closed. */
  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.pubSub.publish('SESSION_REVOKED', { sessionIds: [sessionId] });
  }

  /**
   * Ends every live session of an account (deactivation, password change), optionally keeping one; their
   * sockets are closed once the transaction has committed (through `emit`).
   */
  async revokeAllForUser(manager: EntityManager, emit: Emit, userId: string, keepSessionId?: string): Promise<void> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [userId, keepSessionId ?? null],
    );
    if (rows.length > 0) emit({ name: 'SESSION_REVOKED', payload: { sessionIds: rows.map((row) => row.id) } });
  }

  /** Ends every live session of every account of a member (suspension); their sockets close once the transaction commits. */
  async revokeAllForMember(manager: EntityManager, emit: Emit, memberId: string): Promise<number> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE member_id = $1)
       RETURNING id`,
      [memberId],
    );
    if (rows.length > 0) emit({ name: 'SESSION_REVOKED', payload: { sessionIds: rows.map((row) => row.id) } });
    return rows.length;
  }
}
