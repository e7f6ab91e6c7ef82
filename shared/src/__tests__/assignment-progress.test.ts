import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentProgress, MANAGEABLE_ASSIGNMENT_STAGES, suggestedChannel, WORKING_CLAIM_STATES, type AssignmentCounts } from '../coverage';

const counts = (overrides: Partial<AssignmentCounts> = {}): AssignmentCounts => ({ status: 'OPEN', slots: 3, claimedCount: 0, acceptedCount: 0, ...overrides });

test('an assignment nobody has claimed is open, every slot free', () => {
  assert.deepEqual(assignmentProgress(counts()), { stage: 'OPEN', accepted: 0, working: 0, open: 3 });
});

test('any slot being worked on or waiting for review puts it in progress, free and accepted slots notwithstanding', () => {
  assert.deepEqual(assignmentProgress(counts({ claimedCount: 1 })), { stage: 'IN_PROGRESS', accepted: 0, working: 1, open: 2 });
  assert.deepEqual(assignmentProgress(counts({ claimedCount: 2, acceptedCount: 1 })), { stage: 'IN_PROGRESS', accepted: 1, working: 1, open: 1 });
  assert.deepEqual(assignmentProgress(counts({ claimedCount: 3, acceptedCount: 2 })), { stage: 'IN_PROGRESS', accepted: 2, working: 1, open: 0 });
});

test('accepted work with free slots and nobody working is open again: the remaining slots still wait for reporters', () => {
  assert.deepEqual(assignmentProgress(counts({ claimedCount: 1, acceptedCount: 1 })), { stage: 'OPEN', accepted: 1, working: 0, open: 2 });
});

test('it is done when every slot holds accepted work', () => {
  assert.deepEqual(assignmentProgress(counts({ claimedCount: 3, acceptedCount: 3 })), { stage: 'DONE', accepted: 3, working: 0, open: 0 });
  assert.equal(assignmentProgress(counts({ slots: 1, claimedCount: 1, acceptedCount: 1 })).stage, 'DONE');
  assert.ok(!MANAGEABLE_ASSIGNMENT_STAGES.includes('DONE'));
});

test('a cancelled assignment is cancelled whatever its claims, and offers no free slot', () => {
  assert.deepEqual(assignmentProgress(counts({ status: 'CANCELLED', claimedCount: 1, acceptedCount: 1 })), { stage: 'CANCELLED', accepted: 1, working: 0, open: 0 });
  assert.ok(!MANAGEABLE_ASSIGNMENT_STAGES.includes('CANCELLED'));
});

test('each slot is counted once, in exactly one of accepted, working and open', () => {
  for (let claimed = 0; claimed <= 3; claimed += 1) {
    for (let accepted = 0; accepted <= claimed; accepted += 1) {
      const progress = assignmentProgress(counts({ claimedCount: claimed, acceptedCount: accepted }));
      assert.equal(progress.accepted + progress.working + progress.open, 3);
    }
  }
});

test('working claims are the slot-holding ones not yet accepted: an offer awaiting its answer holds its slot too', () => {
  assert.deepEqual([...WORKING_CLAIM_STATES], ['OFFERED', 'CLAIMED', 'SUBMITTED', 'CHANGES_REQUESTED']);
});

test('the suggested channel fits the format among the member’s own channels, else its first one', () => {
  assert.equal(suggestedChannel('VIDEO', ['NEWSPAPER', 'APP', 'DOUYIN']), 'DOUYIN');
  assert.equal(suggestedChannel('TEXT', ['WECHAT', 'NEWSPAPER']), 'NEWSPAPER');
  assert.equal(suggestedChannel('AUDIO', ['DOUYIN']), 'DOUYIN');
  assert.equal(suggestedChannel('PHOTO', []), null);
});
