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
  page: { defaultSize: 20, maxSize: 100 },
  /** Coordinates of a member city must lie within the Yangtze River Economic Belt. */
  beltBounds: { latitude: { min: 20, max: 35 }, longitude: { min: 97, max: 123 } },
} as const;

/** A deliberately plain check: the server's class-validator does the authoritative one. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
