import dayjs, { type Dayjs } from 'dayjs';

export type CalendarView = 'month' | 'week';

export interface DatedEntry {
  kind: string;
  start: string;
  end: string;
  /** A span of calendar days (an event's days): placed by `startsOn`..`endsOn`, never by instants. */
  allDay?: boolean;
  startsOn?: string | null;
  endsOn?: string | null;
}

/** Entries at a time of day (an assignment due, an event's stop); the others span days. */
const TIMED = new Set(['ASSIGNMENT_DUE', 'EVENT_STOP']);

function daySpan(entry: DatedEntry): { first: string; last: string } | null {
  return entry.allDay && entry.startsOn && entry.endsOn ? { first: entry.startsOn, last: entry.endsOn } : null;
}

/** The days a view shows: a month as the 6-week grid antd draws, a week as 7 days (first day per locale). */
export function viewRange(view: CalendarView, anchor: Dayjs): { from: Dayjs; to: Dayjs; days: Dayjs[] } {
  const from = view === 'month' ? anchor.startOf('month').startOf('week') : anchor.startOf('week');
  const count = view === 'month' ? 42 : 7;
  const days = Array.from({ length: count }, (_, index) => from.add(index, 'day'));
  return { from, to: from.add(count, 'day'), days };
}

export function isOnDay(entry: DatedEntry, day: Dayjs): boolean {
  const span = daySpan(entry);
  if (span) {
    const date = day.format('YYYY-MM-DD');
    return span.first <= date && date <= span.last;
  }
  const start = dayjs(entry.start);
  const end = dayjs(entry.end);
  return !day.isBefore(start, 'day') && !day.isAfter(end, 'day');
}

export type Marker = 'due' | 'start' | 'end' | 'during' | 'single';

/** How an entry shows on a day: an assignment is due; a topic window starts, ends, runs through, or is one day. */
export function markerOn(entry: DatedEntry, day: Dayjs): Marker {
  if (TIMED.has(entry.kind)) return 'due';
  const span = daySpan(entry);
  const date = day.format('YYYY-MM-DD');
  const starts = span ? span.first === date : day.isSame(dayjs(entry.start), 'day');
  const ends = span ? span.last === date : day.isSame(dayjs(entry.end), 'day');
  if (starts && ends) return 'single';
  if (starts) return 'start';
  if (ends) return 'end';
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
