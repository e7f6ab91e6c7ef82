import { CalendarOutlined, CheckCircleFilled, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { eventDates } from '../event-dates';
import { EventPhaseTag } from './event-phase-tag';

export const EventCardFragment = graphql(`
  fragment EventCard_event on Event {
    id
    kind
    title
    startsOn
    endsOn
    place
    phase
    capacity
    placesTaken
    viewerMemberPlaces
    host {
      id
      nameZh
      nameEn
    }
  }
`);

/** One event in the list: dates, place, host, phase, places left, and whether the viewer's member is in. */
export function EventCard({ event: ref }: { event: FragmentType<typeof EventCardFragment> }) {
  const event = getFragmentData(EventCardFragment, ref);
  const { t } = useTranslation();
  const { isEnglish, pick } = useLocalized();
  const left = Math.max(0, event.capacity - event.placesTaken);
  return (
    <Card size="small" className="event-card" data-testid="event-card">
      <Space size={[4, 4]} wrap style={{ marginBottom: 4 }}>
        <EventPhaseTag phase={event.phase} />
        <Tag>{t(`enums.eventKind.${event.kind}`)}</Tag>
        {event.viewerMemberPlaces > 0 && (
          <Tag color="success" icon={<CheckCircleFilled aria-hidden />} data-testid="event-registered">
            {t('events.registered')}
          </Tag>
        )}
      </Space>
      <Typography.Title level={3} style={{ fontSize: 17, margin: '4px 0' }} className="event-card-title">
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </Typography.Title>
      <div className="event-card-meta">
        <span>
          <CalendarOutlined aria-hidden /> {eventDates(t, event.startsOn, event.endsOn, isEnglish)}
        </span>
        <span>
          <EnvironmentOutlined aria-hidden /> {event.place}
        </span>
        <span>
          <TeamOutlined aria-hidden /> {t('events.host', { member: pick(event.host.nameZh, event.host.nameEn) })}
        </span>
      </div>
      {event.phase !== 'CANCELLED' && event.phase !== 'DRAFT' && (
        <div className="event-card-places">
          <Progress
            percent={Math.round((event.placesTaken / Math.max(1, event.capacity)) * 100)}
            showInfo={false}
            size="small"
            status={left === 0 ? 'exception' : 'normal'}
            aria-hidden
          />
          <Typography.Text type={left === 0 ? 'danger' : 'secondary'} style={{ fontSize: 13 }} data-testid="event-places">
            {left === 0 ? t('events.placesFull', { total: event.capacity }) : t('events.placesLeft', { left, total: event.capacity })}
          </Typography.Text>
        </div>
      )}
    </Card>
  );
}
