import { describe, expect, it } from 'vitest';
import { allianceDay, browserInAllianceZone, daysBetween, formatDay, weekday } from './event-time';

describe('event calendar days', () => {
  it('lists every day of an event, first and last included, across a month end', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysBetween('2026-12-16', '2026-12-16')).toEqual(['2026-12-16']);
    expect(daysBetween('2026-12-19', '2026-12-16')).toEqual([]);
  });

  it('names days and weekdays from the day itself, whatever the zone', () => {
    expect(formatDay('2026-12-16', false)).toBe('12月16日');
    expect(formatDay('2026-12-16', true)).toBe('16 Dec');
    expect(formatDay('2027-01-02', false, 2026)).toBe('2027年1月2日');
    expect(weekday('2026-12-16', false)).toBe('周三');
    expect(weekday('2026-12-16', true)).toBe('Wed');
  });

  it('knows the alliance day of an instant and which zones keep alliance time', () => {
    expect(allianceDay(new Date('2026-12-15T16:30:00Z'))).toBe('2026-12-16');
    expect(allianceDay(new Date('2026-12-15T15:30:00Z'))).toBe('2026-12-15');
    expect(browserInAllianceZone('Asia/Shanghai')).toBe(true);
    expect(browserInAllianceZone('Europe/London')).toBe(false);
  });
});
