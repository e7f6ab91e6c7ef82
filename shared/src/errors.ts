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
  // Accounts: reset links and member suspension
  'MEMBER_SUSPENDED',
  'RESET_LINK_EXPIRED',
  'RESET_LINK_USED',
  'RESET_LINK_INVALID',
  'ACCOUNT_INACTIVE',
  'MEMBER_STATUS_UNCHANGED',
  'CANNOT_SUSPEND_SECRETARIAT',
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
  // Offers of a slot to a named reporter
  'REPORTER_HOLDS_SLOT',
  'NOT_A_REPORTER',
  // Content library
  'ALREADY_OFFERED',
  'REGION_EXCLUDED',
  'REPUBLICATION_LIMIT',
  'ALREADY_RECORDED',
  // Shared resources: requests, follows, feeds
  'CAPACITY_FULL',
  'ALREADY_REQUESTED',
  'OWNER_SUSPENDED',
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
  // Announcements and notification preferences
  'DELIVERY_NOT_ALLOWED',
  // Charter and commitments
  'PERIOD_EXISTS',
  'METRIC_TAKEN',
  'TOO_MANY_COMMITMENTS',
  'CHARTER_UNCHANGED',
  // Attachments
  'FILE_NOT_ATTACHABLE',
  'TOO_MANY_UPLOADS',
  // Assignment places
  'PLACE_TOO_FAR',
  // Claim attachments
  'STORAGE_QUOTA',
  'TOO_MANY_FILES',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
