/**
 * Announcements (公告): the secretariat posts notices to every member or to the members of chosen provinces. A member
 * has read an announcement once any of its staff opened it; the secretariat sees who read it, when, and who has not.
 */

export const ANNOUNCEMENT_AUDIENCES = ['ALL', 'PROVINCES'] as const;
export type AnnouncementAudience = (typeof ANNOUNCEMENT_AUDIENCES)[number];

export const ANNOUNCEMENT_STATES = ['PUBLISHED', 'WITHDRAWN'] as const;
export type AnnouncementState = (typeof ANNOUNCEMENT_STATES)[number];

/** Which side of the read receipts a list shows. */
export const RECEIPT_FILTERS = ['READ', 'UNREAD'] as const;
export type ReceiptFilter = (typeof RECEIPT_FILTERS)[number];

export const ANNOUNCEMENT_LIMITS = {
  title: 120,
  body: 10_000,
  /** Provinces an announcement may name (the belt has 11). */
  provinces: 11,
  /** How many readers a member's receipt names (the count is always whole). */
  readersPerReceipt: 10,
} as const;

/** What the secretariat may change of a posted announcement: a withdrawn one stays as it was. */
export function announcementEditable(state: AnnouncementState): boolean {
  return state === 'PUBLISHED';
}

/**
 * The audience's provinces as stored: `ALL` names none; `PROVINCES` names 1–11 distinct codes (the caller checks they
 * exist). Returns the problem, or null when the audience is well formed.
 */
export function audienceProblem(audience: AnnouncementAudience, provinceCodes: readonly string[]): 'PROVINCES_REQUIRED' | 'PROVINCES_NOT_ALLOWED' | 'TOO_MANY_PROVINCES' | null {
  const distinct = new Set(provinceCodes);
  if (audience === 'ALL') return distinct.size ? 'PROVINCES_NOT_ALLOWED' : null;
  if (!distinct.size) return 'PROVINCES_REQUIRED';
  return distinct.size > ANNOUNCEMENT_LIMITS.provinces ? 'TOO_MANY_PROVINCES' : null;
}
