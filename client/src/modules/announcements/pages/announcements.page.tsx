import { PlusOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Empty, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LIMITS } from '@yah/shared';
import { getFragmentData, type FragmentType } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { AnnouncementRowFragment, AnnouncementsPageQuery } from '../announcement-fragments';
import { audienceLabel } from '../announcement-text';
import { AnnouncementFormModal } from '../components/announcement-form-modal';
import '../announcements.css';

/** One announcement in the list: unread marker, importance, title, whom and when; the secretariat sees how many read it. */
function AnnouncementRow({ announcement: ref, secretariat }: { announcement: FragmentType<typeof AnnouncementRowFragment>; secretariat: boolean }) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const announcement = getFragmentData(AnnouncementRowFragment, ref);
  const unread = !secretariat && announcement.viewerReadAt === null;
  return (
    <li className={`announcement-row${unread ? ' unread' : ''}`} data-testid="announcement-row">
      <Badge status={unread ? 'processing' : 'default'} aria-hidden />
      <div className="announcement-row-body">
        <div className="announcement-row-title">
          {announcement.important && <Tag color="red">{t('announcements.important')}</Tag>}
          {announcement.state === 'WITHDRAWN' && <Tag>{t('announcements.withdrawn')}</Tag>}
          <Link to={`/announcements/${announcement.id}`} className={unread ? 'strong' : undefined}>
            {announcement.title}
          </Link>
        </div>
        <div className="member-item-meta">
          <time dateTime={announcement.postedAt}>{t('announcements.postedAt', { time: formatDateTime(announcement.postedAt) })}</time>
          {' · '}
          {audienceLabel(announcement, t, pick)}
          {secretariat && announcement.recipientCount !== null && announcement.readMemberCount !== null && (
            <>
              {' · '}
              <span data-testid="announcement-read-count">{t('announcements.readCount', { read: announcement.readMemberCount, total: announcement.recipientCount })}</span>
            </>
          )}
        </div>
      </div>
      {unread && (
        <Tag color="blue" className="announcement-unread-tag">
          {t('announcements.unread')}
        </Tag>
      )}
    </li>
  );
}

/** `/announcements` — the secretariat's notices: important first, then newest; unread ones marked; the secretariat posts. */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const secretariat = viewer.role === 'SECRETARIAT';
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [posting, setPosting] = useState(false);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AnnouncementsPageQuery, {
    variables: { unreadOnly, first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.announcements;

  let body;
  if (!connection && error) body = <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (!connection) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (connection.nodes.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={unreadOnly ? t('announcements.noneUnread') : t('announcements.none')} />;
  } else {
    body = (
      <>
        <ul className="announcement-list" data-testid="announcement-list">
          {connection.nodes.map((announcement) => (
            <AnnouncementRow key={announcement.id} announcement={announcement} secretariat={secretariat} />
          ))}
        </ul>
        {connection.pageInfo.hasNextPage && (
          <div className="list-footer">
            <Button loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('announcements.title')}
          </Typography.Title>
          <div className="page-header-sub">
            {t('announcements.subtitle')}
            {!secretariat && connection && ` · ${t('announcements.unreadSummary', { count: connection.unreadCount })}`}
          </div>
        </div>
        {secretariat && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setPosting(true)} data-testid="announcement-post">
            {t('announcements.post')}
          </Button>
        )}
      </div>
      <Card size="small">
        {!secretariat && (
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            options={[
              { value: 'all', label: t('announcements.filterAll') },
              { value: 'unread', label: t('announcements.filterUnread') },
            ]}
            style={{ marginBottom: 12 }}
          />
        )}
        {body}
      </Card>
      {posting && <AnnouncementFormModal editing={null} open onClose={() => setPosting(false)} onPosted={(id) => void navigate(`/announcements/${id}`)} />}
    </div>
  );
}
