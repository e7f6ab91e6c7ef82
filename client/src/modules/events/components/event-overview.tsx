import { UnorderedListOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, List, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventPage_EventFragment } from '@/__generated__/graphql';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { RoundStatusTag } from '@/modules/innovation/components/round-status-tag';
import { offeredTopicActions } from '@/modules/topics/topic-actions';

/** 概况: what it is, places taken and left, the waiting list, who is invited, materials, linked topics and the innovation lists it presents. */
export function EventOverview({ event }: { event: EventPage_EventFragment }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const left = Math.max(0, event.capacity - event.placesTaken);
  // A trip's linked topics take their assignments from the itinerary in one go (for editors who may add them).
  const fromItinerary = event.kind === 'TRIP' && event.days.some((day) => day.stops.length > 0);
  return (
    <div className="stack">
      <div className="event-stats" data-testid="event-stats">
        <Card size="small" data-testid="places-taken">
          <Statistic title={t('events.overview.placesTaken')} value={event.placesTaken} suffix={`/ ${event.capacity}`} />
        </Card>
        <Card size="small">
          <Statistic title={t('events.overview.placesLeft')} value={left} />
        </Card>
        <Card size="small">
          <Statistic title={t('events.overview.waitlist')} value={event.waitlistCount} />
        </Card>
        <Card size="small">
          <Statistic title={t('events.overview.placesPerMember')} value={event.placesPerMember} />
        </Card>
      </div>
      <Card size="small" title={t('events.overview.description')}>
        {event.description ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{event.description}</Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('events.overview.noDescription')}</Typography.Text>
        )}
      </Card>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('events.overview.invited')}>
          {event.invitesAllMembers
            ? t('events.overview.invitedAll')
            : `${t('events.overview.invitedSome', { count: event.invitedMembers.length })}：${event.invitedMembers
                .map((member) => pick(member.nameZh, member.nameEn))
                .join(pick('、', ', '))}`}
        </Descriptions.Item>
        {event.latitude != null && event.longitude != null && (
          <Descriptions.Item label={t('events.overview.coordinates')}>
            {event.latitude.toFixed(4)}, {event.longitude.toFixed(4)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <div className="event-two-columns">
        <Card size="small" title={t('events.overview.materials')}>
          {event.materials.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.overview.noMaterials')} />
          ) : (
            <List
              size="small"
              dataSource={event.materials}
              renderItem={(resource) => (
                <List.Item key={resource.id}>
                  <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card size="small" title={t('events.overview.topics')}>
          {event.topics.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.overview.noTopics')} />
          ) : (
            <List
              size="small"
              dataSource={event.topics}
              renderItem={(topic) => (
                <List.Item
                  key={topic.id}
                  actions={
                    fromItinerary && offeredTopicActions(topic.state, topic.viewerActions).includes('ADD_ASSIGNMENT')
                      ? [
                          <LinkButton key="bulk" size="small" icon={<UnorderedListOutlined aria-hidden />} to={`/events/${event.id}/assignments/${topic.id}`}>
                            {t('bulkAssignments.open')}
                          </LinkButton>,
                        ]
                      : undefined
                  }
                >
                  <Link to={`/topics/${topic.id}`}>{topic.title}</Link>
                </List.Item>
              )}
            />
          )}
        </Card>
      </div>
      {event.presentedRounds.length > 0 && (
        <Card size="small" title={t('events.overview.innovation')}>
          <List
            size="small"
            dataSource={event.presentedRounds}
            renderItem={(round) => (
              <List.Item key={round.id}>
                <Link to={`/innovation/rounds/${round.id}`}>{round.title}</Link>
                <RoundStatusTag status={round.status} />
              </List.Item>
            )}
          />
        </Card>
      )}
    </div>
  );
}
