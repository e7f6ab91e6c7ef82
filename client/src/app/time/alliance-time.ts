import { allianceDayOf, allianceWallClock, calendarDateParts, calendarWeekday, instantFromAllianceWallClock, startOfAllianceDay } from '@yah/shared';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';

/**
 * The client's one set of date helpers. A **calendar date** (`YYYY-MM-DD`: a topic window, an event's days, a period)
 * is shown as the date it is, in every zone; an **instant** (a deadline, an embargo's end, when something happened)
 * is shown in alliance time (北京时间, Asia/Shanghai), labelled when the browser keeps another zone. Pickers show alliance
 * wall-clock time and read what is picked as alliance time: the browser's own zone plays no part.
 */

const ALLIANCE_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi', 'PRC']);

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether the browser keeps alliance time already (then times need no 北京时间 label). */
export function browserInAllianceZone(zone: string = browserTimeZone()): boolean {
  return ALLIANCE_ZONES.has(zone);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a calendar date (YYYY-MM-DD) rather than an instant. */
export const isCalendarDateValue = (value: string) => CALENDAR_DATE.test(value);

/** Today's date in alliance time. */
export function allianceToday(now: Date = new Date()): string {
  return allianceDayOf(now);
}

/** The alliance date of an instant; a calendar date stays what it is. */
export function allianceDateOf(value: string): string {
  return isCalendarDateValue(value) ? value : allianceDayOf(value);
}

/**
 * The instants that bound whole alliance days, for a query "from the first day to the last, both included":
 * 00:00 北京时间 of the first and of the day after the last.
 */
export function allianceDaysRange(firstDay: string, lastDay: string): { from: string; to: string } {
  return { from: startOfAllianceDay(firstDay).toISOString(), to: startOfAllianceDay(addDays(lastDay, 1)).toISOString() };
}

function addDays(day: string, days: number): string {
  const { year, month, day: date } = calendarDateParts(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Every date from `first` to `last`, both included (empty when `last` comes first; at most a year and a day). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length <= 366; day = addDays(day, 1)) days.push(day);
  return days;
}

/* ---------- pickers (antd works with dayjs values in the browser's zone) ---------- */

/** A picker value for a calendar date: that date, whatever the zone. */
export const pickerDate = (date: string): Dayjs => dayjs(date, 'YYYY-MM-DD');

/** The calendar date a date picker shows. */
export const dateOfPicker = (picked: Dayjs): string => picked.format('YYYY-MM-DD');

/**
 * A date-time picker's value read as alliance wall-clock time (the picker shows 北京时间): the instant it names, as ISO.
 * An editor in London who picks 08:00 means 08:00 in Beijing.
 */
export function allianceInstant(picked: Dayjs): string {
  const minute = instantFromAllianceWallClock({ year: picked.year(), month: picked.month() + 1, day: picked.date(), hour: picked.hour(), minute: picked.minute() });
  // Seconds carry over (a "now" picked a moment after something else stays after it).
  return new Date(minute.getTime() + picked.second() * 1000 + picked.millisecond()).toISOString();
}

/** The reverse of `allianceInstant`: a picker value showing the instant's alliance wall-clock time. */
export function alliancePickerValue(iso: string): Dayjs {
  const { year, month, day, hour, minute } = allianceWallClock(iso);
  const instant = new Date(iso);
  return dayjs(new Date(year, month - 1, day, hour, minute, instant.getUTCSeconds(), instant.getUTCMilliseconds()));
}

/** Now, as a picker value in alliance wall-clock time (to compare picked values with). */
export const allianceNowPickerValue = (now: Date = new Date()): Dayjs => alliancePickerValue(now.toISOString());

/* ---------- formatting ---------- */

const pad = (value: number) => String(value).padStart(2, '0');
const monthName = (month: number) => new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });

/** "12月16日" / "16 Dec" (with the year when it differs from `currentYear`): a calendar date. */
export function formatCalendarDate(date: string, english: boolean, currentYear?: number): string {
  const { year, month, day } = calendarDateParts(date);
  const withYear = currentYear !== undefined && currentYear !== year;
  if (english) return `${day} ${monthName(month)}${withYear ? ` ${year}` : ''}`;
  return `${withYear ? `${year}年` : ''}${month}月${day}日`;
}

/** The weekday of a calendar date, by the date itself (no zone involved). */
export function weekdayName(date: string, english: boolean): string {
  const index = calendarWeekday(date);
  return english ? (['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][index] ?? '') : `周${'日一二三四五六'.charAt(index)}`;
}

/** The current alliance year. */
export const allianceYear = (now: Date = new Date()): number => allianceWallClock(now).year;

/** "12月18日 08:00" / "18 Dec 08:00" in alliance time (the year only when it is not the current alliance year). */
export function formatAllianceTime(iso: string, english: boolean, now: Date = new Date()): string {
  const { year, month, day, hour, minute } = allianceWallClock(iso);
  const sameYear = year === allianceYear(now);
  const time = `${pad(hour)}:${pad(minute)}`;
  if (english) return `${day} ${monthName(month)}${sameYear ? '' : ` ${year}`} ${time}`;
  return `${sameYear ? '' : `${year}年`}${month}月${day}日 ${time}`;
}

/** "2026年1月5日 10:00" / "5 Jan 2026 10:00": an instant in alliance time, always with its year. */
export function formatAllianceDateTime(iso: string, english: boolean): string {
  const { year, month, day, hour, minute } = allianceWallClock(iso);
  const time = `${pad(hour)}:${pad(minute)}`;
  if (english) return `${day} ${monthName(month)} ${year} ${time}`;
  return `${year}年${month}月${day}日 ${time}`;
}

/**
 * A value formatted with a dayjs pattern (the dictionary's `format.date` / `format.dateTime`): a calendar date as
 * itself, an instant at its alliance wall-clock time. The language is given, not read from dayjs's global setting
 * (which follows a language switch only after the first render in the new language).
 */
export function formatWithPattern(value: string, pattern: string, english = false): string {
  const shown = isCalendarDateValue(value) ? pickerDate(value) : alliancePickerValue(value);
  return shown.locale(english ? 'en' : 'zh-cn').format(pattern);
}
