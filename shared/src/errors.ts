/** The stable error codes carried in GraphQL `extensions.code`. */
export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Finer reasons the client turns into translated messages (`extensions.reason`).
 * The server's English message is the fallback.
 */
export const ERROR_REASONS = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'SESSION_EXPIRED',
  'WRONG_CURRENT_PASSWORD',
  'EMAIL_TAKEN',
  'SLUG_TAKEN',
  'ROLE_NOT_ALLOWED',
  'CANNOT_DEACTIVATE_SELF',
  'VALIDATION',
  // Joint coverage
  'SLOT_TAKEN',
  'ALREADY_HOLDING',
  'STALE_VERSION',
  'NOT_ALLOWED_IN_STATE',
  'NOT_INVITED',
  'ALREADY_JOINED',
  'NOT_REVIEWER',
  'SLOTS_BELOW_CLAIMED',
  // Content library
  'ALREADY_OFFERED',
  'REGION_EXCLUDED',
  'REPUBLICATION_LIMIT',
  'ALREADY_RECORDED',
  // Shared resources: requests, follows, feeds
  'CAPACITY_FULL',
  'ALREADY_REQUESTED',
  'NEEDED_ON_PAST',
  'TOO_MANY_FOLLOWS',
  'TOO_MANY_FEEDS',
  'FEED_ADDRESS_REFUSED',
  'CAPACITY_IN_USE',
  // Events
  'EVENT_FULL',
  'MEMBER_PLACES_FULL',
  'REGISTRATION_CLOSED',
  'ALREADY_REGISTERED',
  'NOT_INVITED_TO_EVENT',
  'PLACES_IN_USE',
  'INVALID_PASS',
  'ALREADY_CHECKED_IN',
  'CHECK_IN_NOT_OPEN',
  'STOP_HAS_CHECK_INS',
  // Innovation projects
  'ROUND_NOT_OPEN',
  'TOO_MANY_PROJECTS',
  'NOT_ON_PANEL',
  'SCORE_OUT_OF_RANGE',
  // Charter and commitments
  'PERIOD_EXISTS',
  'METRIC_TAKEN',
  'TOO_MANY_COMMITMENTS',
  'CHARTER_UNCHANGED',
  // Attachments
  'FILE_NOT_ATTACHABLE',
  'TOO_MANY_UPLOADS',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
