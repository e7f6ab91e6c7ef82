/** Calendar days (YYYY-MM-DD) and alliance wall-clock times ("HH:MM") of events, never turned into instants. */

const ALLIANCE_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC']);

/** Whether the browser keeps alliance time already (then times need no 北京时间 label). */
export function browserInAllianceZone(zone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): boolean {
  return ALLIANCE_ZONES.has(zone);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayParts(day: string): { year: number; month: number; date: number } {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a calendar day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
}

/** "12月16日" / "16 Dec" (with the year when it differs from `currentYear`). */
export function formatDay(day: string, english: boolean, currentYear?: number): string {
  const { year, month, date } = dayParts(day);
  const withYear = currentYear !== undefined && currentYear !== year;
  if (english) {
    const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    return `${date} ${name}${withYear ? ` ${year}` : ''}`;
  }
  return `${withYear ? `${year}年` : ''}${month}月${date}日`;
}

/** The weekday of a calendar day, by the day itself (no zone involved). */
export function weekday(day: string, english: boolean): string {
  const { year, month, date } = dayParts(day);
  const index = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return english ? (['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][index] ?? '') : `周${'日一二三四五六'.charAt(index)}`;
}

/** Every day from `first` to `last`, both included (empty when `last` comes first). */
export function daysBetween(first: string, last: string): string[] {
  const start = dayParts(first);
  const end = dayParts(last);
  const days: string[] = [];
  const cursor = new Date(Date.UTC(start.year, start.month - 1, start.date));
  const stop = Date.UTC(end.year, end.month - 1, end.date);
  while (cursor.getTime() <= stop && days.length <= 366) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** The alliance calendar day of an instant. */
export function allianceDay(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
