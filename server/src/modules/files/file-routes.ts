import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import { EVENTS, Server as TusServer } from '@tus/server';
import { FILE_MAX_BYTES, fileKindOf, PREVIEW_FILE_KINDS } from '@yah/shared';
import { AppError, httpStatusOf, notFound, unauthenticated } from '../../common/errors';
import type { Logger } from '../../common/logger';
import type { Viewer } from '../../common/viewer';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionService } from '../auth/session.service';
import { contentDisposition } from '../../http/downloads';
import type { FileService } from './file.service';

/** The tus endpoint: POST here creates an upload, whose URL is UPLOAD_PATH/<file id>. */
export const UPLOAD_PATH = '/uploads';

/**
 * A file is served as data, never as a page: nothing in it may run, load or frame anything. Images and video may show
 * themselves (a browser draws an opened image as an <img>).
 */
const FILE_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

interface FileRouteDeps {
  sessions: Pick<SessionService, 'resolve'>;
  files: FileService;
  log: Logger;
}

/** The signed-in account a request came from (the session cookie), or UNAUTHENTICATED. */
async function requireSession(req: Request, sessions: FileRouteDeps['sessions']): Promise<Viewer> {
  const token = readSessionToken(req.headers.cookie);
  const viewer = token ? await sessions.resolve(token) : null;
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Answers a domain error with its HTTP status and message; anything else goes to Express (logged, masked). */
function sendError(error: unknown, res: Response, next: (error: unknown) => void): void {
  const status = httpStatusOf(error);
  if (status && error instanceof AppError) res.status(status).type('text/plain').send(error.message);
  else next(error);
}

/** Which tus request may go where: creation on the collection, the rest on one upload (OPTIONS: protocol discovery). */
const UPLOAD_METHODS = { collection: new Set(['POST', 'OPTIONS']), upload: new Set(['HEAD', 'PATCH', 'DELETE', 'OPTIONS']) };

/**
 * Resumable uploads (tus 1.0: creation, termination; PATCH resumes from the offset HEAD reports). Every request needs
 * the session cookie; an upload is sent, resumed, checked and cancelled by its owner only. The tus server answers
 * same-origin requests only (no CORS headers) and keeps its locks in memory: copies behind a load balancer share the
 * store but do not guard one upload against parallel writes from each other (the browser sends its chunks in turn).
 */
export function uploadHandler({ sessions, files, log }: FileRouteDeps): RequestHandler {
  // The tus hooks see a web Request; the Node request it wraps carries who is signed in.
  const uploaders = new WeakMap<object, Viewer>();
  const tus = new TusServer({
    path: UPLOAD_PATH,
    datastore: files.storage.datastore,
    maxSize: Math.max(...Object.values(FILE_MAX_BYTES)),
    relativeLocation: true,
    allowedOrigins: [],
    disableTerminationForFinishedUploads: true,
    namingFunction: () => randomUUID(),
    async onUploadCreate(request, upload) {
      const node = request.runtime?.node?.req;
      const viewer = node ? uploaders.get(node) : undefined;
      if (!viewer) throw unauthenticated();
      await files.begin(viewer, upload);
      return {};
    },
    async onUploadFinish(_request, upload) {
      await files.complete(upload.id);
      return {};
    },
    async onResponseError(_request, error) {
      const status = httpStatusOf(error);
      if (status && error instanceof AppError) return { status_code: status, body: `${error.message}\n` };
      if (!('status_code' in error)) log.error({ err: error }, 'upload failed');
      return undefined;
    },
  });
  tus.on(EVENTS.POST_TERMINATE, (_request: unknown, _response: unknown, id: string) => {
    files.forget(id).catch((error: unknown) => log.error({ err: error, fileId: id }, 'a cancelled upload was not forgotten'));
  });

  return async (req, res, next) => {
    try {
      const id = typeof req.params.id === 'string' ? req.params.id : null;
      if (!UPLOAD_METHODS[id ? 'upload' : 'collection'].has(req.method)) {
        res.status(405).type('text/plain').send('Method not allowed here.');
        return;
      }
      if (req.method !== 'OPTIONS') {
        const viewer = await requireSession(req, sessions);
        if (id) await files.checkUploader(viewer, id);
        uploaders.set(req, viewer);
      }
      await tus.handle(req, res);
    } catch (error) {
      sendError(error, res, next);
    }
  };
}

/**
 * GET /files/:id (the bytes) and /files/:id/thumbnail: with the session cookie, to whoever may read what the file is
 * attached to. Served as its sniffed type with nosniff and a sandboxing CSP; only images, video and audio may show in the
 * browser (never HTML or SVG: they are never accepted), anything else downloads. The local store answers Range requests (video players seek).
 */
export function downloadHandler({ sessions, files }: Omit<FileRouteDeps, 'log'>, what: 'file' | 'thumbnail'): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await requireSession(req, sessions);
      const id = String(req.params.id);
      res.setHeader('Content-Security-Policy', FILE_CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-cache');
      if (what === 'thumbnail') {
        const thumbnail = await files.readableThumbnail(viewer, id);
        if (!thumbnail) throw notFound('The thumbnail');
        res.type('image/webp').setHeader('Content-Disposition', 'inline');
        res.send(thumbnail);
        return;
      }
      const file = await files.readable(viewer, id);
      const type = file.sniffedType ?? 'application/octet-stream';
      res.setHeader('Content-Type', fileKindOf(type) === 'TEXT' ? `${type}; charset=utf-8` : type);
      const kind = fileKindOf(type);
      res.setHeader('Content-Disposition', contentDisposition(file.originalName, kind && PREVIEW_FILE_KINDS.includes(kind) ? 'inline' : 'attachment'));
      const ranges = files.storage.readsRanges ? req.range(file.size) : undefined;
      if (ranges !== undefined) res.setHeader('Accept-Ranges', 'bytes');
      if (ranges === -1) {
        res.status(416).setHeader('Content-Range', `bytes */${file.size}`);
        res.end();
        return;
      }
      const range = Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0] : undefined;
      if (range) {
        res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
        res.setHeader('Content-Length', String(range.end - range.start + 1));
      } else {
        res.setHeader('Content-Length', String(file.size));
      }
      await pipeline(await files.storage.read(file.storageKey, range), res);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendError(error, res, next);
    }
  };
}
