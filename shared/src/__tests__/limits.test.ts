import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, passwordProblem, roleFitsMember, textLength } from '../index';

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

test('defect 4: text is measured in code points, as PostgreSQL counts it', () => {
  assert.equal(textLength('😀'), 1);
  assert.equal(textLength('a\uFE0F'.repeat(60)), 120);
  assert.equal(textLength('荆州'), 2);
  assert.equal(textLength('\uD800x'), 2);
});

test('defect 4: calendar dates are real days', () => {
  assert.equal(isCalendarDate('2026-02-28'), true);
  assert.equal(isCalendarDate('2028-02-29'), true);
  for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '0000-01-01', '20260101', ' 2026-01-01', '2026-01-01T00:00:00Z']) {
    assert.equal(isCalendarDate(bad), false, bad);
  }
});
