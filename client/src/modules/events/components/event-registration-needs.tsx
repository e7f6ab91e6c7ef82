import { useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { NeedsCard } from '@/modules/home/components/needs-card';
import { eventDates } from '../event-dates';

export const EventRegistrationNeedsQuery = graphql(`
  query EventRegistrationNeeds {
    events(filter: { when: UPCOMING }, first: 20) {
      nodes {
        id
        title
        startsOn
        endsOn
        phase
        viewerInvited
        viewerMemberPlaces
        capacity
        placesTaken
      }
    }
  }
`);

/**
 * Home, for invited members' editors and chief editors: upcoming events open for registration, with places left and
 * whether their member is in. Nothing at all when no event is open to them.
 */
export function EventRegistrationNeeds() {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const { data } = useQuery(EventRegistrationNeedsQuery, { fetchPolicy: 'cache-and-network' });
  const open = (data?.events.nodes ?? []).filter((event) => event.phase === 'REGISTRATION_OPEN' && event.viewerInvited);
  if (open.length === 0) return null;
  return (
    <NeedsCard
      testId="event-registration-needs"
      title={t('events.home.title')}
      count={open.length}
      loading={false}
      empty={t('events.home.empty')}
      more={{ to: '/events', label: t('events.home.all') }}
    >
      <ul className="plain-list">
        {open.slice(0, 5).map((event) => {
          const left = Math.max(0, event.capacity - event.placesTaken);
          return (
            <li key={event.id} className="recent-row">
              <span>
                <Link to={`/events/${event.id}?tab=registration`}>{event.title}</Link>{' '}
                <span className="muted">{eventDates(t, event.startsOn, event.endsOn, isEnglish)}</span>
              </span>
              {event.viewerMemberPlaces > 0 ? (
                <Tag color="success">{t('events.registered')}</Tag>
              ) : (
                <Tag color={left === 0 ? 'red' : 'green'}>
                  {left === 0 ? t('events.placesFull', { total: event.capacity }) : t('events.placesLeft', { left, total: event.capacity })}
                </Tag>
              )}
            </li>
          );
        })}
      </ul>
    </NeedsCard>
  );
}
