import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Calendar, Card, Grid, Segmented, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { allianceToday, pickerDate } from '@/app/time/alliance-time';
import { entriesOn, markerOn, queryRange, viewRange, type CalendarView } from '../calendar-range';
import { CalendarEntryChip } from '../components/calendar-entry-chip';
import { CalendarWeek, type WeekEntry } from '../components/calendar-week';
import { IcsFeedCard } from '../components/ics-feed-card';

export const CalendarQuery = graphql(`
  query Calendar($from: DateTimeISO!, $to: DateTimeISO!) {
    calendar(from: $from, to: $to) {
      kind
      start
      end
      allDay
      startsOn
      endsOn
      ...CalendarEntryChip_entry
    }
  }
`);

const MAX_IN_CELL = 3;

/** `/calendar?view=month|week&date=YYYY-MM-DD` — assignments due and topic windows; the private ICS feed. */
export function CalendarPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month';
  const dateParam = params.get('date');
  const { zoneNote } = useLocalized();
  // The grid shows calendar dates; "today" is today in alliance time.
  const today = pickerDate(allianceToday());
  const anchor = dateParam && /^\d{4}-\d{2}-\d{2}$/.test(dateParam) && dayjs(dateParam).isValid() ? pickerDate(dateParam) : today;
  const { days } = viewRange(view, anchor);
  const { from, to } = queryRange(days);

  const { data, loading, error, refetch } = useQuery(CalendarQuery, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  const entries: WeekEntry[] = useMemo(
    () => (data?.calendar ?? []).map((entry) => ({
        kind: entry.kind,
        start: entry.start,
        end: entry.end,
        allDay: entry.allDay,
        startsOn: entry.startsOn,
        endsOn: entry.endsOn,
        ref: entry,
      })),
    [data],
  );

  const go = (next: { view?: CalendarView; date?: Dayjs }) => {
    const query = new URLSearchParams(params);
    if (next.view) query.set('view', next.view);
    if (next.date) query.set('date', next.date.format('YYYY-MM-DD'));
    setParams(query, { replace: true });
  };
  const step = (direction: 1 | -1) => go({ date: anchor.add(direction, view === 'month' ? 'month' : 'week') });

  const selectedItems = entriesOn(entries, anchor);
  const title =
    view === 'month'
      ? anchor.format(t('calendar.monthFormat'))
      : t('calendar.weekOf', { start: days[0]?.format(t('calendar.shortDayFormat')), end: days[6]?.format(t('calendar.shortDayFormat')) });

  const cell = (day: Dayjs) => {
    // A month cell names a topic window or an event where it starts and ends (stops: in the week view and the day list).
    const items = entriesOn(entries, day).filter((entry) => markerOn(entry, day) !== 'during' && entry.kind !== 'EVENT_STOP');
    return (
      <div className="calendar-cell">
        {items.slice(0, MAX_IN_CELL).map((item, index) => (
          <CalendarEntryChip key={index} entry={item.ref} day={day} />
        ))}
        {items.length > MAX_IN_CELL && <span className="calendar-more">{t('calendar.more', { count: items.length - MAX_IN_CELL })}</span>}
      </div>
    );
  };

  // On a phone: the small calendar, a dot under days with something on, the chosen day's list below.
  const miniCell = (day: Dayjs) => (
    <div className="ant-picker-cell-inner calendar-mini-cell">
      {day.date()}
      {entriesOn(entries, day).length > 0 && <span className="calendar-mini-dot" aria-hidden />}
    </div>
  );

  return (
    <div className="page stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('calendar.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('calendar.subtitle')}</div>
          {zoneNote && (
            <div className="page-header-sub" data-testid="calendar-zone-note">
              {t('calendar.zoneNote', { zone: zoneNote })}
            </div>
          )}
        </div>
      </div>
      <Card size="small">
        <div className="calendar-toolbar">
          <Space size={4}>
            <Button icon={<LeftOutlined aria-hidden />} aria-label={t('calendar.previous')} onClick={() => step(-1)} />
            <Button onClick={() => go({ date: today })}>{t('calendar.today')}</Button>
            <Button icon={<RightOutlined aria-hidden />} aria-label={t('calendar.next')} onClick={() => step(1)} />
          </Space>
          <strong className="calendar-title" aria-live="polite">
            {title} {loading && <Spin size="small" />}
          </strong>
          <Segmented
            value={view}
            onChange={(value) => go({ view: value === 'week' ? 'week' : 'month' })}
            options={[
              { value: 'month', label: t('calendar.month') },
              { value: 'week', label: t('calendar.week') },
            ]}
          />
        </div>
        {error && !data && (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error, t)}
            action={
              <Button size="small" onClick={() => void refetch()}>
                {t('common.retry')}
              </Button>
            }
            style={{ marginBottom: 12 }}
          />
        )}
        {view === 'month' ? (
          <>
            <Calendar
              fullscreen={!phone}
              value={anchor}
              headerRender={() => null}
              onSelect={(date, info) => {
                if (info.source === 'date') go({ date });
              }}
              cellRender={phone ? undefined : (date, info) => (info.type === 'date' ? cell(date) : info.originNode)}
              fullCellRender={phone ? (date, info) => (info.type === 'date' ? miniCell(date) : info.originNode) : undefined}
            />
            {phone && (
              <div className="calendar-day-list" aria-label={anchor.format(t('calendar.dayFormat'))}>
                <h3 className="section-title">{anchor.format(t('calendar.dayFormat'))}</h3>
                {selectedItems.length === 0 ? (
                  <Typography.Text type="secondary">{t('calendar.nothing')}</Typography.Text>
                ) : (
                  selectedItems.map((item, index) => <CalendarEntryChip key={index} entry={item.ref} day={anchor} withTime />)
                )}
              </div>
            )}
          </>
        ) : (
          <CalendarWeek days={days} entries={entries} today={today} />
        )}
        <div className="calendar-legend">
          <span className="calendar-chip calendar-chip-due">{t('calendar.legendDue')}</span>
          <span className="calendar-chip calendar-chip-start">{t('calendar.legendWindow')}</span>
          <span className="calendar-chip calendar-chip-event">{t('events.calendar.eventDays')}</span>
        </div>
      </Card>
      <IcsFeedCard />
    </div>
  );
}
