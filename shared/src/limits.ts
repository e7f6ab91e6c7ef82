/** Validation limits shared by the server (enforces) and the client (guides). */
export const LIMITS = {
  password: { min: 12, max: 128 },
  email: { max: 254 },
  displayName: { min: 1, max: 60 },
  memberName: { min: 2, max: 80 },
  cityName: { min: 1, max: 40 },
  slug: { min: 2, max: 40, pattern: /^[a-z][a-z0-9-]*$/ },
  search: { max: 60 },
  channelName: { min: 1, max: 60 },
  channelsPerMember: { max: 12 },
  url: { max: 500 },
  provinceCode: { pattern: /^\d{6}$/ },
  /** Calendar dates and instants must fall within these years (PostgreSQL would take far more; no plan does). */
  years: { min: 2000, max: 2100 },
  /** Ids named in one request, e.g. notifications to mark read. */
  idsPerRequest: { max: 100 },
  /**
   * `countCap`: the long lists (topic board, open assignments, the library) count their rows only this far; past it
   * the total is "1,000+" (an exact count over a national alliance's hundreds of thousands of rows costs more than the page).
   */
  page: { defaultSize: 20, maxSize: 100, countCap: 1000 },
  /** Coordinates of a member city must lie within the Yangtze River Economic Belt. */
  beltBounds: { latitude: { min: 20, max: 35 }, longitude: { min: 97, max: 123 } },
} as const;

/** A deliberately plain check: the server's class-validator does the authoritative one. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Length as PostgreSQL counts it: in code points, not UTF-16 units ("😀".length is 2, textLength("😀") is 1;
 * "a\uFE0F" is 2 either way). Every limit above is in these units, on the client and the server alike.
 */
export function textLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (no 2026-02-30, no 2026-13-01) within LIMITS.years. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < LIMITS.years.min || year > LIMITS.years.max) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function passwordProblem(password: string): 'TOO_SHORT' | 'TOO_LONG' | null {
  // Count code points, not UTF-16 units, so a Chinese passphrase is measured as a person sees it.
  const length = [...password].length;
  if (length < LIMITS.password.min) return 'TOO_SHORT';
  if (length > LIMITS.password.max) return 'TOO_LONG';
  return null;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a record. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * One publication's reach as an editor records it by hand: realistic bounds for one piece at one outlet
 * (the most-read pieces of a city Party media reach tens of millions). Topic totals are sums of these.
 */
export const PUBLICATION_LIMITS = {
  views: { min: 0, max: 100_000_000 },
  shares: { min: 0, max: 10_000_000 },
  likes: { min: 0, max: 10_000_000 },
  /** Outlets one accepted piece can be recorded at. */
  perClaim: { max: 20 },
} as const;
