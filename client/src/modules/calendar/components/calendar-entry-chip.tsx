import { allianceClockOf } from '@yah/shared';
import { Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { markerOn } from '../calendar-range';

export const CalendarEntryFragment = graphql(`
  fragment CalendarEntryChip_entry on CalendarEntry {
    kind
    start
    end
    title
    eventId
    allDay
    startsOn
    endsOn
    place
    topic {
      id
      title
      state
    }
    assignment {
      id
      format
    }
  }
`);

/** One entry on a calendar day, linking to its topic (at the assignment). */
export function CalendarEntryChip({ entry: ref, day, withTime }: { entry: FragmentType<typeof CalendarEntryFragment>; day: Dayjs; withTime?: boolean }) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useLocalized();
  const entry = getFragmentData(CalendarEntryFragment, ref);
  const marker = markerOn(entry, day);
  const topic = entry.topic;
  // Event entries (no topic) open the event.
  const to = !topic ? `/events/${entry.eventId}` : entry.assignment ? `/topics/${topic.id}#assignment-${entry.assignment.id}` : `/topics/${topic.id}`;
  const eventEntry = entry.kind === 'EVENT_DAYS' || entry.kind === 'EVENT_STOP';
  const prefix = entry.kind === 'EVENT_STOP' ? t('events.calendar.eventStop') : entry.kind === 'EVENT_DAYS' ? t('events.calendar.eventDays') : t(`calendar.marker.${marker}`);
  // Stops and deadlines are at an alliance wall-clock time, whatever the browser's zone (the page says so outside it).
  const clock = allianceClockOf(entry.start);
  const stop = entry.kind === 'EVENT_STOP';
  const time = stop || (marker === 'due' && withTime) ? `${clock} ` : '';
  // A window or an event's days: the calendar dates themselves, the last one included.
  const firstDay = entry.startsOn ?? entry.start;
  const lastDay = entry.endsOn ?? entry.end;
  const tooltip = eventEntry
    ? [entry.title, stop ? `${clock} ${t('events.beijingTime')}` : '', entry.place ?? ''].filter(Boolean).join(' · ')
    : marker === 'due'
      ? [t('calendar.dueTooltip', { title: entry.title, topic: topic?.title ?? '', time: formatDateTime(entry.start) }), entry.place ?? ''].filter(Boolean).join(' · ')
      : t('calendar.windowTooltip', { title: topic?.title ?? entry.title, start: formatDate(firstDay), end: formatDate(lastDay) });

  return (
    <Tooltip title={tooltip}>
      <Link to={to} className={`calendar-chip calendar-chip-${eventEntry ? 'event' : marker}`} data-testid="calendar-entry">
        <span className="calendar-chip-prefix">{prefix}</span>
        {time}
        {entry.title}
      </Link>
    </Tooltip>
  );
}
