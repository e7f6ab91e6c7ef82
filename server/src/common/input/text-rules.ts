import { isEmail, isURL } from 'class-validator';
import { isCalendarDate, isUuid, LIMITS, textLength } from '@yah/shared';

/**
 * The one set of rules every text, id and date the API takes goes through (see `decorators.ts` for input
 * classes and `args.ts` for plain arguments). Pure functions: a value in, a clean value or a problem out.
 */
export interface TextRules {
  /** Fewest characters after trimming; 1 or more refuses a blank value. */
  min?: number;
  /** Most characters after trimming, counted as PostgreSQL counts them (code points). */
  max: number;
  /** Multi-line text keeps line breaks and tabs (CR LF and CR become LF); other control characters are refused. */
  multiline?: boolean;
  /** Secrets are taken exactly as typed: not trimmed (they are hashed, never stored as text). */
  verbatim?: boolean;
  /** An optional value left blank becomes null instead of "". */
  blankAsNull?: boolean;
  format?: 'email' | 'url' | { pattern: RegExp; message: string };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

// C0 and C1 control characters and DEL (and, in one line, the Unicode line and paragraph separators); multi-line text
// may keep \t and \n. Matching them is the point:
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */
// Bidirectional embeddings, overrides and isolates ("Trojan Source" spoofing); ordinary RTL letters are fine.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: not text in PostgreSQL.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text from elsewhere (a member's RSS feed) that no one typed and no one can correct: what `checkText` refuses is
 * removed instead — control characters (but line breaks and tabs in multi-line text), bidirectional overrides and
 * isolates, lone surrogates — then it is trimmed and cut to `max` code points.
 */
export function cleanText(value: string, rules: Pick<TextRules, 'max' | 'multiline'>): string {
  const control = new RegExp((rules.multiline ? CONTROL_MULTILINE : CONTROL).source, 'g');
  const clean = value
    .replace(/\r\n?/g, rules.multiline ? '\n' : ' ')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '')
    .replace(new RegExp(BIDI_CONTROL.source, 'g'), '')
    .replace(control, '')
    .trim();
  return textLength(clean) <= rules.max ? clean : [...clean].slice(0, rules.max).join('').trim();
}

// Text that shows nothing: spaces of every kind, format and default-ignorable characters (zero-width space and joiners,
// BOM, variation selectors, Hangul fillers, the combining grapheme joiner) and the blank Braille pattern.
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

// No user:password@ in a link: it would put credentials in front of every reader.
const URL_OPTIONS: Parameters<typeof isURL>[1] = { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true, allow_underscores: true, disallow_auth: true };

export function checkText(value: unknown, rules: TextRules): Checked<string | null> {
  if (typeof value !== 'string') return { ok: false, problem: 'must be text' };
  if (LONE_SURROGATE.test(value)) return { ok: false, problem: 'contains a broken character (a lone UTF-16 surrogate)' };
  const text = rules.multiline ? value.replace(/\r\n?/g, '\n') : value;
  // Trimmed first: a title pasted with a trailing line break is fine, one with a break inside is not.
  const trimmed = rules.verbatim ? text : text.trim();
  // Refused before blanking: a lone "\u202e" is invisible, but it is a spoofing character, not a blank value.
  if ((rules.multiline ? CONTROL_MULTILINE : CONTROL).test(trimmed)) {
    return { ok: false, problem: rules.multiline ? 'must not contain control characters' : 'must be a single line without control characters' };
  }
  if (BIDI_CONTROL.test(trimmed)) return { ok: false, problem: 'must not contain bidirectional override characters' };
  // Nothing visible counts as blank: "\u200b" is not a title.
  const clean = !rules.verbatim && trimmed.replace(INVISIBLE, '') === '' ? '' : trimmed;
  if (clean === '' && rules.blankAsNull) return { ok: true, value: null };
  const length = textLength(clean);
  const min = rules.min ?? 0;
  if (min > 0 && clean.replace(INVISIBLE, '') === '') return { ok: false, problem: 'must not be blank' };
  if (length < min) return { ok: false, problem: `must be at least ${min} characters` };
  if (length > rules.max) return { ok: false, problem: `must be at most ${rules.max} characters` };
  if (clean !== '' || min > 0) {
    const formatProblem = checkFormat(clean, rules.format);
    if (formatProblem) return { ok: false, problem: formatProblem };
  }
  return { ok: true, value: clean };
}

function checkFormat(text: string, format: TextRules['format']): string | null {
  if (!format) return null;
  if (format === 'email') return isEmail(text) ? null : 'must be an email address';
  if (format === 'url') return isURL(text, URL_OPTIONS) ? null : 'must be an http(s) address';
  return format.pattern.test(text) ? null : format.message;
}

export interface ListRules {
  min?: number;
  max: number;
}

/** Each item checked as text; the list's size within bounds. */
export function checkTextList(value: unknown, itemRules: TextRules, listRules: ListRules): Checked<string[]> {
  if (!Array.isArray(value)) return { ok: false, problem: 'must be a list' };
  if (value.length < (listRules.min ?? 0)) return { ok: false, problem: `must name at least ${listRules.min ?? 0}` };
  if (value.length > listRules.max) return { ok: false, problem: `must name at most ${listRules.max}` };
  const items: string[] = [];
  for (const [index, item] of value.entries()) {
    const checked = checkText(item, { ...itemRules, blankAsNull: false, min: Math.max(1, itemRules.min ?? 1) });
    if (!checked.ok) return { ok: false, problem: `item ${index + 1} ${checked.problem}` };
    if (checked.value !== null) items.push(checked.value);
  }
  return { ok: true, value: items };
}

/** A UUID, in lower case as the database writes them (an id is compared as text: with the viewer's own member, say). */
export function checkId(value: unknown): Checked<string> {
  return typeof value === 'string' && isUuid(value) ? { ok: true, value: value.toLowerCase() } : { ok: false, problem: 'must be an id (a UUID)' };
}

export function checkIdList(value: unknown, max: number = LIMITS.idsPerRequest.max): Checked<string[]> {
  if (!Array.isArray(value)) return { ok: false, problem: 'must be a list of ids' };
  if (value.length > max) return { ok: false, problem: `must name at most ${max} ids` };
  const ids: string[] = [];
  for (const item of value) {
    const checked = checkId(item);
    if (!checked.ok) return checked;
    ids.push(checked.value);
  }
  return { ok: true, value: ids };
}

/** A calendar date YYYY-MM-DD: a real day within LIMITS.years. */
export function checkCalendarDate(value: unknown): Checked<string> {
  if (typeof value !== 'string') return { ok: false, problem: 'must be a date (YYYY-MM-DD)' };
  const text = value.trim();
  return isCalendarDate(text) ? { ok: true, value: text } : { ok: false, problem: `must be a real day written YYYY-MM-DD, in the years ${LIMITS.years.min}–${LIMITS.years.max}` };
}

/** A point in time within LIMITS.years (the DateTimeISO scalar already refused impossible days). */
export function checkInstant(value: unknown): Checked<Date> {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return { ok: false, problem: 'must be a date and time' };
  const year = value.getUTCFullYear();
  if (year < LIMITS.years.min || year > LIMITS.years.max) return { ok: false, problem: `must fall between the years ${LIMITS.years.min} and ${LIMITS.years.max}` };
  return { ok: true, value };
}

/** A GB/T 2260 province code, e.g. "420000". */
export const PROVINCE_CODE: TextRules = { min: 6, max: 6, format: { pattern: LIMITS.provinceCode.pattern, message: 'must be a 6-digit GB/T 2260 code' } };
/** An optional filter: blank means no filter. */
export const OPTIONAL_PROVINCE_CODE: TextRules = { ...PROVINCE_CODE, min: 0, blankAsNull: true };
