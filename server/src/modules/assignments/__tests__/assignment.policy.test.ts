import type { Role } from '@yah/shared';
import type { Viewer } from '../../../common/viewer';
import { claimPolicy } from '../../claims/claim.policy';
import { topicPolicy, type TopicFacts } from '../../topics/topic.policy';
import { assignmentPolicy, type AssignmentFacts } from '../assignment.policy';

const viewer = (role: Role, memberId: string, userId = `${role}-${memberId}`): Viewer => ({ role, memberId, userId, sessionId: 's', memberIsSecretariat: role === 'SECRETARIAT' });
const topic = (viewerMemberStatus: TopicFacts['viewerMemberStatus'] = null, state: TopicFacts['state'] = 'IN_PROGRESS'): TopicFacts => ({ state, proposerMemberId: 'jingzhou', proposedAt: state === 'DRAFT' ? null : new Date(), viewerMemberStatus });
const assignment = (overrides: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  status: 'OPEN',
  slots: 2,
  claimedCount: 1,
  acceptedCount: 0,
  dueAt: new Date(Date.now() + 864e5),
  assignmentMemberId: 'hengyang',
  topic: topic(),
  viewerHoldsSlot: false,
  ...overrides,
});

describe('assignment policy', () => {
  it('offers a claim only to a reporter without a slot, on an open, not yet due, not full assignment of a running topic', () => {
    const reporter = viewer('REPORTER', 'yueyang');
    expect(assignmentPolicy.actions(reporter, assignment())).toEqual(['CLAIM']);
    expect(assignmentPolicy.canClaim(reporter, assignment({ viewerHoldsSlot: true }))).toBe(false);
    expect(assignmentPolicy.canClaim(reporter, assignment({ claimedCount: 2 }))).toBe(false);
    expect(assignmentPolicy.canClaim(reporter, assignment({ status: 'CANCELLED' }))).toBe(false);
    expect(assignmentPolicy.canClaim(reporter, assignment({ dueAt: new Date(Date.now() - 1000) }))).toBe(false);
    expect(assignmentPolicy.canClaim(reporter, assignment({ topic: topic(null, 'COMPLETED') }))).toBe(false);
    expect(assignmentPolicy.canClaim(viewer('EDITOR', 'yueyang'), assignment())).toBe(false);
  });

  it("lets the assignment's member and the proposer manage it; other co-sponsors and the secretariat only see its claims", () => {
    expect(assignmentPolicy.actions(viewer('EDITOR', 'jingzhou'), assignment())).toEqual(['EDIT', 'CANCEL', 'OFFER', 'SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(assignmentPolicy.actions(viewer('CHIEF_EDITOR', 'hengyang'), assignment({ topic: topic('JOINED') }))).toEqual(['EDIT', 'CANCEL', 'OFFER', 'SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(assignmentPolicy.actions(viewer('EDITOR', 'changsha'), assignment({ topic: topic('JOINED') }))).toEqual(['SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(assignmentPolicy.actions(viewer('SECRETARIAT', 'secretariat'), assignment())).toEqual(['SEE_CLAIMS']);
    expect(assignmentPolicy.actions(viewer('EDITOR', 'nanjing'), assignment())).toEqual([]);
    expect(assignmentPolicy.actions(viewer('EDITOR', 'jingzhou'), assignment({ status: 'CANCELLED' }))).toEqual(['SEE_CLAIMS', 'RECORD_PUBLICATION']);
  });

  it('stops offering edit and cancel once every slot holds accepted work, but keeps recording where it ran', () => {
    const owner = viewer('EDITOR', 'jingzhou');
    expect(assignmentPolicy.actions(owner, assignment({ slots: 2, claimedCount: 2, acceptedCount: 2 }))).toEqual(['SEE_CLAIMS', 'RECORD_PUBLICATION']);
    expect(assignmentPolicy.canChange(owner, assignment({ slots: 2, claimedCount: 2, acceptedCount: 2 }))).toBe(false);
    // Partly accepted work with a slot still free, or still under review, is not finished.
    expect(assignmentPolicy.canChange(owner, assignment({ slots: 2, claimedCount: 1, acceptedCount: 1 }))).toBe(true);
    expect(assignmentPolicy.canChange(owner, assignment({ slots: 2, claimedCount: 2, acceptedCount: 1 }))).toBe(true);
  });

  it('lets the managing editors offer a slot to a named reporter only while one is free and the assignment takes claims', () => {
    const editor = viewer('EDITOR', 'jingzhou');
    expect(assignmentPolicy.canOffer(editor, assignment())).toBe(true);
    expect(assignmentPolicy.canOffer(editor, assignment({ claimedCount: 2 }))).toBe(false);
    expect(assignmentPolicy.canOffer(editor, assignment({ dueAt: new Date(Date.now() - 1000) }))).toBe(false);
    expect(assignmentPolicy.canOffer(editor, assignment({ topic: topic(null, 'COMPLETED') }))).toBe(false);
    expect(assignmentPolicy.canOffer(editor, assignment({ status: 'CANCELLED' }))).toBe(false);
    expect(assignmentPolicy.canOffer(viewer('EDITOR', 'changsha'), assignment({ topic: topic('JOINED') }))).toBe(false);
    expect(assignmentPolicy.canOffer(viewer('SECRETARIAT', 'secretariat'), assignment())).toBe(false);
    expect(assignmentPolicy.canOffer(viewer('REPORTER', 'jingzhou'), assignment())).toBe(false);
    expect(claimPolicy.mayReceiveOffer({ role: 'REPORTER', active: true })).toBe(true);
    expect(claimPolicy.mayReceiveOffer({ role: 'REPORTER', active: false })).toBe(false);
    expect(claimPolicy.mayReceiveOffer({ role: 'EDITOR', active: true })).toBe(false);
  });
});

describe('topic policy', () => {
  it('offers JOIN only to an invited newsroom', () => {
    expect(topicPolicy.actions(viewer('EDITOR', 'changsha'), topic('INVITED', 'APPROVED'))).toContain('JOIN');
    expect(topicPolicy.actions(viewer('EDITOR', 'changsha'), topic(null, 'APPROVED'))).not.toContain('JOIN');
    expect(topicPolicy.actions(viewer('EDITOR', 'changsha'), topic('JOINED', 'APPROVED'))).toEqual(expect.arrayContaining(['START', 'ADD_ASSIGNMENT']));
  });

  it('keeps drafts inside the proposing newsroom', () => {
    expect(topicPolicy.canRead(viewer('EDITOR', 'changsha'), topic('INVITED', 'DRAFT'))).toBe(false);
    expect(topicPolicy.canRead(viewer('REPORTER', 'jingzhou'), topic(null, 'DRAFT'))).toBe(true);
  });
});

describe('claim policy', () => {
  const work = { proposerMemberId: 'jingzhou', assignmentMemberId: 'hengyang' };
  it("gives the reporter their own work and the work's owners the review", () => {
    const reporter = viewer('REPORTER', 'yueyang', 'r-1');
    expect(claimPolicy.actions(reporter, { state: 'CLAIMED', reporterId: 'r-1', work, topic: topic() })).toEqual(['SUBMIT', 'RELEASE']);
    expect(claimPolicy.actions(viewer('EDITOR', 'hengyang'), { state: 'SUBMITTED', reporterId: 'r-1', work, topic: topic('JOINED') })).toEqual(['ACCEPT', 'REQUEST_CHANGES', 'CANCEL']);
    expect(claimPolicy.mayTake(viewer('EDITOR', 'changsha'), { reporterId: 'r-1', work }, 'ACCEPT')).toBe(false);
    expect(claimPolicy.mayTake(viewer('SECRETARIAT', 'secretariat'), { reporterId: 'r-1', work }, 'CANCEL')).toBe(false);
    expect(claimPolicy.canRead(viewer('SECRETARIAT', 'secretariat'), { reporterId: 'r-1', topic: topic() })).toBe(true);
    expect(claimPolicy.canRead(viewer('REPORTER', 'yueyang', 'r-2'), { reporterId: 'r-1', topic: topic() })).toBe(false);
  });
});
