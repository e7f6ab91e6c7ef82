import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allianceDate, canMoveResourceRequest, capacityPeriodStart } from '../index';

test('resource requests move only along PENDING → APPROVED | DECLINED, APPROVED → FULFILLED, and are cancelled only while open', () => {
  assert.equal(canMoveResourceRequest('PENDING', 'APPROVED'), true);
  assert.equal(canMoveResourceRequest('PENDING', 'FULFILLED'), false);
  assert.equal(canMoveResourceRequest('APPROVED', 'FULFILLED'), true);
  assert.equal(canMoveResourceRequest('APPROVED', 'CANCELLED'), true);
  assert.equal(canMoveResourceRequest('DECLINED', 'CANCELLED'), false);
  assert.equal(canMoveResourceRequest('FULFILLED', 'CANCELLED'), false);
});

test('an instant falls on its China-time calendar day', () => {
  assert.equal(allianceDate(new Date('2026-12-15T16:30:00Z')), '2026-12-16');
  assert.equal(allianceDate(new Date('2026-12-15T15:59:59Z')), '2026-12-15');
});

test('a capacity period starts on its first day (weeks on Monday)', () => {
  assert.equal(capacityPeriodStart('WEEK', '2026-12-16'), '2026-12-14');
  assert.equal(capacityPeriodStart('WEEK', '2026-12-14'), '2026-12-14');
  assert.equal(capacityPeriodStart('WEEK', '2026-12-20'), '2026-12-14');
  assert.equal(capacityPeriodStart('WEEK', '2027-01-01'), '2026-12-28');
  assert.equal(capacityPeriodStart('MONTH', '2026-12-31'), '2026-12-01');
  assert.equal(capacityPeriodStart('QUARTER', '2026-11-30'), '2026-10-01');
  assert.equal(capacityPeriodStart('QUARTER', '2026-03-31'), '2026-01-01');
  assert.equal(capacityPeriodStart('YEAR', '2026-07-04'), '2026-01-01');
});
