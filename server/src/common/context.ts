import type { Request, Response } from 'express';
import type { Services } from '../services';
import type { Loaders } from './loaders';
import type { Logger } from './logger';
import { unauthenticated } from './errors';
import type { Viewer } from './viewer';

export interface RequestContext {
  req: Request;
  res: Response;
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
