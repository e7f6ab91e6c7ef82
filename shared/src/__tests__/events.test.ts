import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCalendarDays, canMoveEvent, canMoveInnovationRound, checkInOpen, EVENT_LIMITS, EVENT_TIME_PATTERN, eventDates, eventPhase, EVENT_STATUSES } from '../index';

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

  it('keeps registration open on the first day until a deadline set that late, then is under way', () => {
    const lateDeadline = { ...jingzhou, registrationClosesAt: new Date('2026-12-16T10:00:00Z') };
    assert.equal(eventPhase(lateDeadline, new Date('2026-12-16T02:00:00Z'), '2026-12-16'), 'REGISTRATION_OPEN');
    assert.equal(eventPhase(lateDeadline, new Date('2026-12-16T10:00:00Z'), '2026-12-16'), 'UNDER_WAY');
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

describe('event days', () => {
  it('counts calendar days across month and year ends and leap days', () => {
    assert.equal(addCalendarDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addCalendarDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addCalendarDays('2027-03-01', -1), '2027-02-28');
  });

  it('lists every day of an event, both ends included, and no more than an event may last', () => {
    assert.deepEqual(eventDates('2026-12-16', '2026-12-19'), ['2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19']);
    assert.deepEqual(eventDates('2026-12-16', '2026-12-16'), ['2026-12-16']);
    assert.deepEqual(eventDates('2026-12-19', '2026-12-16'), []);
    assert.equal(eventDates('2027-01-01', '2027-12-31').length, EVENT_LIMITS.days.max);
  });

  it('takes stop times as HH:MM within the day', () => {
    for (const time of ['00:00', '09:30', '23:59']) assert.equal(EVENT_TIME_PATTERN.test(time), true, time);
    for (const time of ['24:00', '9:30', '09:60', '09:30:00', '']) assert.equal(EVENT_TIME_PATTERN.test(time), false, time);
  });
});

describe('check-in', () => {
  it("opens on a stop's own day and stays open until the event's last day, for published events only", () => {
    assert.equal(checkInOpen(jingzhou, '2026-12-16', '2026-11-30'), false);
    assert.equal(checkInOpen(jingzhou, '2026-12-17', '2026-12-16'), false);
    assert.equal(checkInOpen(jingzhou, '2026-12-16', '2026-12-16'), true);
    assert.equal(checkInOpen(jingzhou, '2026-12-16', '2026-12-19'), true);
    assert.equal(checkInOpen(jingzhou, '2026-12-16', '2026-12-20'), false);
    assert.equal(checkInOpen({ ...jingzhou, status: 'CANCELLED' }, '2026-12-16', '2026-12-16'), false);
  });
});
