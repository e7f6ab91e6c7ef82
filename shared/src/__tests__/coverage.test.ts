import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canMoveClaim,
  FILES_EDITABLE_CLAIM_STATES,
  canMoveTopic,
  CLAIM_ACTION_TARGETS,
  CLAIM_ACTIONS,
  ASSIGNMENT_ACTIONS,
  CLAIM_STATES,
  CLAIM_TRANSITIONS,
  claimActionsFor,
  EDITABLE_TOPIC_STATES,
  isTopicMove,
  joinRefusal,
  LIVE_CLAIM_STATES,
  mayAddWork,
  mayReviewWork,
  NOTIFICATION_KINDS,
  OFFER_ONLY_CLAIM_STATES,
  offeredClaimActions,
  SLOT_HOLDING_CLAIM_STATES,
  TERMINAL_TOPIC_STATES,
  TOPIC_ACTION_TARGETS,
  TOPIC_ACTIONS,
  TOPIC_STATES,
  type ClaimState,
  type TopicState,
} from '../index';

/** Every allowed move, written out once more by hand: the table in coverage.ts must say exactly this. */
const TOPIC_MOVES: [TopicState, TopicState][] = [
  ['DRAFT', 'PROPOSED'],
  ['DRAFT', 'CANCELLED'],
  ['PROPOSED', 'APPROVED'],
  ['PROPOSED', 'REJECTED'],
  ['PROPOSED', 'CANCELLED'],
  ['APPROVED', 'IN_PROGRESS'],
  ['APPROVED', 'CANCELLED'],
  ['IN_PROGRESS', 'COMPLETED'],
  ['IN_PROGRESS', 'CANCELLED'],
];
const CLAIM_MOVES: [ClaimState, ClaimState][] = [
  ['CLAIMED', 'SUBMITTED'],
  ['CLAIMED', 'RELEASED'],
  ['CLAIMED', 'CANCELLED'],
  ['SUBMITTED', 'ACCEPTED'],
  ['SUBMITTED', 'CHANGES_REQUESTED'],
  ['SUBMITTED', 'CANCELLED'],
  ['CHANGES_REQUESTED', 'SUBMITTED'],
  ['CHANGES_REQUESTED', 'RELEASED'],
  ['CHANGES_REQUESTED', 'CANCELLED'],
  ['OFFERED', 'CLAIMED'],
  ['OFFERED', 'DECLINED'],
  ['OFFERED', 'WITHDRAWN'],
];

test('topics move exactly along the product’s transitions, every pair checked', () => {
  for (const from of TOPIC_STATES) {
    for (const to of TOPIC_STATES) {
      const expected = TOPIC_MOVES.some(([a, b]) => a === from && b === to);
      assert.equal(canMoveTopic(from, to), expected, `${from} → ${to}`);
    }
  }
});

test('claims move exactly along the product’s transitions, every pair checked', () => {
  for (const from of CLAIM_STATES) {
    for (const to of CLAIM_STATES) {
      const expected = CLAIM_MOVES.some(([a, b]) => a === from && b === to);
      assert.equal(canMoveClaim(from, to), expected, `${from} → ${to}`);
    }
  }
});

test('topic actions name their target states once, and the other lists agree with the table', () => {
  assert.deepEqual(TOPIC_ACTION_TARGETS, { PROPOSE: 'PROPOSED', APPROVE: 'APPROVED', REJECT: 'REJECTED', START: 'IN_PROGRESS', COMPLETE: 'COMPLETED', CANCEL: 'CANCELLED' });
  assert.deepEqual(
    TOPIC_ACTIONS.filter(isTopicMove),
    Object.keys(TOPIC_ACTION_TARGETS).sort((a, b) => TOPIC_ACTIONS.indexOf(a as never) - TOPIC_ACTIONS.indexOf(b as never)),
  );
  assert.deepEqual([...TERMINAL_TOPIC_STATES].sort(), ['CANCELLED', 'COMPLETED', 'REJECTED']);
  assert.deepEqual(EDITABLE_TOPIC_STATES, ['DRAFT', 'PROPOSED']);
  assert.deepEqual([...LIVE_CLAIM_STATES].sort(), ['CHANGES_REQUESTED', 'CLAIMED', 'SUBMITTED']);
  assert.ok(LIVE_CLAIM_STATES.every((state) => SLOT_HOLDING_CLAIM_STATES.includes(state)));
  assert.deepEqual(CLAIM_ACTION_TARGETS, {
    SUBMIT: 'SUBMITTED',
    RELEASE: 'RELEASED',
    ACCEPT: 'ACCEPTED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
    CANCEL: 'CANCELLED',
    ACCEPT_OFFER: 'CLAIMED',
    DECLINE_OFFER: 'DECLINED',
    WITHDRAW_OFFER: 'WITHDRAWN',
  });
});

const proposerEditor = { role: 'EDITOR' as const, memberId: 'jingzhou', userId: 'e-jz' };
const creatorEditor = { role: 'CHIEF_EDITOR' as const, memberId: 'hengyang', userId: 'c-hy' };
const otherCoSponsor = { role: 'EDITOR' as const, memberId: 'changsha', userId: 'e-cs' };
const secretariat = { role: 'SECRETARIAT' as const, memberId: 'secretariat', userId: 's' };
const reporter = { role: 'REPORTER' as const, memberId: 'yueyang', userId: 'r-yy' };
const work = { proposerMemberId: 'jingzhou', assignmentMemberId: 'hengyang' };

test('co-sponsoring is by invitation only', () => {
  const topic = (state: TopicState, viewerMemberStatus: 'INVITED' | 'JOINED' | null) => ({ state, proposerMemberId: 'jingzhou', viewerMemberStatus });
  assert.equal(joinRefusal(otherCoSponsor, topic('APPROVED', 'INVITED')), null);
  assert.equal(joinRefusal(otherCoSponsor, topic('PROPOSED', 'INVITED')), null);
  assert.equal(joinRefusal(otherCoSponsor, topic('APPROVED', null)), 'NOT_INVITED');
  assert.equal(joinRefusal(otherCoSponsor, topic('APPROVED', 'JOINED')), 'ALREADY_JOINED');
  assert.equal(joinRefusal(otherCoSponsor, topic('DRAFT', 'INVITED')), 'NOT_ALLOWED_IN_STATE');
  for (const state of TERMINAL_TOPIC_STATES) assert.equal(joinRefusal(otherCoSponsor, topic(state, 'INVITED')), 'NOT_ALLOWED_IN_STATE');
  assert.equal(joinRefusal(proposerEditor, topic('APPROVED', null)), 'NOT_AN_EDITOR');
  assert.equal(joinRefusal(reporter, topic('APPROVED', 'INVITED')), 'NOT_AN_EDITOR');
  assert.equal(joinRefusal(secretariat, topic('APPROVED', 'INVITED')), 'NOT_AN_EDITOR');
});

test("work is added by the topic's editors and reviewed by the assignment's member and the proposer only", () => {
  assert.equal(mayAddWork(proposerEditor, { proposerMemberId: 'jingzhou', viewerMemberStatus: null }), true);
  assert.equal(mayAddWork(otherCoSponsor, { proposerMemberId: 'jingzhou', viewerMemberStatus: 'JOINED' }), true);
  assert.equal(mayAddWork(otherCoSponsor, { proposerMemberId: 'jingzhou', viewerMemberStatus: 'INVITED' }), false);
  assert.equal(mayAddWork(reporter, { proposerMemberId: 'yueyang', viewerMemberStatus: null }), false);

  assert.equal(mayReviewWork(proposerEditor, work), true);
  assert.equal(mayReviewWork(creatorEditor, work), true);
  assert.equal(mayReviewWork(otherCoSponsor, work), false);
  assert.equal(mayReviewWork(secretariat, work), false);
  assert.equal(mayReviewWork({ ...reporter, memberId: 'hengyang' }, work), false);
});

test('claim actions: the reporter’s own work, the owners’ review, each only where the state allows', () => {
  const claim = (state: ClaimState) => ({ state, reporterId: reporter.userId });
  assert.deepEqual(claimActionsFor(reporter, claim('CLAIMED'), work), ['SUBMIT', 'RELEASE']);
  assert.deepEqual(claimActionsFor(reporter, claim('SUBMITTED'), work), []);
  assert.deepEqual(claimActionsFor(reporter, claim('CHANGES_REQUESTED'), work), ['SUBMIT', 'RELEASE']);
  assert.deepEqual(claimActionsFor(creatorEditor, claim('SUBMITTED'), work), ['ACCEPT', 'REQUEST_CHANGES', 'CANCEL']);
  assert.deepEqual(claimActionsFor(proposerEditor, claim('CLAIMED'), work), ['CANCEL']);
  assert.deepEqual(claimActionsFor(otherCoSponsor, claim('SUBMITTED'), work), []);
  assert.deepEqual(claimActionsFor(secretariat, claim('SUBMITTED'), work), []);
  for (const state of CLAIM_STATES) {
    for (const action of claimActionsFor(creatorEditor, claim(state), work)) assert.ok(canMoveClaim(state, CLAIM_ACTION_TARGETS[action]));
    assert.deepEqual(claimActionsFor(proposerEditor, claim(state), work).filter((a) => a === 'SUBMIT' || a === 'RELEASE'), []);
  }
  assert.deepEqual(offeredClaimActions('ACCEPTED', CLAIM_ACTIONS), []);
  assert.deepEqual(offeredClaimActions('OFFERED', CLAIM_ACTIONS), ['ACCEPT_OFFER', 'DECLINE_OFFER', 'WITHDRAW_OFFER']);
  assert.deepEqual(offeredClaimActions('SUBMITTED', ['CANCEL', 'ACCEPT']), ['ACCEPT', 'CANCEL']);
});

test('an offer: the reporter accepts or declines, the work’s owners withdraw; it holds a slot but is never counted as a claim', () => {
  const offer = { state: 'OFFERED' as const, reporterId: reporter.userId };
  assert.deepEqual(claimActionsFor(reporter, offer, work), ['ACCEPT_OFFER', 'DECLINE_OFFER']);
  assert.deepEqual(claimActionsFor({ ...reporter, userId: 'r-other' }, offer, work), []);
  assert.deepEqual(claimActionsFor(creatorEditor, offer, work), ['WITHDRAW_OFFER']);
  assert.deepEqual(claimActionsFor(proposerEditor, offer, work), ['WITHDRAW_OFFER']);
  assert.deepEqual(claimActionsFor(otherCoSponsor, offer, work), []);
  assert.deepEqual(claimActionsFor(secretariat, offer, work), []);
  // Accepted, it is an ordinary claim; declined or withdrawn, it is over.
  assert.deepEqual(claimActionsFor(reporter, { ...offer, state: 'CLAIMED' }, work), ['SUBMIT', 'RELEASE']);
  for (const state of ['DECLINED', 'WITHDRAWN'] as const) {
    assert.deepEqual(CLAIM_TRANSITIONS[state], []);
    assert.deepEqual(claimActionsFor(creatorEditor, { ...offer, state }, work), []);
  }
  assert.ok(SLOT_HOLDING_CLAIM_STATES.includes('OFFERED'));
  assert.ok(!SLOT_HOLDING_CLAIM_STATES.includes('DECLINED') && !SLOT_HOLDING_CLAIM_STATES.includes('WITHDRAWN'));
  assert.ok(!LIVE_CLAIM_STATES.includes('OFFERED'));
  assert.deepEqual([...OFFER_ONLY_CLAIM_STATES].sort(), ['DECLINED', 'OFFERED', 'WITHDRAWN']);
  // An offer can only become a claim: no state other than OFFERED leads to CLAIMED, and an offer never skips to work or review.
  assert.deepEqual(CLAIM_STATES.filter((state) => canMoveClaim(state, 'CLAIMED')), ['OFFERED']);
  for (const to of ['SUBMITTED', 'ACCEPTED', 'RELEASED', 'CANCELLED'] as const) assert.equal(canMoveClaim('OFFERED', to), false);
  assert.ok(ASSIGNMENT_ACTIONS.includes('OFFER'));
  assert.ok(NOTIFICATION_KINDS.includes('ASSIGNMENT_OFFERED') && NOTIFICATION_KINDS.includes('OFFER_ACCEPTED') && NOTIFICATION_KINDS.includes('OFFER_DECLINED') && NOTIFICATION_KINDS.includes('OFFER_WITHDRAWN'));
});

test('a reporter changes attached files only before a decision ends the claim', () => {
  assert.deepEqual([...FILES_EDITABLE_CLAIM_STATES], ['CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED']);
  for (const state of FILES_EDITABLE_CLAIM_STATES) assert.ok(canMoveClaim(state, 'CANCELLED'), `${state} is still open`);
  assert.ok(!FILES_EDITABLE_CLAIM_STATES.includes('ACCEPTED'));
});
