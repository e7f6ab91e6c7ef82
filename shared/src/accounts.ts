import type { MemberStatus } from './members';

/**
 * One-time password reset links. The chief editor of a member (for their own member's accounts) or the secretariat
 * (for any account) issues one; it is shown once to the issuer, kept only as a hash, used once, and expires.
 */
export const PASSWORD_RESET = {
  /** How long an issued link works. */
  ttlHours: 24,
  /** Random bytes in the link's secret (base64url: 43 characters). */
  tokenBytes: 32,
  /** The secret's length in the link, as written (base64url of tokenBytes). */
  tokenLength: 43,
  /** The public page that takes the link: `/reset-password/<token>`. */
  path: '/reset-password/',
} as const;

/** base64url of PASSWORD_RESET.tokenBytes random bytes: anything else is never a link we issued. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const isResetToken = (value: string) => RESET_TOKEN_PATTERN.test(value);

/** Where a reset link stands, as the public page asks before the new password is typed. */
export const RESET_LINK_STATES = ['VALID', 'EXPIRED', 'USED', 'INVALID'] as const;
export type ResetLinkState = (typeof RESET_LINK_STATES)[number];

/** Suspending and reactivating a member: the secretariat gives a reason either way. */
export const MEMBER_STATUS_LIMITS = {
  reason: { min: 2, max: 300 },
} as const;

/** Which status each move leads to, and from where. */
export const MEMBER_STATUS_MOVES = {
  suspend: { from: 'ACTIVE', to: 'SUSPENDED' },
  reactivate: { from: 'SUSPENDED', to: 'ACTIVE' },
} as const satisfies Record<string, { from: MemberStatus; to: MemberStatus }>;
export type MemberStatusMove = keyof typeof MEMBER_STATUS_MOVES;

/** A member whose accounts may sign in and who may be picked for new invitations, registrations and offers. */
export const isActiveMember = (member: { status: MemberStatus }) => member.status === 'ACTIVE';
