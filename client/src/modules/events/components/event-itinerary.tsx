import { EnvironmentOutlined } from '@ant-design/icons';
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { browserInAllianceZone, formatCalendarDate, weekdayName } from '@/app/time/alliance-time';
import { mapAppUrl, type MapPoint } from '../map-links';
import { StopsMap } from './stops-map';

export interface ItineraryStop {
  id: string;
  startsAt: string;
  endsAt?: string | null;
  place: string;
  latitude?: number | null;
  longitude?: number | null;
  activity: string;
  leader?: string | null;
  checkedInCount?: number;
}

export interface ItineraryDay {
  date: string;
  stops: readonly ItineraryStop[];
}

export interface EventItineraryProps {
  days: readonly ItineraryDay[];
  /** Shows each stop's check-in count (host staff). */
  showCheckIns?: boolean;
  /** The browser's zone (for tests); the real one by default. */
  timeZone?: string;
}

/** The itinerary: one timeline per day, stops in time order, and a sketch of where they are. */
export function EventItinerary({ days, showCheckIns = false, timeZone }: EventItineraryProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const labelTimes = !browserInAllianceZone(timeZone);
  const stops = days.flatMap((day) => day.stops);
  if (stops.length === 0) return <Empty description={t('events.itinerary.empty')} />;
  const points: MapPoint[] = stops
    .filter((stop) => stop.latitude != null && stop.longitude != null)
    .map((stop) => ({ id: stop.id, label: stop.place, latitude: stop.latitude as number, longitude: stop.longitude as number }));
  const number = new Map(points.map((point, index) => [point.id, index + 1]));
  return (
    <div className="event-itinerary" data-testid="event-itinerary">
      <div className="event-itinerary-days">
        {labelTimes && (
          <Typography.Paragraph type="secondary" data-testid="itinerary-zone">
            {t('events.itinerary.timeLabel')}
          </Typography.Paragraph>
        )}
        {days.map((day, dayIndex) => (
          <section key={day.date} className="event-itinerary-day" aria-labelledby={`itinerary-day-${day.date}`}>
            <Typography.Title level={5} id={`itinerary-day-${day.date}`}>
              {t('events.itinerary.day', { n: dayIndex + 1 })} · {formatCalendarDate(day.date, english)} {weekdayName(day.date, english)}
            </Typography.Title>
            {day.stops.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('events.itinerary.dayEmpty')}</Typography.Paragraph>
            ) : (
              <Timeline
                items={day.stops.map((stop) => ({
                  key: stop.id,
                  content: (
                    <div className="event-stop" data-testid="event-stop">
                      <div className="event-stop-time">
                        <strong>
                          {stop.startsAt}
                          {stop.endsAt ? `–${stop.endsAt}` : ''}
                        </strong>
                        {labelTimes && <Typography.Text type="secondary"> {t('events.beijingTime')}</Typography.Text>}
                      </div>
                      <div className="event-stop-activity">{stop.activity}</div>
                      <div className="event-stop-place">
                        {number.has(stop.id) && <Tag color="blue">{number.get(stop.id)}</Tag>}
                        <span>{stop.place}</span>
                        {stop.latitude != null && stop.longitude != null && (
                          <a
                            href={mapAppUrl(stop.latitude, stop.longitude, stop.place)}
                            target="_blank"
                            rel="noreferrer"
                            aria-label={t('events.itinerary.openMapAria', { place: stop.place })}
                            className="event-stop-map-link"
                          >
                            <EnvironmentOutlined aria-hidden /> {t('events.itinerary.openMap')}
                          </a>
                        )}
                      </div>
                      {stop.leader && <Typography.Text type="secondary">{t('events.itinerary.leader', { name: stop.leader })}</Typography.Text>}
                      {showCheckIns && stop.checkedInCount !== undefined && (
                        <div>
                          <Tag>{t('events.itinerary.checkedIn', { count: stop.checkedInCount })}</Tag>
                        </div>
                      )}
                    </div>
                  ),
                }))}
              />
            )}
          </section>
        ))}
      </div>
      <div className="event-itinerary-map">
        <StopsMap points={points} />
      </div>
    </div>
  );
}
