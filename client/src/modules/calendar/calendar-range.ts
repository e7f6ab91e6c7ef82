import { allianceDayOf } from '@yah/shared';
import type { Dayjs } from 'dayjs';
import { allianceDaysRange, dateOfPicker } from '@/app/time/alliance-time';

export type CalendarView = 'month' | 'week';

export interface DatedEntry {
  kind: string;
  /** Instants (a due time, a stop); for all-day entries alliance midnight of the first day and of the day after the last. */
  start: string;
  end: string;
  /** A span of calendar days (a topic window, an event's days): placed by `startsOn`..`endsOn`, never by instants. */
  allDay?: boolean;
  startsOn?: string | null;
  endsOn?: string | null;
}

/** Entries at a time of day (an assignment due, an event's stop); the others span days. */
const TIMED = new Set(['ASSIGNMENT_DUE', 'EVENT_STOP']);

/**
 * The calendar dates an entry covers, both included: a span by its own dates; a timed entry on the alliance date of
 * its start (a deadline at 10:00 北京时间 on Dec 18 is on Dec 18, whatever the browser's zone).
 */
export function entryDays(entry: DatedEntry): { first: string; last: string } {
  if (entry.allDay && entry.startsOn && entry.endsOn) return { first: entry.startsOn, last: entry.endsOn };
  const first = allianceDayOf(entry.start);
  if (TIMED.has(entry.kind)) return { first, last: first };
  // A span given only as instants: its end is exclusive.
  const last = allianceDayOf(new Date(new Date(entry.end).getTime() - 1));
  return { first, last: last < first ? first : last };
}

/** The days a view shows: a month as the 6-week grid antd draws, a week as 7 days (first day per locale). */
export function viewRange(view: CalendarView, anchor: Dayjs): { from: Dayjs; to: Dayjs; days: Dayjs[] } {
  const from = view === 'month' ? anchor.startOf('month').startOf('week') : anchor.startOf('week');
  const count = view === 'month' ? 42 : 7;
  const days = Array.from({ length: count }, (_, index) => from.add(index, 'day'));
  return { from, to: from.add(count, 'day'), days };
}

/** The instants to ask the server for: the alliance days a view shows, whole (00:00 北京时间 to 00:00 after the last). */
export function queryRange(days: readonly Dayjs[]): { from: string; to: string } {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error('a view shows at least one day');
  return allianceDaysRange(dateOfPicker(first), dateOfPicker(last));
}

/** `day` is a calendar date as the grid draws it (a dayjs in the browser's zone whose date is the date meant). */
export function isOnDay(entry: DatedEntry, day: Dayjs): boolean {
  const { first, last } = entryDays(entry);
  const date = dateOfPicker(day);
  return first <= date && date <= last;
}

export type Marker = 'due' | 'start' | 'end' | 'during' | 'single';

/** How an entry shows on a day: an assignment is due; a topic window starts, ends, runs through, or is one day. */
export function markerOn(entry: DatedEntry, day: Dayjs): Marker {
  if (TIMED.has(entry.kind)) return 'due';
  const { first, last } = entryDays(entry);
  const date = dateOfPicker(day);
  if (first === date && last === date) return 'single';
  if (first === date) return 'start';
  if (last === date) return 'end';
  return 'during';
}

/** Entries of a day: timed ones first (by time), then spans (topic windows, event days). */
export function entriesOn<T extends DatedEntry>(entries: readonly T[], day: Dayjs): T[] {
  return entries
    .filter((entry) => isOnDay(entry, day))
    .sort((a, b) => {
      if (TIMED.has(a.kind) !== TIMED.has(b.kind)) return TIMED.has(a.kind) ? -1 : 1;
      return a.start.localeCompare(b.start);
    });
}
