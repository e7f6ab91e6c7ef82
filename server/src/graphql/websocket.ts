import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { RequestContext } from '../common/context';
import { createLoaders } from '../common/loaders';
import type { Logger } from '../common/logger';
import { readSessionToken } from '../modules/auth/session-cookie';
import type { Services } from '../services';

/**
 * GraphQL subscriptions over graphql-ws at /graphql, authenticated by the same session cookie as HTTP.
 * A connection without a live session is refused at once.
 */
export function attachWebSocketServer(httpServer: Server, schema: GraphQLSchema, dataSource: DataSource, services: Services, log: Logger) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown>, { viewerId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = readSessionToken(ctx.extra.request.headers.cookie);
        const viewer = token ? await services.sessions.resolve(token) : null;
        if (!viewer) return false;
        ctx.extra.viewerId = viewer.userId;
        return true;
      },
      context: async (ctx): Promise<RequestContext> => {
        // Re-checked on every subscription: a session signed out or deactivated meanwhile gets nothing more.
        const token = readSessionToken(ctx.extra.request.headers.cookie);
        const viewer = token ? await services.sessions.resolve(token) : null;
        return {
          http: null,
          viewer,
          requestId: `ws-${ctx.extra.viewerId ?? 'anonymous'}`,
          log,
          loaders: createLoaders(dataSource, viewer),
          services,
        };
      },
    },
    wsServer,
  );
  return {
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
