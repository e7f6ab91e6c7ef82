import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { isActiveMember, isResetToken, MEMBER_STATUS_MOVES, PASSWORD_RESET } from '../index';

test('a reset link takes exactly the secret the server issues', () => {
  const token = randomBytes(PASSWORD_RESET.tokenBytes).toString('base64url');
  assert.equal(token.length, PASSWORD_RESET.tokenLength);
  assert.equal(isResetToken(token), true);
  assert.equal(isResetToken(token.slice(1)), false);
  assert.equal(isResetToken(`${token.slice(1)}=`), false);
  assert.equal(isResetToken(`${token.slice(1)}/`), false);
});

test('a reset link expires within a day', () => {
  assert.ok(PASSWORD_RESET.ttlHours > 0 && PASSWORD_RESET.ttlHours <= 24);
});

test('only an active member is suspended and only a suspended one reactivated', () => {
  assert.deepEqual(MEMBER_STATUS_MOVES.suspend, { from: 'ACTIVE', to: 'SUSPENDED' });
  assert.deepEqual(MEMBER_STATUS_MOVES.reactivate, { from: 'SUSPENDED', to: 'ACTIVE' });
  assert.equal(isActiveMember({ status: 'ACTIVE' }), true);
  assert.equal(isActiveMember({ status: 'SUSPENDED' }), false);
});
