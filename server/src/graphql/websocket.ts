import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createSourceEventStream, execute, GraphQLError, subscribe, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RequestContext } from '../common/context';
import DataLoader from 'dataloader';
import { createLoaders, createSharedLoaders, type SharedLoaders } from '../common/loaders';
import type { Logger } from '../common/logger';
import { readSessionToken } from '../modules/auth/session-cookie';
import type { ResolvedSession } from '../modules/auth/session.service';
import type { Services } from '../services';
import { QUERY_LIMITS, withoutSuggestions } from './apollo';
import { formatGraphQLError } from './format-error';
import { webSocketOperation } from './websocket-operation';

/** The close code of a socket whose session ended (signed out, password changed, deactivated, expired). */
export const SESSION_ENDED_CLOSE_CODE = CloseCode.Unauthorized;

/** One session's open sockets (a tab each), and one socket's subscriptions: every event runs once per subscription. */
export const LIVE_LIMITS = { socketsPerSession: 10, subscriptionsPerSocket: 20 } as const;
/** The close code of a socket refused for being one too many of its session (the client retries later). */
export const TOO_MANY_SOCKETS_CLOSE_CODE = 4429;

/** The close code of every socket when the server shuts down: clients reconnect (to another copy, or to this one restarted). */
export const SERVICE_RESTART_CLOSE_CODE = 1012;
/** How long sockets closed for a restart get to answer the close before they are cut. */
const CLOSE_HANDSHAKE_MS = 2000;

/** Longest wait between two checks of an open socket's session expiry (timers cannot wait for weeks). */
const MAX_EXPIRY_CHECK_MS = 60 * 60 * 1000;

/**
 * Whether a WebSocket upgrade may proceed, judged by its `Origin`:
 * - the page's origin is the server's own host (as the request's Host names it; a proxy that passes only
 *   the host name, like nginx's `$host`, is compared by host name), or listed in ALLOWED_ORIGINS;
 * - no Origin at all is allowed: browsers always send one on a WebSocket handshake, so only a non-browser
 *   client (which must hold the session cookie itself) omits it; the cookie still authenticates it;
 * - anything else, including the opaque origin "null", is refused (cross-site WebSocket hijacking).
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (origin === undefined || origin === '') return true;
  if (!URL.canParse(origin)) return false;
  const page = new URL(origin);
  if (page.origin === 'null' || (page.protocol !== 'http:' && page.protocol !== 'https:')) return false;
  if (allowedOrigins.includes(page.origin)) return true;
  if (!host || !URL.canParse(`${page.protocol}//${host}`)) return false;
  const server = new URL(`${page.protocol}//${host}`);
  return server.port === '' && !/:\d+$/.test(host) ? server.hostname === page.hostname : server.host === page.host;
}

interface LiveSocket {
  socket: WebSocket;
  token: string;
  sessionId: string;
  expiryTimer: NodeJS.Timeout | null;
}

/**
 * A subscription's events, each executed by `run`; `run` answering null ends the stream. Written out by
 * hand rather than as an async generator so that `return()` ends a stream waiting for its next event.
 */
function eachEvent<T>(source: AsyncIterable<T>, run: (event: T) => Promise<ExecutionResult | null>): AsyncIterableIterator<ExecutionResult> & { return(): Promise<IteratorResult<ExecutionResult>> } {
  const events = source[Symbol.asyncIterator]();
  const finished = async (): Promise<IteratorResult<ExecutionResult>> => {
    await events.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next() {
      const event = await events.next();
      if (event.done) return { value: undefined, done: true };
      const result = await run(event.value);
      return result ? { value: result, done: false } : finished();
    },
    return: finished,
    async throw(error: unknown) {
      await finished();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export interface WebSocketOptions {
  allowedOrigins: readonly string[];
  /** The validation rules of HTTP requests (depth, aliases, directives): the same limits over the socket. */
  validationRules: readonly ValidationRule[];
  isProduction: boolean;
}

/**
 * GraphQL subscriptions over graphql-ws at /graphql, authenticated by the same session cookie as HTTP.
 * - The upgrade is refused (403) for a foreign `Origin`, and the connection for a missing or dead session.
 * - Every event executes with a fresh context: the session is resolved again (its viewer re-read) and the
 *   DataLoaders are new, so no event is answered from another moment's cache or for an ended session. The
 *   subscribers of one event on this copy share that work: their sessions are read in one statement and the
 *   viewer-independent loaders are one set, so an event costs a few statements, not a few per subscriber.
 * - A session that ends (sign-out, password change, deactivation: announced as SESSION_REVOKED through
 *   the app's pubsub, so through Redis to every server copy) or expires has its sockets closed with 4401.
 */
export function attachWebSocketServer(
  httpServer: Server,
  schema: GraphQLSchema,
  dataSource: DataSource,
  services: Services,
  log: Logger,
  options: WebSocketOptions,
) {
  const formatError = options.isProduction ? withoutSuggestions(formatGraphQLError) : formatGraphQLError;
  const format = (error: GraphQLError) => formatError(error.toJSON(), error);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // The same bound as an HTTP request's body: a larger message closes the socket (1009).
    maxPayload: QUERY_LIMITS.maxBodyBytes,
    verifyClient: ({ origin, req }, allow) => {
      if (isAllowedOrigin(origin, req.headers.host, options.allowedOrigins)) return allow(true);
      log.warn({ origin, host: req.headers.host }, 'refused a WebSocket from a foreign origin');
      allow(false, 403, 'Forbidden origin');
    },
  });

  const socketsBySession = new Map<string, Set<LiveSocket>>();
  /** graphql-ws's record of each accepted connection's subscriptions (for the live gauges of /metrics). */
  const subscriptionsBySocket = new Map<LiveSocket, Record<string, unknown>>();
  const liveByContext = new WeakMap<object, LiveSocket>();

  const endSession = (live: LiveSocket) => {
    if (live.socket.readyState === live.socket.OPEN || live.socket.readyState === live.socket.CONNECTING) {
      live.socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    }
  };
  const forget = (live: LiveSocket) => {
    if (live.expiryTimer) clearTimeout(live.expiryTimer);
    live.expiryTimer = null;
    const sockets = socketsBySession.get(live.sessionId);
    sockets?.delete(live);
    if (sockets?.size === 0) socketsBySession.delete(live.sessionId);
  };
  /** Re-checks the session when it would expire (unless used meanwhile), and closes the socket if it did. */
  const watchExpiry = (live: LiveSocket, expiresAt: Date) => {
    const wait = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0) + 50, MAX_EXPIRY_CHECK_MS);
    live.expiryTimer = setTimeout(() => {
      live.expiryTimer = null;
      services.sessions
        .resolveSession(live.token, { touch: false })
        .then((session) => (session ? watchExpiry(live, session.expiresAt) : endSession(live)))
        .catch((error: unknown) => {
          log.warn({ err: error }, 'could not re-check a WebSocket session');
          watchExpiry(live, new Date(Date.now() + 60_000));
        });
    }, wait);
    live.expiryTimer.unref();
  };

  /**
   * What every subscriber of one event on this copy shares: the event's sessions read again in one statement
   * (batched across the subscribers), and the loaders whose answers are the same for every viewer. Made when the
   * event arrives and kept only as long as the event itself: nothing is answered from an earlier moment.
   */
  interface EventMoment {
    sessions: DataLoader<string, ResolvedSession | null>;
    loaders: SharedLoaders;
  }
  const newMoment = (): EventMoment => ({
    sessions: new DataLoader((tokens) => services.sessions.resolveSessions(tokens), { maxBatchSize: 1000 }),
    loaders: createSharedLoaders(dataSource, services.reference),
  });
  // Keyed by the event's payload object: the pubsub hands every subscription of this copy the same one.
  const moments = new WeakMap<object, EventMoment>();
  const momentOf = (payload: unknown): EventMoment => {
    if (typeof payload !== 'object' || payload === null) return newMoment();
    let moment = moments.get(payload);
    if (!moment) {
      moment = newMoment();
      moments.set(payload, moment);
    }
    return moment;
  };

  const contextFor = async (live: LiveSocket, moment: EventMoment = newMoment()): Promise<RequestContext> => {
    // The socket never extends a session: only what the person does over HTTP does.
    const viewer = (await moment.sessions.load(live.token))?.viewer ?? null;
    const context: RequestContext = { http: null, viewer, requestId: `ws-${randomUUID()}`, log, loaders: createLoaders(dataSource, viewer, moment.loaders), services };
    liveByContext.set(context, live);
    return context;
  };

  const cleanup = useServer<Record<string, unknown>, { live?: LiveSocket }>(
    {
      schema,
      onSubscribe: (ctx, _id, payload) =>
        // graphql-ws has already registered this subscription's id when it asks.
        Object.keys(ctx.subscriptions).length > LIVE_LIMITS.subscriptionsPerSocket
          ? [new GraphQLError(`At most ${LIVE_LIMITS.subscriptionsPerSocket} live subscriptions per connection.`, { extensions: { code: 'BAD_USER_INPUT' } })]
          : webSocketOperation(schema, options.validationRules, payload),
      // Errors leave the socket as they leave HTTP: server faults masked, no suggestions in production.
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) } : undefined),
      onConnect: async (ctx) => {
        const token = readSessionToken(ctx.extra.request.headers.cookie);
        const session = token ? await services.sessions.resolveSession(token, { touch: false }) : null;
        if (!token || !session) return false;
        const live: LiveSocket = { socket: ctx.extra.socket, token, sessionId: session.viewer.sessionId, expiryTimer: null };
        const sockets = socketsBySession.get(live.sessionId) ?? new Set<LiveSocket>();
        if (sockets.size >= LIVE_LIMITS.socketsPerSession) {
          live.socket.close(TOO_MANY_SOCKETS_CLOSE_CODE, 'Too many live connections for this session');
          return false;
        }
        ctx.extra.live = live;
        sockets.add(live);
        socketsBySession.set(live.sessionId, sockets);
        subscriptionsBySocket.set(live, ctx.subscriptions);
        live.socket.once('close', () => {
          subscriptionsBySocket.delete(live);
          forget(live);
        });
        watchExpiry(live, session.expiresAt);
        return true;
      },
      context: async (ctx): Promise<RequestContext> => {
        const live = ctx.extra.live;
        if (!live) throw new Error('a subscription on an unauthenticated socket');
        const context = await contextFor(live);
        if (!context.viewer) endSession(live);
        return context;
      },
      subscribe: async (args: ExecutionArgs) => {
        const live = liveByContext.get(args.contextValue as object);
        if (!live) return subscribe(args);
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return stream;
        return eachEvent(stream, async (payload) => {
          // A fresh context per event: the session resolved again, new loaders (those alike for all shared by the event's subscribers).
          const contextValue = await contextFor(live, momentOf(payload));
          if (!contextValue.viewer) {
            endSession(live);
            return null;
          }
          return execute({ ...args, rootValue: payload, contextValue });
        });
      },
    },
    wsServer,
  );

  // Every server copy hears of ended sessions (through Redis when configured) and closes their sockets here.
  const revocations = services.pubSub.subscribe('SESSION_REVOKED');
  const listening = (async () => {
    for await (const { sessionIds } of revocations) {
      for (const sessionId of sessionIds) for (const live of socketsBySession.get(sessionId) ?? []) endSession(live);
    }
  })().catch((error: unknown) => log.error({ err: error }, 'stopped listening for ended sessions'));

  return {
    /** Connections accepted and subscriptions open on this copy right now. */
    liveCounts() {
      let subscriptions = 0;
      for (const record of subscriptionsBySocket.values()) subscriptions += Object.keys(record).length;
      return { sockets: subscriptionsBySocket.size, subscriptions };
    },
    /**
     * Closes every socket with 1012 "Service restart" (graphql-ws clients reconnect on it; any other client is told to
     * come back), cuts those that do not answer within CLOSE_HANDSHAKE_MS, and stops listening for upgrades.
     */
    async close() {
      const sockets = [...wsServer.clients];
      const allClosed = Promise.all(sockets.map((socket) => (socket.readyState === socket.CLOSED ? null : new Promise((resolve) => socket.once('close', resolve)))));
      for (const socket of sockets) socket.close(SERVICE_RESTART_CLOSE_CODE, 'Service restart');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([allClosed, new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_HANDSHAKE_MS)))]);
      clearTimeout(timer);
      for (const socket of wsServer.clients) socket.terminate();
      await revocations.return?.();
      await listening;
      for (const sockets of socketsBySession.values()) for (const live of sockets) forget(live);
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
