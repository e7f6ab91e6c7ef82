import { useQuery } from '@apollo/client/react';
import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import '../announcements.css';

/** How many unread announcements the home page names (the rest are counted, one click away). */
const SHOWN = 3;

export const UnreadAnnouncementsQuery = graphql(`
  query UnreadAnnouncements($first: Int) {
    announcements(unreadOnly: true, first: $first) {
      unreadCount
      nodes {
        id
        title
        important
        postedAt
      }
    }
  }
`);

/**
 * Home, for members' staff: the unread announcements (important ones first, then the newest), at most three, and how
 * many there are. Nothing at all when every announcement has been read.
 */
export function UnreadAnnouncements() {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();
  const { data } = useQuery(UnreadAnnouncementsQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const unread = data?.announcements.nodes ?? [];
  if (unread.length === 0) return null;
  const count = data?.announcements.unreadCount ?? unread.length;
  return (
    <Alert
      type={unread.some((announcement) => announcement.important) ? 'warning' : 'info'}
      showIcon
      data-testid="unread-announcements"
      title={
        <span>
          {t('announcements.home.title')} · <Link to="/announcements">{t('announcements.unreadSummary', { count })}</Link>
        </span>
      }
      description={
        <ul className="plain-list unread-announcements">
          {unread.map((announcement) => (
            <li key={announcement.id} className="announcement-row-title">
              {announcement.important && <Tag color="red">{t('announcements.important')}</Tag>}
              <Link to={`/announcements/${announcement.id}`} className="strong">
                {announcement.title}
              </Link>
              <time dateTime={announcement.postedAt} className="member-item-meta">
                {formatDateTime(announcement.postedAt)}
              </time>
            </li>
          ))}
        </ul>
      }
    />
  );
}
