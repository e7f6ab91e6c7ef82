import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblem, roleFitsMember } from '../index';

test('passwords are measured in characters a person sees', () => {
  assert.equal(passwordProblem('短密码'), 'TOO_SHORT');
  assert.equal(passwordProblem('长江经济带城市群融媒联盟口令'), null);
  assert.equal(passwordProblem('a'.repeat(11)), 'TOO_SHORT');
  assert.equal(passwordProblem('a'.repeat(12)), null);
  assert.equal(passwordProblem('a'.repeat(128)), null);
  assert.equal(passwordProblem('a'.repeat(129)), 'TOO_LONG');
});

test('only the secretariat unit holds secretariat accounts', () => {
  assert.equal(roleFitsMember('SECRETARIAT', false), false);
  assert.equal(roleFitsMember('SECRETARIAT', true), true);
  assert.equal(roleFitsMember('REPORTER', false), true);
});
