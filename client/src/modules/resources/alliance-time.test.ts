import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { allianceInstant, alliancePickerValue, formatAllianceTime } from './alliance-time';

describe('alliance time', () => {
  it('reads a picked 08:00 as 08:00 in Beijing, whatever the browser zone', () => {
    expect(allianceInstant(dayjs('2026-12-18T08:00'))).toBe('2026-12-18T00:00:00.000Z');
    // Just after midnight in Beijing is still the day before in UTC.
    expect(allianceInstant(dayjs('2026-12-18T00:30'))).toBe('2026-12-17T16:30:00.000Z');
  });

  it('shows an instant with its Beijing wall-clock time, and round-trips through the picker', () => {
    const iso = '2026-12-18T00:00:00.000Z';
    expect(formatAllianceTime(iso, false, new Date('2026-11-30T00:00:00Z'))).toBe('12月18日 08:00');
    expect(formatAllianceTime(iso, true, new Date('2026-11-30T00:00:00Z'))).toBe('18 Dec 08:00');
    expect(formatAllianceTime(iso, false, new Date('2027-01-05T00:00:00Z'))).toBe('2026年12月18日 08:00');
    expect(allianceInstant(alliancePickerValue(iso))).toBe(iso);
  });
});
