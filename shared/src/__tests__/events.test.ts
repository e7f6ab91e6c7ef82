import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canMoveEvent, canMoveInnovationRound, eventPhase, EVENT_STATUSES } from '../index';

const jingzhou = { status: 'PUBLISHED' as const, startsOn: '2026-12-16', endsOn: '2026-12-19', registrationClosesAt: new Date('2026-12-10T16:00:00Z') };

describe('event phase', () => {
  it('is open for registration until the deadline instant, then closed until the first day', () => {
    assert.equal(eventPhase(jingzhou, new Date('2026-12-10T15:59:59Z'), '2026-12-10'), 'REGISTRATION_OPEN');
    assert.equal(eventPhase(jingzhou, new Date('2026-12-10T16:00:00Z'), '2026-12-11'), 'REGISTRATION_CLOSED');
  });

  it('is under way from the first to the last calendar day, both included, and finished after', () => {
    assert.equal(eventPhase(jingzhou, new Date('2026-12-15T16:00:00Z'), '2026-12-16'), 'UNDER_WAY');
    assert.equal(eventPhase(jingzhou, new Date('2026-12-19T15:59:00Z'), '2026-12-19'), 'UNDER_WAY');
    assert.equal(eventPhase(jingzhou, new Date('2026-12-19T16:00:00Z'), '2026-12-20'), 'FINISHED');
  });

  it('follows the stored status before the dates', () => {
    assert.equal(eventPhase({ ...jingzhou, status: 'DRAFT' }, new Date('2026-12-17T00:00:00Z'), '2026-12-17'), 'DRAFT');
    assert.equal(eventPhase({ ...jingzhou, status: 'CANCELLED' }, new Date('2026-12-01T00:00:00Z'), '2026-12-01'), 'CANCELLED');
  });
});

describe('event and round moves', () => {
  it('never leave a cancelled event, and publish only drafts', () => {
    for (const to of EVENT_STATUSES) assert.equal(canMoveEvent('CANCELLED', to), false);
    assert.equal(canMoveEvent('DRAFT', 'PUBLISHED'), true);
    assert.equal(canMoveEvent('PUBLISHED', 'DRAFT'), false);
  });

  it('run a round forward only: open, scoring, closed, published', () => {
    assert.equal(canMoveInnovationRound('OPEN', 'SCORING'), true);
    assert.equal(canMoveInnovationRound('OPEN', 'PUBLISHED'), false);
    assert.equal(canMoveInnovationRound('SCORING', 'OPEN'), false);
    assert.equal(canMoveInnovationRound('CLOSED', 'PUBLISHED'), true);
  });
});
