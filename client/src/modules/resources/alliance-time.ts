import dayjs, { type Dayjs } from 'dayjs';

/** Alliance time is Asia/Shanghai: China keeps UTC+8 all year (no summer time), so alliance wall-clock time is a fixed shift from UTC. */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** The wall-clock parts of an instant in alliance time, whatever the browser's zone. */
export function allianceParts(iso: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const shifted = new Date(new Date(iso).getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/**
 * A picker's value read as alliance wall-clock time (the picker shows 北京时间): the instant it names, as ISO.
 * The browser's own zone plays no part — an editor in London who picks 08:00 means 08:00 in Beijing.
 */
export function allianceInstant(picked: Dayjs): string {
  const utc = Date.UTC(picked.year(), picked.month(), picked.date(), picked.hour(), picked.minute());
  return new Date(utc - OFFSET_MS).toISOString();
}

/** The reverse of `allianceInstant`: a picker value showing the instant's alliance wall-clock time. */
export function alliancePickerValue(iso: string): Dayjs {
  const parts = allianceParts(iso);
  return dayjs(new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "12月18日 08:00" / "18 Dec 08:00" in alliance time (the year only when it is not the current alliance year). */
export function formatAllianceTime(iso: string, english: boolean, now: Date = new Date()): string {
  const parts = allianceParts(iso);
  const sameYear = parts.year === allianceParts(now.toISOString()).year;
  const time = `${pad(parts.hour)}:${pad(parts.minute)}`;
  if (english) {
    const month = new Date(Date.UTC(2000, parts.month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    return `${parts.day} ${month}${sameYear ? '' : ` ${parts.year}`} ${time}`;
  }
  return `${sameYear ? '' : `${parts.year}年`}${parts.month}月${parts.day}日 ${time}`;
}
