/** Kinds of in-app notification: the server writes them, the client words them. */
export const NOTIFICATION_KINDS = [
  'COSPONSOR_INVITED',
  'TOPIC_APPROVED',
  'TOPIC_REJECTED',
  'ASSIGNMENT_CLAIMED',
  'SUBMISSION_RECEIVED',
  'SUBMISSION_ACCEPTED',
  'CHANGES_REQUESTED',
  'CLAIM_CANCELLED',
  'DUE_SOON',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
