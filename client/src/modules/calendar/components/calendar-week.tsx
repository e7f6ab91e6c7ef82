import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '@/__generated__';
import { entriesOn, type DatedEntry } from '../calendar-range';
import { CalendarEntryChip, type CalendarEntryFragment } from './calendar-entry-chip';

export interface WeekEntry extends DatedEntry {
  ref: FragmentType<typeof CalendarEntryFragment>;
}

/** Seven columns (calendar dates; `today` is today in alliance time) (one under another on a phone), each day's due assignments and running topics. */
export function CalendarWeek({ days, entries, today }: { days: Dayjs[]; entries: readonly WeekEntry[]; today: Dayjs }) {
  const { t } = useTranslation();
  return (
    <div className="calendar-week" data-testid="calendar-week">
      {days.map((day) => {
        const items = entriesOn(entries, day);
        return (
          <section
            key={day.format('YYYY-MM-DD')}
            data-day={day.format('YYYY-MM-DD')}
            className={`calendar-week-day${day.isSame(today, 'day') ? ' today' : ''}`}
            aria-label={day.format(t('calendar.dayFormat'))}
          >
            <h3 className="calendar-week-head">
              <span>{day.format('dd')}</span> <strong>{day.format(t('calendar.shortDayFormat'))}</strong>
            </h3>
            {items.length === 0 ? (
              <div className="calendar-week-empty">{t('calendar.nothing')}</div>
            ) : (
              items.map((item, index) => <CalendarEntryChip key={index} entry={item.ref} day={day} withTime />)
            )}
          </section>
        );
      })}
    </div>
  );
}
