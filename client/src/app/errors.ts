import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ERROR_CODES, ERROR_REASONS, type ErrorCode, type ErrorReason } from '@yah/shared';

/** One field the server rejected, as a path usable by antd Form (`['channels', 0, 'name']`). */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Everything the client needs to know about a failed operation, whatever its origin. */
export interface Problem {
  kind: 'graphql' | 'network' | 'unknown';
  code: ErrorCode | null;
  reason: ErrorReason | null;
  retryAfterSeconds: number | null;
  fields: FieldProblem[];
  /** The server's own (English) message: a fallback, never shown when we have a translation. */
  message: string;
}

interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asCode(value: unknown): ErrorCode | null {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value) ? (value as ErrorCode) : null;
}

function asReason(value: unknown): ErrorReason | null {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value)
    ? (value as ErrorReason)
    : null;
}

/** `input.channels[0].name`, `channels.0.name` → `['channels', 0, 'name']`. */
export function toFieldPath(field: string): (string | number)[] {
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (parts[0] === 'input' && parts.length > 1) parts.shift();
  return parts;
}

/**
 * `extensions.fields` is documented as `{ field: message }[]`. Accept both readings of that:
 * `[{ field: 'email', message: '…' }]` and `[{ email: '…' }]`, and a plain `{ email: '…' }` map.
 */
function readFields(value: unknown): FieldProblem[] {
  const entries: unknown[] = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
  const problems: FieldProblem[] = [];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    if (typeof entry.field === 'string') {
      const message = typeof entry.message === 'string' ? entry.message : '';
      problems.push({ path: toFieldPath(entry.field), message });
      continue;
    }
    for (const [field, message] of Object.entries(entry)) {
      const text = typeof message === 'string' ? message : Array.isArray(message) ? message.join(', ') : '';
      problems.push({ path: toFieldPath(field), message: text });
    }
  }
  return problems;
}

function fromGraphQLErrors(errors: readonly GraphQLErrorShape[]): Problem {
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  const retry = extensions.retryAfterSeconds;
  return {
    kind: 'graphql',
    code: asCode(extensions.code),
    reason: asReason(extensions.reason),
    retryAfterSeconds: typeof retry === 'number' && Number.isFinite(retry) ? retry : null,
    fields: errors.flatMap((error) => readFields(error.extensions?.fields)),
    message: first?.message ?? '',
  };
}

function graphQLErrorsInBody(bodyText: string): GraphQLErrorShape[] | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (!isRecord(body) || !Array.isArray(body.errors)) return null;
    return body.errors.filter(
      (error): error is GraphQLErrorShape => isRecord(error) && typeof error.message === 'string',
    );
  } catch {
    return null;
  }
}

/** Reads any error thrown by Apollo Client (or anything else) into a `Problem`. */
export function readProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry GraphQL errors (e.g. a 401 with UNAUTHENTICATED).
    const errors = graphQLErrorsInBody(error.bodyText);
    if (errors && errors.length > 0) return fromGraphQLErrors(errors);
    return { kind: 'network', code: null, reason: null, retryAfterSeconds: null, fields: [], message: error.message };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { kind: 'network', code: null, reason: null, retryAfterSeconds: null, fields: [], message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', code: null, reason: null, retryAfterSeconds: null, fields: [], message };
}

/** The translated sentence for a problem: reason first, then code, then the kind of failure. */
export function describeProblem(problem: Problem, t: TFunction): string {
  if (problem.reason === 'TOO_MANY_ATTEMPTS') {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
    return t('errors.reason.TOO_MANY_ATTEMPTS', { minutes });
  }
  if (problem.reason) return t(`errors.reason.${problem.reason}`);
  if (problem.code) return t(`errors.code.${problem.code}`);
  if (problem.kind === 'network') return t('errors.network');
  return t('errors.unknown');
}

/** Shortcut for `describeProblem(readProblem(error), t)`. */
export function errorMessage(error: unknown, t: TFunction): string {
  return describeProblem(readProblem(error), t);
}

/** Which form field a reason belongs to, when the form has that field. */
const REASON_FIELDS: Partial<Record<ErrorReason, string>> = {
  WRONG_CURRENT_PASSWORD: 'currentPassword',
  EMAIL_TAKEN: 'email',
  SLUG_TAKEN: 'slug',
  ROLE_NOT_ALLOWED: 'role',
  NEEDED_ON_PAST: 'neededOn',
  FEED_ADDRESS_REFUSED: 'url',
  TOO_MANY_FOLLOWS: 'keyword',
};

/**
 * Puts the server's verdict onto the form's fields: the reason's own field and every VALIDATION field the
 * form knows. Returns true when at least one field now shows an error (the caller then needs no banner).
 */
export function applyProblemToForm(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  problem: Problem,
  t: TFunction,
  formFields: readonly string[],
): boolean {
  const known = new Set(formFields);
  const updates: { name: (string | number)[]; errors: string[] }[] = [];

  const reasonField = problem.reason ? REASON_FIELDS[problem.reason] : undefined;
  if (reasonField && known.has(reasonField)) {
    updates.push({ name: [reasonField], errors: [describeProblem(problem, t)] });
  }
  for (const field of problem.fields) {
    const head = field.path[0];
    if (typeof head !== 'string' || !known.has(head)) continue;
    // The reason's own sentence beats the server's terse per-field note.
    if (field.path.length === 1 && head === reasonField) continue;
    const detail = field.message || t('form.required');
    updates.push({ name: field.path, errors: [t('errors.fieldInvalid', { detail })] });
  }
  if (updates.length > 0) form.setFields(updates);
  return updates.length > 0;
}
