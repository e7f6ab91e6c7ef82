/** Joint coverage: the states of topics and claims, the only moves between them, and who may make them. */
import type { ChannelKind } from './members';
import type { Role } from './roles';

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

/** States in which the proposer may still change the topic's text. */
export const EDITABLE_TOPIC_STATES: readonly TopicState[] = ['DRAFT', 'PROPOSED'];

/** States with no way out. */
export const TERMINAL_TOPIC_STATES: readonly TopicState[] = TOPIC_STATES.filter((state) => TOPIC_TRANSITIONS[state].length === 0);

/** Everything a viewer may be offered on a topic (`Topic.viewerActions`). */
export const TOPIC_ACTIONS = ['EDIT', 'PROPOSE', 'APPROVE', 'REJECT', 'START', 'COMPLETE', 'CANCEL', 'JOIN', 'INVITE', 'ADD_ASSIGNMENT', 'COMMENT'] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];

/** The topic actions that move the topic, and the state each leads to. */
export const TOPIC_ACTION_TARGETS = {
  PROPOSE: 'PROPOSED',
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
  START: 'IN_PROGRESS',
  COMPLETE: 'COMPLETED',
  CANCEL: 'CANCELLED',
} as const satisfies Partial<Record<TopicAction, TopicState>>;
export type TopicMove = keyof typeof TOPIC_ACTION_TARGETS;

export function isTopicMove(action: TopicAction): action is TopicMove {
  return Object.prototype.hasOwnProperty.call(TOPIC_ACTION_TARGETS, action);
}

/** A member's place on another member's topic: invited by the proposer, then joined. */
export const COSPONSOR_STATUSES = ['INVITED', 'JOINED'] as const;
export type CoSponsorStatus = (typeof COSPONSOR_STATUSES)[number];

export const ASSIGNMENT_FORMATS = ['TEXT', 'PHOTO', 'VIDEO', 'LIVE', 'GRAPHIC', 'AUDIO'] as const;
export type AssignmentFormat = (typeof ASSIGNMENT_FORMATS)[number];

export const ASSIGNMENT_STATUSES = ['OPEN', 'CANCELLED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const CLAIM_STATES = ['OFFERED', 'CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'RELEASED', 'CANCELLED', 'DECLINED', 'WITHDRAWN'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/**
 * CLAIMED → SUBMITTED → ACCEPTED | CHANGES_REQUESTED (→ SUBMITTED …); RELEASED by the reporter; CANCELLED by the topic's editors.
 * An editor may also offer a slot to a named reporter: OFFERED (the slot is reserved like a claim's) → CLAIMED when the
 * reporter accepts, DECLINED when they decline, WITHDRAWN when the editors take the offer back (both give the slot back).
 */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimState, readonly ClaimState[]>> = {
  OFFERED: ['CLAIMED', 'DECLINED', 'WITHDRAWN'],
  CLAIMED: ['SUBMITTED', 'RELEASED', 'CANCELLED'],
  SUBMITTED: ['ACCEPTED', 'CHANGES_REQUESTED', 'CANCELLED'],
  CHANGES_REQUESTED: ['SUBMITTED', 'RELEASED', 'CANCELLED'],
  ACCEPTED: [],
  RELEASED: [],
  CANCELLED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export function canMoveClaim(from: ClaimState, to: ClaimState): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** Claims that hold a slot (an offer reserves its slot until it is answered or withdrawn). */
export const SLOT_HOLDING_CLAIM_STATES: readonly ClaimState[] = ['OFFERED', 'CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED'];

/**
 * Offers that never became a claim (open, declined or withdrawn): no participation metric counts them, neither as a
 * claim, nor for punctuality, nor as the reporter's activity.
 */
export const OFFER_ONLY_CLAIM_STATES: readonly ClaimState[] = ['OFFERED', 'DECLINED', 'WITHDRAWN'];

/** Claims still in play: the reporter works on them or an editor has to decide (an open offer waits for its reporter). */
export const LIVE_CLAIM_STATES: readonly ClaimState[] = CLAIM_STATES.filter((state) => CLAIM_TRANSITIONS[state].length > 0 && state !== 'OFFERED');

/** Claims whose reporter still has to hand in work (reminded before the due time). */
export const WORK_PENDING_CLAIM_STATES: readonly ClaimState[] = ['CLAIMED', 'CHANGES_REQUESTED'];

/** Claims whose attached files the reporter may still remove: everything before acceptance (attaching happens on submit). */
export const FILES_EDITABLE_CLAIM_STATES: readonly ClaimState[] = ['CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED'];

/** Everything a viewer may be offered on a claim (`Claim.viewerActions`), and the state each leads to. */
export const CLAIM_ACTION_TARGETS = {
  SUBMIT: 'SUBMITTED',
  RELEASE: 'RELEASED',
  ACCEPT: 'ACCEPTED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  CANCEL: 'CANCELLED',
  ACCEPT_OFFER: 'CLAIMED',
  DECLINE_OFFER: 'DECLINED',
  WITHDRAW_OFFER: 'WITHDRAWN',
} as const satisfies Record<string, ClaimState>;
export type ClaimAction = keyof typeof CLAIM_ACTION_TARGETS;
export const CLAIM_ACTIONS = Object.keys(CLAIM_ACTION_TARGETS) as ClaimAction[];

/** Everything a viewer may be offered on an assignment (`Assignment.viewerActions`). */
export const ASSIGNMENT_ACTIONS = ['CLAIM', 'EDIT', 'CANCEL', 'OFFER', 'SEE_CLAIMS', 'RECORD_PUBLICATION'] as const;
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number];

/** Where an assignment's work stands, and the column of the topic's board it sits in (`Assignment.stage`). */
export const ASSIGNMENT_STAGES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type AssignmentStage = (typeof ASSIGNMENT_STAGES)[number];

/** Claims that hold a slot not finished yet: offered and awaiting an answer, worked on by a reporter, or for an editor to decide. */
export const WORKING_CLAIM_STATES: readonly ClaimState[] = SLOT_HOLDING_CLAIM_STATES.filter((state) => state !== 'ACCEPTED');

/** What the stage is computed from: the assignment's own counters and how many of its slots hold accepted work. */
export interface AssignmentCounts {
  status: AssignmentStatus;
  slots: number;
  /** Slot-holding claims (claimed, submitted, changes requested, accepted). */
  claimedCount: number;
  /** Accepted claims (they keep their slot). */
  acceptedCount: number;
}

/** Each slot of an assignment counted once: accepted work, work under way, free. */
export interface AssignmentProgress {
  stage: AssignmentStage;
  accepted: number;
  working: number;
  open: number;
}

/**
 * The stage follows the work, slot by slot:
 * - CANCELLED: the assignment was cancelled (accepted work stays where it ran);
 * - DONE: every slot holds accepted work — nothing is left to claim, write or review;
 * - IN_PROGRESS: some slot is being worked on or waits for review (claimed, submitted, changes requested),
 *   whether or not other slots are still free or already accepted;
 * - OPEN: nobody is working on it now and a slot is still free (some may already hold accepted work).
 * A finished (DONE) or cancelled assignment is no longer edited or cancelled.
 */
export function assignmentProgress(counts: AssignmentCounts): AssignmentProgress {
  const accepted = Math.max(0, Math.min(counts.acceptedCount, counts.slots));
  const working = Math.max(0, counts.claimedCount - accepted);
  const open = counts.status === 'OPEN' ? Math.max(0, counts.slots - counts.claimedCount) : 0;
  let stage: AssignmentStage;
  if (counts.status === 'CANCELLED') stage = 'CANCELLED';
  else if (working > 0) stage = 'IN_PROGRESS';
  else if (accepted >= counts.slots) stage = 'DONE';
  else stage = 'OPEN';
  return { stage, accepted, working, open };
}

/** Where a piece of each format usually runs first, best first: the publication form's suggested channel. */
export const CHANNELS_FOR_FORMAT: Readonly<Record<AssignmentFormat, readonly ChannelKind[]>> = {
  TEXT: ['NEWSPAPER', 'APP', 'WECHAT', 'WEBSITE'],
  PHOTO: ['WECHAT', 'APP', 'NEWSPAPER', 'WEIBO'],
  VIDEO: ['VIDEO', 'DOUYIN', 'APP', 'WECHAT'],
  LIVE: ['VIDEO', 'DOUYIN', 'APP', 'WEIBO'],
  GRAPHIC: ['WECHAT', 'APP', 'WEIBO', 'WEBSITE'],
  AUDIO: ['APP', 'WECHAT', 'WEBSITE'],
};

/** The channel to suggest for a piece of this format at a member with these channels (null when it runs none). */
export function suggestedChannel(format: AssignmentFormat, memberChannels: readonly ChannelKind[]): ChannelKind | null {
  return CHANNELS_FOR_FORMAT[format].find((kind) => memberChannels.includes(kind)) ?? memberChannels[0] ?? null;
}

/** Stages in which the work's owners may still edit or cancel the assignment. */
export const MANAGEABLE_ASSIGNMENT_STAGES: readonly AssignmentStage[] = ['OPEN', 'IN_PROGRESS'];

// ---------------------------------------------------------------------------------------------------
// Who may: the alliance's rule for co-sponsoring and reviewing, used by the server's policies and by the
// client (which narrows the server's viewerActions to what the state allows now).
//
// - Co-sponsoring is by invitation only: the proposing member's editors invite other members; an editor of an
//   invited member accepts with joinTopic. Without an invitation joinTopic is FORBIDDEN (reason NOT_INVITED).
// - Assignments are created by editors of the proposing member or of a member that has joined.
// - An assignment and the work on it (accept, request changes, cancel a claim; edit or cancel the assignment)
//   belong to the editors of the member that created the assignment and of the proposing member. Nobody
//   else decides over a reporter's work: not other co-sponsors, and not the secretariat, which approves
//   topics into the plan but leaves editorial decisions to the newsrooms (it may still read every claim).
// ---------------------------------------------------------------------------------------------------

/** Roles that run a newsroom's coverage (propose, invite, join, create and review work). */
export const NEWSROOM_EDITOR_ROLES: readonly Role[] = ['EDITOR', 'CHIEF_EDITOR'];

export function isNewsroomEditor(role: Role): boolean {
  return NEWSROOM_EDITOR_ROLES.includes(role);
}

/** Who is asking: a role within a member. */
export interface CoveragePerson {
  role: Role;
  memberId: string;
}

/** Why an editor may not join a topic now, or null when they may. */
export function joinRefusal(
  person: CoveragePerson,
  topic: { state: TopicState; proposerMemberId: string; viewerMemberStatus: CoSponsorStatus | null },
): 'NOT_ALLOWED_IN_STATE' | 'NOT_INVITED' | 'ALREADY_JOINED' | 'NOT_AN_EDITOR' | null {
  if (!isNewsroomEditor(person.role) || person.memberId === topic.proposerMemberId) return 'NOT_AN_EDITOR';
  if (topic.viewerMemberStatus === 'JOINED') return 'ALREADY_JOINED';
  if (topic.viewerMemberStatus !== 'INVITED') return 'NOT_INVITED';
  if (topic.state === 'DRAFT' || TERMINAL_TOPIC_STATES.includes(topic.state)) return 'NOT_ALLOWED_IN_STATE';
  return null;
}

/** Editors of the proposing member and of joined co-sponsors add work to a topic. */
export function mayAddWork(person: CoveragePerson, topic: { proposerMemberId: string; viewerMemberStatus: CoSponsorStatus | null }): boolean {
  return isNewsroomEditor(person.role) && (person.memberId === topic.proposerMemberId || topic.viewerMemberStatus === 'JOINED');
}

/** The two members an assignment answers to. */
export interface WorkOwners {
  proposerMemberId: string;
  /** The member of the editor who created the assignment. */
  assignmentMemberId: string;
}

/** Review a claim's work, and edit or cancel the assignment: editors of the assignment's member and of the proposer. */
export function mayReviewWork(person: CoveragePerson, work: WorkOwners): boolean {
  return isNewsroomEditor(person.role) && (person.memberId === work.proposerMemberId || person.memberId === work.assignmentMemberId);
}

/** The claim actions that are the reporter's own (their work, and their answer to an offer); every other is the reviewers'. */
export const REPORTER_CLAIM_ACTIONS: readonly ClaimAction[] = ['SUBMIT', 'RELEASE', 'ACCEPT_OFFER', 'DECLINE_OFFER'];

/** Whose a claim action is, whatever the claim's state: the reporter's own work, or the work's reviewers. */
export function mayTakeClaimAction(person: CoveragePerson & { userId: string }, claim: { reporterId: string }, work: WorkOwners, action: ClaimAction): boolean {
  return REPORTER_CLAIM_ACTIONS.includes(action) ? person.userId === claim.reporterId : mayReviewWork(person, work);
}

/** The claim actions a person may take on a claim in its current state. */
export function claimActionsFor(person: CoveragePerson & { userId: string }, claim: { state: ClaimState; reporterId: string }, work: WorkOwners): ClaimAction[] {
  return CLAIM_ACTIONS.filter((action) => mayTakeClaimAction(person, claim, work, action) && canMoveClaim(claim.state, CLAIM_ACTION_TARGETS[action]));
}

/** The server's claim actions narrowed to the moves the state allows now (a stale list never offers an impossible move). */
export function offeredClaimActions(state: ClaimState, viewerActions: readonly ClaimAction[]): ClaimAction[] {
  return CLAIM_ACTIONS.filter((action) => viewerActions.includes(action) && canMoveClaim(state, CLAIM_ACTION_TARGETS[action]));
}

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
  /** The reporter's optional reason for declining an offer. */
  declineReason: { max: 500 },
  /** The reporter picker's search text. */
  reporterSearch: { max: 40 },
} as const;

/** Great-circle distance in km (the server orders open assignments by the same formula in SQL). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const cosine =
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.cos((b.longitude - a.longitude) * rad) + Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad);
  return 6371 * Math.acos(Math.min(1, cosine));
}
