import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getFragmentData } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { AnnouncementPageQuery, AnnouncementRowFragment, MarkAnnouncementReadMutation, WithdrawAnnouncementMutation } from '../announcement-fragments';
import { audienceLabel, paragraphs } from '../announcement-text';
import { AnnouncementFormModal } from '../components/announcement-form-modal';
import { AnnouncementReceipts } from '../components/announcement-receipts';
import '../announcements.css';

/**
 * `/announcements/:id` — the announcement; opening it counts as read for the viewer's member (and marks its
 * notification read). The secretariat edits or withdraws it and sees the read receipts.
 */
export function AnnouncementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pick, formatDateTime } = useLocalized();
  const viewer = useViewer();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(AnnouncementPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkAnnouncementReadMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawAnnouncementMutation);
  const [editing, setEditing] = useState(false);
  const marked = useRef<string | null>(null);
  const announcement = data?.announcement ? getFragmentData(AnnouncementRowFragment, data.announcement) : null;
  const secretariat = viewer.role === 'SECRETARIAT';

  useEffect(() => {
    if (!announcement || secretariat || announcement.viewerReadAt !== null || marked.current === announcement.id) return;
    marked.current = announcement.id;
    void markRead({ variables: { id: announcement.id } })
      .then(() => refetchActive(client, ['NotificationBell', 'AnnouncementsPage', 'UnreadAnnouncements']))
      .catch(() => undefined);
  }, [announcement, secretariat, markRead, client]);

  const back = (
    <LinkButton to="/announcements" type="link" icon={<ArrowLeftOutlined aria-hidden />} style={{ paddingInline: 0 }}>
      {t('announcements.back')}
    </LinkButton>
  );

  if (!data) {
    return (
      <div className="page">
        {back}
        {error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 8 }} />}
      </div>
    );
  }
  if (!announcement) {
    return (
      <div className="page">
        <Result status="404" title={t('announcements.notFound')} subTitle={t('announcements.notFoundHelp')} extra={back} />
      </div>
    );
  }

  const actions = announcement.viewerActions;
  return (
    <div className="page">
      {back}
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24, overflowWrap: 'anywhere' }}>
            {announcement.important && <Tag color="red">{t('announcements.important')}</Tag>}
            {announcement.state === 'WITHDRAWN' && <Tag>{t('announcements.withdrawn')}</Tag>}
            {announcement.title}
          </Typography.Title>
        </div>
        {(actions.includes('EDIT') || actions.includes('WITHDRAW')) && (
          <Space wrap>
            {actions.includes('EDIT') && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('announcements.edit')}
              </Button>
            )}
            {actions.includes('WITHDRAW') && (
              <Popconfirm
                title={t('announcements.confirmWithdraw')}
                description={t('announcements.confirmWithdrawHelp')}
                okText={t('announcements.withdraw')}
                cancelText={t('announcements.form.cancel')}
                onConfirm={async () => {
                  try {
                    await withdraw({ variables: { id: announcement.id, version: announcement.version } });
                    void message.success(t('announcements.withdrawnDone'));
                  } catch (cause) {
                    void message.error(errorMessage(cause, t));
                  }
                }}
              >
                <Button danger icon={<StopOutlined aria-hidden />} loading={withdrawing.loading}>
                  {t('announcements.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </div>
      <div className="announcement-meta member-item-meta">
        <time dateTime={announcement.postedAt}>{t('announcements.postedAt', { time: formatDateTime(announcement.postedAt) })}</time>
        {announcement.version > 1 && announcement.state === 'PUBLISHED' && (
          <time dateTime={announcement.updatedAt}>{t('announcements.editedAt', { time: formatDateTime(announcement.updatedAt) })}</time>
        )}
        <span>{audienceLabel(announcement, t, pick)}</span>
        {announcement.postedBy && <span>{t('announcements.postedBy', { name: announcement.postedBy.displayName })}</span>}
      </div>
      <article className="announcement-body" data-testid="announcement-body">
        {paragraphs(announcement.body).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </article>
      {actions.includes('SEE_RECEIPTS') && announcement.recipientCount !== null && announcement.readMemberCount !== null && (
        <AnnouncementReceipts announcementId={announcement.id} readCount={announcement.readMemberCount} recipientCount={announcement.recipientCount} />
      )}
      {editing && (
        <AnnouncementFormModal
          editing={{ id: announcement.id, title: announcement.title, body: announcement.body, important: announcement.important, version: announcement.version }}
          open
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
