import type { TFunction } from 'i18next';
import { formatDay, weekday } from './event-time';

/** "12月16日 至 12月19日" / "16 Dec – 19 Dec", one day alone when the event lasts one day. */
export function eventDates(t: TFunction, startsOn: string, endsOn: string, english: boolean): string {
  const year = Number(new Date().getFullYear());
  if (startsOn === endsOn) return `${formatDay(startsOn, english, year)} ${weekday(startsOn, english)}`;
  return t('events.dates', { start: formatDay(startsOn, english, year), end: formatDay(endsOn, english, year) });
}
