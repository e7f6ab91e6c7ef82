import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { defaultPeriod, formatTarget, isMeasured, periodLabel, targetMax } from './commitment-format';

const t = i18n.t.bind(i18n);

describe('commitment formatting', () => {
  it('names periods and shows the on-time rate as a percentage', () => {
    expect(periodLabel(t, { kind: 'YEAR', year: 2026, quarter: null })).toBe('2026 年度');
    expect(periodLabel(t, { kind: 'QUARTER', year: 2026, quarter: 2 })).toBe('2026 年第 2 季度');
    expect(formatTarget(t, 'ON_TIME_RATE', 90)).toBe('90%');
    expect(formatTarget(t, 'TOPICS_PROPOSED', 4)).toBe('4');
    expect(targetMax('ON_TIME_RATE')).toBe(100);
    expect(targetMax('PIECES_OFFERED')).toBe(100_000);
    expect(isMeasured('MANUAL')).toBe(false);
    expect(isMeasured('EVENTS_ATTENDED')).toBe(true);
  });

  it('opens the period asked for, else the current year, else a current quarter, else the newest', () => {
    const year = { id: 'y', kind: 'YEAR' as const, isCurrent: true };
    const quarter = { id: 'q', kind: 'QUARTER' as const, isCurrent: true };
    const old = { id: 'o', kind: 'YEAR' as const, isCurrent: false };
    expect(defaultPeriod([quarter, year, old], null)?.id).toBe('y');
    expect(defaultPeriod([quarter, year, old], 'o')?.id).toBe('o');
    expect(defaultPeriod([quarter, old], 'nope')?.id).toBe('q');
    expect(defaultPeriod([old], null)?.id).toBe('o');
    expect(defaultPeriod([], null)).toBeNull();
  });
});
