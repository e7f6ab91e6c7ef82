import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allianceDateOf,
  allianceDaysRange,
  allianceInstant,
  alliancePickerValue,
  allianceToday,
  browserInAllianceZone,
  daysBetween,
  formatAllianceDateTime,
  formatAllianceTime,
  formatCalendarDate,
  formatWithPattern,
  pickerDate,
  weekdayName,
} from './alliance-time';

// Every case runs as in a browser in China and in one west of it (where the day before starts 16 hours earlier).
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London'];

describe.each(ZONES)('alliance time in a browser in %s', (zone) => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('keeps calendar dates the dates they are', () => {
    expect(pickerDate('2026-12-16').format('YYYY-MM-DD')).toBe('2026-12-16');
    expect(formatWithPattern('2026-12-19', 'YYYY年M月D日')).toBe('2026年12月19日');
    expect(formatWithPattern('2026-12-31', 'D/M/YYYY')).toBe('31/12/2026');
    expect(formatWithPattern('2026-12-31', 'MMM D, YYYY', true)).toBe('Dec 31, 2026');
    expect(formatCalendarDate('2026-12-16', false)).toBe('12月16日');
    expect(formatCalendarDate('2026-12-16', true)).toBe('16 Dec');
    expect(formatCalendarDate('2027-01-02', false, 2026)).toBe('2027年1月2日');
    expect(weekdayName('2026-12-16', false)).toBe('周三');
    expect(weekdayName('2026-12-16', true)).toBe('Wed');
    expect(allianceDateOf('2026-12-16')).toBe('2026-12-16');
  });

  it('shows instants at their Beijing wall-clock time and date', () => {
    // Dec 18, 02:00 UTC is 10:00 in Beijing (and Dec 17, 18:00 in Los Angeles).
    expect(formatWithPattern('2026-12-18T02:00:00.000Z', 'YYYY-MM-DD HH:mm')).toBe('2026-12-18 10:00');
    expect(formatWithPattern('2026-12-18T02:00:00.000Z', 'YYYY年M月D日 HH:mm')).toBe('2026年12月18日 10:00');
    expect(formatWithPattern('2026-12-18T02:00:00.000Z', 'MMM D, YYYY HH:mm', true)).toBe('Dec 18, 2026 10:00');
    // Just after midnight in Beijing is still the day before in UTC and in America.
    expect(allianceDateOf('2026-12-15T16:30:00.000Z')).toBe('2026-12-16');
    expect(allianceToday(new Date('2026-12-15T15:30:00Z'))).toBe('2026-12-15');
    expect(formatAllianceTime('2026-12-18T00:00:00.000Z', false, new Date('2026-11-30T00:00:00Z'))).toBe('12月18日 08:00');
    expect(formatAllianceTime('2026-12-18T00:00:00.000Z', true, new Date('2026-11-30T00:00:00Z'))).toBe('18 Dec 08:00');
    expect(formatAllianceTime('2026-12-18T00:00:00.000Z', false, new Date('2027-01-05T00:00:00Z'))).toBe('2026年12月18日 08:00');
    expect(formatAllianceDateTime('2026-01-05T02:00:00.000Z', true)).toBe('5 Jan 2026 10:00');
  });

  it('reads a picked 18:00 as 18:00 in Beijing, and round-trips through the picker', () => {
    expect(allianceInstant(dayjs(new Date(2026, 11, 18, 18, 0)))).toBe('2026-12-18T10:00:00.000Z');
    expect(allianceInstant(dayjs(new Date(2026, 11, 18, 0, 30)))).toBe('2026-12-17T16:30:00.000Z');
    const picked = alliancePickerValue('2026-12-18T10:00:00.000Z');
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2026-12-18 18:00');
    expect(allianceInstant(picked)).toBe('2026-12-18T10:00:00.000Z');
    expect(allianceInstant(alliancePickerValue('2026-12-18T10:00:42.123Z'))).toBe('2026-12-18T10:00:42.123Z');
  });

  it('bounds whole alliance days for queries, and lists days across a month end', () => {
    expect(allianceDaysRange('2026-12-16', '2026-12-19')).toEqual({ from: '2026-12-15T16:00:00.000Z', to: '2026-12-19T16:00:00.000Z' });
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysBetween('2026-12-16', '2026-12-16')).toEqual(['2026-12-16']);
    expect(daysBetween('2026-12-19', '2026-12-16')).toEqual([]);
  });
});

describe('the browser zone', () => {
  it('knows which zones keep alliance time', () => {
    expect(browserInAllianceZone('Asia/Shanghai')).toBe(true);
    expect(browserInAllianceZone('America/Los_Angeles')).toBe(false);
    expect(browserInAllianceZone('Europe/London')).toBe(false);
  });
});
