/**
 * Alliance time (Asia/Shanghai) and calendar dates, the same on both sides.
 *
 * Two kinds of value, never mixed: a **calendar date** (`YYYY-MM-DD`: a topic window's ends, an event's days, a period's
 * bounds) names a day, whatever the zone of whoever reads it; an **instant** (a deadline, an embargo's end) is a moment,
 * shown as alliance wall-clock time. China keeps UTC+8 all year (no summer time), so alliance time is a fixed shift.
 */

/** Minutes alliance time is ahead of UTC, all year. */
export const ALLIANCE_UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = ALLIANCE_UTC_OFFSET_MINUTES * 60 * 1000;

export interface AllianceWallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The alliance wall-clock parts of an instant (a Date or an ISO string), whatever the zone of the machine. */
export function allianceWallClock(instant: Date | string): AllianceWallClock {
  const shifted = new Date(new Date(instant).getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The instant an alliance wall-clock time names (seconds zero). */
export function instantFromAllianceWallClock(clock: AllianceWallClock): Date {
  return new Date(Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - OFFSET_MS);
}

/** The alliance calendar date (YYYY-MM-DD) an instant falls on. */
export function allianceDayOf(instant: Date | string): string {
  const { year, month, day } = allianceWallClock(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "HH:MM" of an instant in alliance time. */
export function allianceClockOf(instant: Date | string): string {
  const { hour, minute } = allianceWallClock(instant);
  return `${pad(hour)}:${pad(minute)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of a calendar date; throws on anything else. */
export function calendarDateParts(date: string): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The first instant of a calendar date in alliance time (00:00 北京时间). */
export function startOfAllianceDay(date: string): Date {
  const { year, month, day } = calendarDateParts(date);
  return instantFromAllianceWallClock({ year, month, day, hour: 0, minute: 0 });
}

/** The day of the week of a calendar date, 0 = Sunday, by the date itself (no zone involved). */
export function calendarWeekday(date: string): number {
  const { year, month, day } = calendarDateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
