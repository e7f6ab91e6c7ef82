import { CheckOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { errorMessage } from '@/app/errors';
import { NotificationItem } from '../components/notification-item';

export const NotificationsPageQuery = graphql(`
  query NotificationsPage($unreadOnly: Boolean, $first: Int, $after: String, $held: Boolean) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after, held: $held) {
      totalCount
      unreadCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...NotificationItem_notification
      }
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** `/notifications` — everything that happened to me, newest first; mark one or all read; what waits for my daily digest. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [unreadOnly, setUnreadOnly] = useState(false);
  // `?held=1`: what was held back for the daily digest (the digest links here).
  const held = params.get('held') === '1';
  const filter = held ? 'held' : unreadOnly ? 'unread' : 'all';
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(NotificationsPageQuery, {
    variables: { unreadOnly: held ? false : unreadOnly, first: LIMITS.page.defaultSize, held },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const client = useApolloClient();
  const [markAll, { loading: marking }] = useMutation(MarkAllNotificationsReadMutation);
  const connection = data?.notifications;

  let body;
  if (!connection && error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={errorMessage(error, t)}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!connection) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (connection.nodes.length === 0) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={held ? t('digest.heldNone') : unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}
      />
    );
  } else {
    body = (
      <>
        <ul className="notification-list">
          {connection.nodes.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </ul>
        {connection.pageInfo.hasNextPage && (
          <div className="list-footer">
            <Button
              loading={networkStatus === NetworkStatus.fetchMore}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
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
            {t('notifications.title')}
          </Typography.Title>
          {connection && (
            <div className="page-header-sub">{t('notifications.unreadSummary', { count: connection.unreadCount })}</div>
          )}
        </div>
        <Button
          icon={<CheckOutlined aria-hidden />}
          loading={marking}
          disabled={!connection || connection.unreadCount === 0}
          onClick={async () => {
            try {
              await markAll();
              refetchActive(client, ['NotificationBell', 'NotificationsPage']);
              void message.success(t('notifications.allRead'));
            } catch (cause) {
              void message.error(errorMessage(cause, t));
            }
          }}
        >
          {t('notifications.markAllRead')}
        </Button>
      </div>
      <Card size="small">
        <Segmented
          value={filter}
          onChange={(value) => {
            setUnreadOnly(value === 'unread');
            setParams(value === 'held' ? { held: '1' } : {}, { replace: true });
          }}
          options={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread') },
            { value: 'held', label: t('digest.heldTab') },
          ]}
          style={{ marginBottom: 12 }}
        />
        {held && <Typography.Paragraph type="secondary">{t('digest.heldHelp')}</Typography.Paragraph>}
        {body}
      </Card>
    </div>
  );
}
