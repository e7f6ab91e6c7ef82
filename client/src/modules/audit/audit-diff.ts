/** One field of an audit entry, before and after the change. */
export interface AuditDiffRow {
  key: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

/** A `before`/`after` JSON object text as an object (anything else — null, a list, a scalar — shows under one "" key). */
function parse(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { '': value };
  } catch {
    return { '': text };
  }
}

const pretty = (value: unknown) => (value === undefined ? null : JSON.stringify(value, null, 2));

/** The union of the fields before and after, in first-seen order; a field is changed when its pretty JSON differs. */
export function auditDiff(before: string | null, after: string | null): AuditDiffRow[] {
  const old = parse(before) ?? {};
  const now = parse(after) ?? {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return keys.map((key) => {
    const was = pretty(old[key]);
    const is = pretty(now[key]);
    return { key, before: was, after: is, changed: was !== is };
  });
}
