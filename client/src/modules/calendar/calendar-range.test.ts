import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { entriesOn, isOnDay, markerOn, type DatedEntry } from './calendar-range';

// An event's days in alliance time: the instants would fall on the day before in a zone west of China.
const DAYS: DatedEntry = {
  kind: 'EVENT_DAYS',
  start: '2026-12-15T16:00:00.000Z',
  end: '2026-12-19T15:59:59.999Z',
  allDay: true,
  startsOn: '2026-12-16',
  endsOn: '2026-12-19',
};
const STOP: DatedEntry = { kind: 'EVENT_STOP', start: '2026-12-16T01:00:00.000Z', end: '2026-12-16T03:30:00.000Z' };

describe('calendar entries of events', () => {
  it('places event days by their calendar dates, not by instants', () => {
    expect(isOnDay(DAYS, dayjs('2026-12-15'))).toBe(false);
    expect(isOnDay(DAYS, dayjs('2026-12-16'))).toBe(true);
    expect(isOnDay(DAYS, dayjs('2026-12-19'))).toBe(true);
    expect(isOnDay(DAYS, dayjs('2026-12-20'))).toBe(false);
    expect(markerOn(DAYS, dayjs('2026-12-16'))).toBe('start');
    expect(markerOn(DAYS, dayjs('2026-12-17'))).toBe('during');
    expect(markerOn(DAYS, dayjs('2026-12-19'))).toBe('end');
  });

  it('shows stops as timed entries, before the spans of the day', () => {
    expect(markerOn(STOP, dayjs('2026-12-16'))).toBe('due');
    expect(entriesOn([DAYS, STOP], dayjs('2026-12-16T12:00:00')).map((entry) => entry.kind)).toEqual(['EVENT_STOP', 'EVENT_DAYS']);
  });
});
