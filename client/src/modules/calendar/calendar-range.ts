import dayjs, { type Dayjs } from 'dayjs';

export type CalendarView = 'month' | 'week';

export interface DatedEntry {
  kind: string;
  start: string;
  end: string;
}

/** The days a view shows: a month as the 6-week grid antd draws, a week as 7 days (first day per locale). */
export function viewRange(view: CalendarView, anchor: Dayjs): { from: Dayjs; to: Dayjs; days: Dayjs[] } {
  const from = view === 'month' ? anchor.startOf('month').startOf('week') : anchor.startOf('week');
  const count = view === 'month' ? 42 : 7;
  const days = Array.from({ length: count }, (_, index) => from.add(index, 'day'));
  return { from, to: from.add(count, 'day'), days };
}

export function isOnDay(entry: DatedEntry, day: Dayjs): boolean {
  const start = dayjs(entry.start);
  const end = dayjs(entry.end);
  return !day.isBefore(start, 'day') && !day.isAfter(end, 'day');
}

export type Marker = 'due' | 'start' | 'end' | 'during' | 'single';

/** How an entry shows on a day: an assignment is due; a topic window starts, ends, runs through, or is one day. */
export function markerOn(entry: DatedEntry, day: Dayjs): Marker {
  if (entry.kind === 'ASSIGNMENT_DUE') return 'due';
  const starts = day.isSame(dayjs(entry.start), 'day');
  const ends = day.isSame(dayjs(entry.end), 'day');
  if (starts && ends) return 'single';
  if (starts) return 'start';
  if (ends) return 'end';
  return 'during';
}

/** Entries of a day: due assignments first (by time), then topic windows. */
export function entriesOn<T extends DatedEntry>(entries: readonly T[], day: Dayjs): T[] {
  return entries
    .filter((entry) => isOnDay(entry, day))
    .sort((a, b) => {
      if (a.kind !== b.kind) return a.kind === 'ASSIGNMENT_DUE' ? -1 : 1;
      return a.start.localeCompare(b.start);
    });
}
