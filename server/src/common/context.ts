import type { Request, Response } from 'express';
import type { Services } from '../services';
import type { Loaders } from './loaders';
import type { Logger } from './logger';
import { badInput, unauthenticated } from './errors';
import type { Viewer } from './viewer';

export interface RequestContext {
  /** The HTTP exchange; null for operations over the WebSocket. */
  http: { req: Request; res: Response } | null;
  viewer: Viewer | null;
  requestId: string;
  log: Logger;
  loaders: Loaders;
  services: Services;
}

/** Every operation but signing in needs a signed-in account. */
export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Signing in and out set cookies: they need an HTTP response. */
export function requireHttp(ctx: RequestContext): { req: Request; res: Response } {
  if (!ctx.http) throw badInput('This operation works over HTTP only.');
  return ctx.http;
}
