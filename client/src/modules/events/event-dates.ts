import type { TFunction } from 'i18next';
import { allianceYear, formatCalendarDate, weekdayName } from '@/app/time/alliance-time';

/** "12月16日 至 12月19日" / "16 Dec – 19 Dec", one day alone when the event lasts one day. */
export function eventDates(t: TFunction, startsOn: string, endsOn: string, english: boolean): string {
  const year = allianceYear();
  if (startsOn === endsOn) return `${formatCalendarDate(startsOn, english, year)} ${weekdayName(startsOn, english)}`;
  return t('events.dates', { start: formatCalendarDate(startsOn, english, year), end: formatCalendarDate(endsOn, english, year) });
}
