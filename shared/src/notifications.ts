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
  // Offers of a slot to a named reporter
  'ASSIGNMENT_OFFERED',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OFFER_WITHDRAWN',
  'RESOURCE_REQUESTED',
  'REQUEST_APPROVED',
  'REQUEST_DECLINED',
  'REQUEST_FULFILLED',
  'REQUEST_CANCELLED',
  'PIECE_REPUBLISHED',
  'FOLLOWED_PIECE',
  'FOLLOW_DIGEST',
  // Events
  'EVENT_INVITED',
  'EVENT_REGISTRATION_CHANGED',
  'EVENT_REGISTRATION_CONFIRMED',
  'EVENT_WAITLIST_PROMOTED',
  'EVENT_SCHEDULE_CHANGED',
  'EVENT_CANCELLED',
  // Innovation projects
  'INNOVATION_PANEL_NAMED',
  'INNOVATION_LIST_PUBLISHED',
  // Charter and commitments
  'CHARTER_UPDATED',
  'EVIDENCE_VERIFIED',
  'EVIDENCE_REJECTED',
  // Announcements
  'ANNOUNCEMENT_POSTED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How a kind reaches a person: live (in the inbox and as a pop-up at once), only in the daily digest (08:00 alliance
 * time, summing the day before), or not at all. No preference stored means LIVE: today's behaviour.
 */
export const NOTIFICATION_DELIVERIES = ['LIVE', 'DIGEST', 'OFF'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'LIVE';

/** The digest itself: written by the daily job, never held back or switched off. */
export const DIGEST_KIND: NotificationKind = 'FOLLOW_DIGEST';

/** The kinds a person chooses a delivery for, grouped as the settings page shows them. */
export const NOTIFICATION_GROUPS = [
  { group: 'COVERAGE', kinds: ['COSPONSOR_INVITED', 'TOPIC_APPROVED', 'TOPIC_REJECTED'] },
  { group: 'WORK', kinds: ['ASSIGNMENT_CLAIMED', 'ASSIGNMENT_OFFERED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_WITHDRAWN', 'SUBMISSION_RECEIVED', 'SUBMISSION_ACCEPTED', 'CHANGES_REQUESTED', 'CLAIM_CANCELLED', 'DUE_SOON'] },
  { group: 'EXCHANGE', kinds: ['RESOURCE_REQUESTED', 'REQUEST_APPROVED', 'REQUEST_DECLINED', 'REQUEST_FULFILLED', 'REQUEST_CANCELLED'] },
  { group: 'LIBRARY', kinds: ['PIECE_REPUBLISHED', 'FOLLOWED_PIECE'] },
  {
    group: 'EVENTS',
    kinds: ['EVENT_INVITED', 'EVENT_REGISTRATION_CHANGED', 'EVENT_REGISTRATION_CONFIRMED', 'EVENT_WAITLIST_PROMOTED', 'EVENT_SCHEDULE_CHANGED', 'EVENT_CANCELLED'],
  },
  { group: 'ALLIANCE', kinds: ['ANNOUNCEMENT_POSTED', 'CHARTER_UPDATED', 'EVIDENCE_VERIFIED', 'EVIDENCE_REJECTED', 'INNOVATION_PANEL_NAMED', 'INNOVATION_LIST_PUBLISHED'] },
] as const satisfies readonly { group: string; kinds: readonly NotificationKind[] }[];
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number]['group'];

export const CONFIGURABLE_NOTIFICATION_KINDS: readonly NotificationKind[] = NOTIFICATION_GROUPS.flatMap((entry) => entry.kinds);

/**
 * Kinds a person may switch off altogether: news they can find elsewhere in the app. Kinds that ask the person to act
 * (an invitation, work to review, a request, a deadline, an announcement) may be delayed to the digest, never lost.
 */
export const SILENCEABLE_NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'TOPIC_APPROVED',
  'SUBMISSION_ACCEPTED',
  'REQUEST_FULFILLED',
  'PIECE_REPUBLISHED',
  'FOLLOWED_PIECE',
  'EVENT_REGISTRATION_CONFIRMED',
  'CHARTER_UPDATED',
  'INNOVATION_LIST_PUBLISHED',
];

/** The deliveries a person may choose for a kind; [] for a kind that is not theirs to choose (the digest). */
export function deliveriesFor(kind: NotificationKind): readonly NotificationDelivery[] {
  if (!CONFIGURABLE_NOTIFICATION_KINDS.includes(kind)) return [];
  return SILENCEABLE_NOTIFICATION_KINDS.includes(kind) ? NOTIFICATION_DELIVERIES : ['LIVE', 'DIGEST'];
}

/** What the daily digest's `detail` holds, as JSON: the followed pieces of the day before and the kinds held for it. */
export interface DigestDetail {
  /** Followed pieces that arrived (live or held). */
  count: number;
  /** The first of their titles. */
  titles: string[];
  /** Notifications held for the digest, per kind (followed pieces are counted above). */
  held?: { kind: NotificationKind; count: number }[];
}
