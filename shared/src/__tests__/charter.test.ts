import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charterChanges, commitmentProgress, participationIndex, participationStatus, periodDates, periodElapsed, type CharterArticleText } from '../index';

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

  it('judges the same with the days passed given as with them counted', () => {
    const elapsed = periodElapsed(year2026, '2026-07-02');
    for (const actual of [0, 4, 5, 6, 12]) {
      assert.deepEqual(commitmentProgress({ metric: 'TOPICS_PROPOSED', target: 12, actual, period: year2026, today: '2026-07-02', elapsed }), count(actual, '2026-07-02'));
    }
    assert.equal(participationStatus(51, year2026, '2026-07-02', elapsed), participationStatus(51, year2026, '2026-07-02'));
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

describe('charter changes', () => {
  const article = (number: number, title: string, body = `第${number}条正文`, area: CharterArticleText['area'] = null): CharterArticleText => ({ number, title, body, area });
  const v1 = [article(1, '总则'), article(2, '成员'), article(3, '平台共享', '共建共享平台', 'PLATFORM'), article(5, '附则')];

  it('compares articles by number: added, changed (title, body or area), removed, in number order', () => {
    const v2 = [article(5, '附则'), article(1, '总则（修订）'), article(3, '平台共享', '共建共享平台', 'CHANNEL'), article(4, '内容共享', '稿件互通', 'CONTENT'), article(2, '成员', '成员单位的权利与义务')];
    const changes = charterChanges(v1, v2);
    assert.deepEqual(
      changes.map((change) => [change.number, change.kind, change.title]),
      [
        [1, 'CHANGED', '总则（修订）'],
        [2, 'CHANGED', '成员'],
        [3, 'CHANGED', '平台共享'],
        [4, 'ADDED', '内容共享'],
      ],
    );
    assert.equal(changes[0]!.before!.title, '总则');
    assert.equal(changes[3]!.before, null);
    assert.equal(changes[3]!.after!.area, 'CONTENT');
  });

  it('names a removed article by its old title and leaves unchanged ones out', () => {
    const changes = charterChanges(v1, [article(1, '总则'), article(3, '平台共享', '共建共享平台', 'PLATFORM')]);
    assert.deepEqual(changes, [
      { number: 2, kind: 'REMOVED', title: '成员', before: v1[1], after: null },
      { number: 5, kind: 'REMOVED', title: '附则', before: v1[3], after: null },
    ]);
    assert.deepEqual(charterChanges(v1, [...v1].reverse()), []);
  });

  it('treats every article of a first version as added, and a missing area as none', () => {
    assert.deepEqual(charterChanges(null, v1).map((change) => change.kind), ['ADDED', 'ADDED', 'ADDED', 'ADDED']);
    const noArea = { number: 1, title: '总则', body: '第1条正文' } as unknown as CharterArticleText;
    assert.deepEqual(charterChanges([noArea], [article(1, '总则')]), []);
  });
});
