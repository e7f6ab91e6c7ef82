import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ANNOUNCEMENT_LIMITS,
  announcementEditable,
  audienceProblem,
  CONFIGURABLE_NOTIFICATION_KINDS,
  deliveriesFor,
  DIGEST_KIND,
  NOTIFICATION_GROUPS,
  NOTIFICATION_KINDS,
  SILENCEABLE_NOTIFICATION_KINDS,
} from '../index';

test('an audience of all members names no province; one of provinces names 1 to 11', () => {
  assert.equal(audienceProblem('ALL', []), null);
  assert.equal(audienceProblem('ALL', ['42']), 'PROVINCES_NOT_ALLOWED');
  assert.equal(audienceProblem('PROVINCES', []), 'PROVINCES_REQUIRED');
  assert.equal(audienceProblem('PROVINCES', ['42', '42', '43']), null);
  const twelve = Array.from({ length: ANNOUNCEMENT_LIMITS.provinces + 1 }, (_, index) => String(index));
  assert.equal(audienceProblem('PROVINCES', twelve), 'TOO_MANY_PROVINCES');
});

test('only a published announcement is edited', () => {
  assert.equal(announcementEditable('PUBLISHED'), true);
  assert.equal(announcementEditable('WITHDRAWN'), false);
});

test('every kind but the digest is in exactly one group', () => {
  const grouped = NOTIFICATION_GROUPS.flatMap((entry) => entry.kinds as readonly string[]);
  assert.equal(new Set(grouped).size, grouped.length);
  assert.deepEqual([...grouped].sort(), NOTIFICATION_KINDS.filter((kind) => kind !== DIGEST_KIND).sort());
  assert.equal(CONFIGURABLE_NOTIFICATION_KINDS.length, NOTIFICATION_KINDS.length - 1);
});

test('kinds that ask for action may be delayed, never switched off; the digest is not a choice', () => {
  assert.deepEqual(deliveriesFor('SUBMISSION_RECEIVED'), ['LIVE', 'DIGEST']);
  assert.deepEqual(deliveriesFor('ANNOUNCEMENT_POSTED'), ['LIVE', 'DIGEST']);
  assert.deepEqual(deliveriesFor('FOLLOWED_PIECE'), ['LIVE', 'DIGEST', 'OFF']);
  assert.deepEqual(deliveriesFor(DIGEST_KIND), []);
  for (const kind of SILENCEABLE_NOTIFICATION_KINDS) assert.ok(CONFIGURABLE_NOTIFICATION_KINDS.includes(kind));
});
