import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitmentProgress, participationIndex, participationStatus, periodDates, periodElapsed } from '../index';

const year2026 = periodDates('YEAR', 2026, null);

describe('periods', () => {
  it('cover calendar years and quarters, leap days included', () => {
    assert.deepEqual(year2026, { startsOn: '2026-01-01', endsOn: '2026-12-31' });
    assert.deepEqual(periodDates('QUARTER', 2028, 1), { startsOn: '2028-01-01', endsOn: '2028-03-31' });
    assert.deepEqual(periodDates('QUARTER', 2026, 4), { startsOn: '2026-10-01', endsOn: '2026-12-31' });
    assert.equal(periodElapsed(periodDates('QUARTER', 2028, 1), '2028-02-29').elapsedDays, 60);
    assert.throws(() => periodDates('QUARTER', 2026, 5), RangeError);
  });

  it('count today as passed, and nothing before the first day or after the last', () => {
    assert.deepEqual(periodElapsed(year2026, '2026-01-01'), { elapsedDays: 1, periodDays: 365 });
    assert.deepEqual(periodElapsed(year2026, '2025-12-31'), { elapsedDays: 0, periodDays: 365 });
    assert.deepEqual(periodElapsed(year2026, '2027-03-01'), { elapsedDays: 365, periodDays: 365 });
  });
});

describe('commitment progress', () => {
  const count = (actual: number, today: string) => commitmentProgress({ metric: 'TOPICS_PROPOSED', target: 12, actual, period: year2026, today });

  it('judges a count against the target pro-rated to today', () => {
    // 2026-07-02 is day 183 of 365: 12 × 183 ÷ 365 = 6.0
    assert.equal(count(6, '2026-07-02').expected, 6);
    assert.equal(count(6, '2026-07-02').status, 'ON_TRACK');
    assert.equal(count(5, '2026-07-02').status, 'AT_RISK');
    assert.equal(count(4.5, '2026-07-02').status, 'AT_RISK');
    assert.equal(count(4, '2026-07-02').status, 'BEHIND');
    assert.equal(count(12, '2026-03-01').status, 'MET');
    assert.equal(count(14, '2026-03-01').ratio, 1);
    assert.equal(count(3, '2026-07-02').ratio, 0.25);
  });

  it('judges a rate without pro-rating, and calls it met only once the period is over', () => {
    const rate = (actual: number | null, today: string) => commitmentProgress({ metric: 'ON_TIME_RATE', target: 90, actual, period: year2026, today });
    assert.equal(rate(95, '2026-06-01').status, 'ON_TRACK');
    assert.equal(rate(95, '2027-01-01').status, 'MET');
    assert.equal(rate(80, '2026-06-01').status, 'AT_RISK');
    assert.equal(rate(79, '2026-06-01').status, 'BEHIND');
    assert.deepEqual(rate(null, '2026-06-01'), { expected: 90, elapsedDays: 152, periodDays: 365, ratio: null, status: 'ON_TRACK' });
  });

  it('weighs commitments into an index out of 100, leaving out what cannot be judged', () => {
    assert.equal(participationIndex([{ weight: 3, ratio: 1 }, { weight: 1, ratio: 0 }, { weight: 2, ratio: null }]), 75);
    assert.equal(participationIndex([{ weight: 2, ratio: 0.5 }, { weight: 1, ratio: 0.25 }]), 41.7);
    assert.equal(participationIndex([]), 0);
    assert.equal(participationStatus(100, year2026, '2026-02-01'), 'MET');
    assert.equal(participationStatus(51, year2026, '2026-07-02'), 'ON_TRACK');
    assert.equal(participationStatus(20, year2026, '2026-07-02'), 'BEHIND');
  });
});
