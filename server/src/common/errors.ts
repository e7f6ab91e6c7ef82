import type { ErrorCode, ErrorReason } from '@yah/shared';

interface AppErrorOptions {
  reason?: ErrorReason;
  extensions?: Record<string, unknown>;
}

/**
 * A domain error a user can act on. Services throw it without knowing about GraphQL; the one mapper in
 * `graphql/format-error.ts` turns it into `extensions.code` and `extensions.reason`.
 */
export class AppError extends Error {
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.extensions = { code, ...(options.reason ? { reason: options.reason } : {}), ...options.extensions };
  }
}

export const unauthenticated = (message = 'Please sign in.', reason?: ErrorReason) =>
  new AppError('UNAUTHENTICATED', message, { reason });
export const forbidden = (message = 'You are not allowed to do this.', reason?: ErrorReason) =>
  new AppError('FORBIDDEN', message, { reason });
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, reason?: ErrorReason) => new AppError('CONFLICT', message, { reason });
export const badInput = (message: string, reason?: ErrorReason, fields?: Record<string, string>) =>
  new AppError('BAD_USER_INPUT', message, { reason, extensions: fields ? { fields } : {} });

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };

/** The HTTP status a plain HTTP route (downloads, uploads) answers a domain error with; null for any other error. */
export const httpStatusOf = (error: unknown): number | null => (error instanceof AppError ? (HTTP_STATUS[error.code] ?? null) : null);
