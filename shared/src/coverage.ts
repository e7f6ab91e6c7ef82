/** Joint coverage: the states of topics and claims, and the only moves between them. */

export const TOPIC_STATES = ['DRAFT', 'PROPOSED', 'APPROVED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type TopicState = (typeof TOPIC_STATES)[number];

/** DRAFT → PROPOSED → APPROVED | REJECTED; APPROVED → IN_PROGRESS → COMPLETED; CANCELLED from any open state. */
export const TOPIC_TRANSITIONS: Readonly<Record<TopicState, readonly TopicState[]>> = {
  DRAFT: ['PROPOSED', 'CANCELLED'],
  PROPOSED: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  REJECTED: [],
  COMPLETED: [],
  CANCELLED: [],
};

export function canMoveTopic(from: TopicState, to: TopicState): boolean {
  return TOPIC_TRANSITIONS[from].includes(to);
}

/** Topics whose assignments reporters may claim. */
export const CLAIMABLE_TOPIC_STATES: readonly TopicState[] = ['APPROVED', 'IN_PROGRESS'];

export const ASSIGNMENT_FORMATS = ['TEXT', 'PHOTO', 'VIDEO', 'LIVE', 'GRAPHIC', 'AUDIO'] as const;
export type AssignmentFormat = (typeof ASSIGNMENT_FORMATS)[number];

export const ASSIGNMENT_STATUSES = ['OPEN', 'CANCELLED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const CLAIM_STATES = ['CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'RELEASED', 'CANCELLED'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** CLAIMED → SUBMITTED → ACCEPTED | CHANGES_REQUESTED (→ SUBMITTED …); RELEASED by the reporter; CANCELLED by the topic's editors. */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimState, readonly ClaimState[]>> = {
  CLAIMED: ['SUBMITTED', 'RELEASED', 'CANCELLED'],
  SUBMITTED: ['ACCEPTED', 'CHANGES_REQUESTED', 'CANCELLED'],
  CHANGES_REQUESTED: ['SUBMITTED', 'RELEASED', 'CANCELLED'],
  ACCEPTED: [],
  RELEASED: [],
  CANCELLED: [],
};

export function canMoveClaim(from: ClaimState, to: ClaimState): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** Claims that hold a slot. */
export const SLOT_HOLDING_CLAIM_STATES: readonly ClaimState[] = ['CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED'];

export const COVERAGE_LIMITS = {
  topicTitle: { min: 4, max: 80 },
  topicBrief: { min: 10, max: 4000 },
  themes: { max: 8, each: 20 },
  cities: { max: 20 },
  assignmentTitle: { min: 4, max: 80 },
  assignmentBrief: { max: 2000 },
  slots: { min: 1, max: 50 },
  comment: { min: 1, max: 2000 },
  reason: { min: 4, max: 500 },
  submissionText: { min: 1, max: 20000 },
  submissionLinks: { max: 10 },
  reach: { max: 1_000_000_000 },
} as const;

/** Great-circle distance in km (the server orders open assignments by the same formula in SQL). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const cosine =
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.cos((b.longitude - a.longitude) * rad) + Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad);
  return 6371 * Math.acos(Math.min(1, cosine));
}
