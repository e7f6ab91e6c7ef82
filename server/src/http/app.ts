import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { RequestContext } from '../common/context';
import { createLoaders, createSharedLoaders } from '../common/loaders';
import type { Logger } from '../common/logger';
import { mayReadMetrics, type Metrics } from '../common/metrics';
import type { HttpDrain } from './http-drain';
import { readSessionToken } from '../modules/auth/session-cookie';
import { auditLogExportHandler } from '../modules/audit/audit-log-export';
import { eventExportHandler } from '../modules/events/event-exports';
import { downloadHandler, UPLOAD_PATH, uploadHandler } from '../modules/files/file-routes';
import { participationExportHandler } from '../modules/participation/participation-exports';
import { QUERY_LIMITS } from '../graphql/apollo';
import type { Services } from '../services';

interface AppDeps {
  config: AppConfig;
  log: Logger;
  dataSource: DataSource;
  services: Services;
  apollo: ApolloServer<RequestContext>;
  metrics: Metrics;
  /** Tells whether the server is shutting down (then it is not ready for new work). */
  drain: Pick<HttpDrain, 'draining'>;
}


export function createExpressApp({ config, log, dataSource, services, apollo, metrics, drain }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Prometheus scrapes this; anyone else is told there is nothing here.
  app.get('/metrics', async (req, res) => {
    const allowed = mayReadMetrics(
      {
        remoteAddress: req.socket.remoteAddress,
        authorization: req.headers.authorization,
        proxied: req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined,
      },
      config.metricsToken,
    );
    if (!allowed) {
      res.status(404).type('text/plain').send('Not Found');
      return;
    }
    const { contentType, body } = await metrics.render();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  });

  app.use(
    '/graphql',
    // Bounds what one request may send (Apollo's csrfPrevention, on by default, refuses simple cross-site requests).
    express.json({ limit: QUERY_LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const token = readSessionToken(req.headers.cookie);
        const viewer = token ? await services.sessions.resolve(token) : null;
        return { http: { req, res }, viewer, requestId: String(req.id), log: req.log, loaders: createLoaders(dataSource, viewer, createSharedLoaders(dataSource, services.reference)), services };
      },
    }),
  );

  // A phone calendar subscribes to this private URL; the token in it is the only credential.
  app.get('/calendar/:file', async (req, res) => {
    const token = req.params.file.replace(/\.ics$/, '');
    const ics = await services.calendar.feed(token, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
    if (!ics) {
      res.status(404).type('text/plain').send('No such calendar feed.');
      return;
    }
    res.type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'private, max-age=300').send(ics);
  });

  // Downloads with the session cookie (a link the browser follows, so no GraphQL).
  app.get('/exports/audit-log.csv', auditLogExportHandler({ dataSource, sessions: services.sessions, auditLog: services.auditLog }));
  app.get('/exports/events/:id/:file', eventExportHandler({ dataSource, sessions: services.sessions, reports: services.eventReports }));
  app.get('/exports/participation.csv', participationExportHandler({ sessions: services.sessions, participation: services.participation }, 'csv'));
  app.get('/exports/participation.xlsx', participationExportHandler({ sessions: services.sessions, participation: services.participation }, 'xlsx'));

  // Attachments: resumable uploads (tus) and downloads, both with the session cookie.
  app.all([UPLOAD_PATH, `${UPLOAD_PATH}/:id`], uploadHandler({ sessions: services.sessions, files: services.files, log }));
  app.get('/files/:id', downloadHandler({ sessions: services.sessions, files: services.files }, 'file'));
  app.get('/files/:id/thumbnail', downloadHandler({ sessions: services.sessions, files: services.files }, 'thumbnail'));

  serveClient(app, config.clientDist, log);
  return app;
}

/**
 * Content-Security-Policy, no framing, no referrer, no MIME sniffing (helmet). The SPA loads only its own
 * scripts; antd writes inline styles, so styles allow 'unsafe-inline'; the live socket is same-origin.
 * Requests are not upgraded to https: a member may run the hub on plain HTTP inside its own network.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** The built single-page app, with every unknown path answered by index.html for client-side routes. */
function serveClient(app: Express, clientDist: string, log: Logger): void {
  const indexFile = path.join(clientDist, 'index.html');
  if (!fs.existsSync(indexFile)) {
    log.warn({ clientDist }, 'client build not found: only the API is served (run `pnpm build`)');
    return;
  }
  // Scripts and styles go out precompressed at build (brotli, else gzip, as the browser accepts); never compressed per request.
  app.use(
    '/assets',
    expressStaticGzip(path.join(clientDist, 'assets'), { enableBrotli: true, orderPreference: ['br', 'gz'], serveStatic: { immutable: true, maxAge: '1y', fallthrough: false } }),
  );
  app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz|metrics$|calendar\/|exports\/|files\/|uploads).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
