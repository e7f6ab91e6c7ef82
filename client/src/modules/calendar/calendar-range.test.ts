import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entriesOn, isOnDay, markerOn, queryRange, viewRange, type DatedEntry } from './calendar-range';

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

// The Jingzhou trip's coverage window, Dec 16–19, as the server sends it; a window ending on New Year's Eve; a deadline
// at 10:00 北京时间 on Dec 18 (02:00 UTC; Dec 17 in Los Angeles).
const TRIP_WINDOW: DatedEntry = { kind: 'TOPIC_WINDOW', start: '2026-12-15T16:00:00.000Z', end: '2026-12-19T16:00:00.000Z', allDay: true, startsOn: '2026-12-16', endsOn: '2026-12-19' };
const YEAR_END: DatedEntry = { kind: 'TOPIC_WINDOW', start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z', allDay: true, startsOn: '2026-12-01', endsOn: '2026-12-31' };
const DUE: DatedEntry = { kind: 'ASSIGNMENT_DUE', start: '2026-12-18T02:00:00.000Z', end: '2026-12-18T03:00:00.000Z' };

describe.each(['Asia/Shanghai', 'America/Los_Angeles'])('calendar dates in a browser in %s', (zone) => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('starts and ends a window on its own dates', () => {
    expect(isOnDay(TRIP_WINDOW, dayjs('2026-12-15'))).toBe(false);
    expect(markerOn(TRIP_WINDOW, dayjs('2026-12-16'))).toBe('start');
    expect(markerOn(TRIP_WINDOW, dayjs('2026-12-19'))).toBe('end');
    expect(isOnDay(TRIP_WINDOW, dayjs('2026-12-20'))).toBe(false);
    expect(markerOn(YEAR_END, dayjs('2026-12-31'))).toBe('end');
    expect(isOnDay(YEAR_END, dayjs('2027-01-01'))).toBe(false);
  });

  it('puts a deadline on its Beijing date', () => {
    expect(isOnDay(DUE, dayjs('2026-12-17'))).toBe(false);
    expect(isOnDay(DUE, dayjs('2026-12-18'))).toBe(true);
  });

  it('asks for whole Beijing days', () => {
    const { days } = viewRange('month', dayjs('2026-12-16'));
    expect(days).toHaveLength(42);
    expect(queryRange([dayjs('2026-12-14'), dayjs('2026-12-20')])).toEqual({ from: '2026-12-13T16:00:00.000Z', to: '2026-12-20T16:00:00.000Z' });
  });
});
