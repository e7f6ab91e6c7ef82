import { allianceParts } from '@/modules/resources/alliance-time';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026年1月5日 10:00" / "5 Jan 2026 10:00": an instant in alliance time, always with its year (a charter outlives a year). */
export function formatAllianceDateTime(iso: string, english: boolean): string {
  const { year, month, day, hour, minute } = allianceParts(iso);
  const time = `${pad(hour)}:${pad(minute)}`;
  if (english) {
    const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    return `${day} ${name} ${year} ${time}`;
  }
  return `${year}年${month}月${day}日 ${time}`;
}
