import { BellOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from '@apollo/client/react';
import { App, Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql, getFragmentData } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { LinkButton } from '@/app/layout/link-button';
import { refreshAfterOfferNotification } from '@/modules/claims/offer-kinds';
import { refreshAfterRequestNotification } from '@/modules/resources/request-kinds';
import { notificationLink, notificationText } from '../notification-text';
import { NotificationItemFragment } from './notification-item';

export const NotificationBellQuery = graphql(`
  query NotificationBell {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      ...NotificationItem_notification
    }
  }
`);

/** The top bar's bell: unread count, bumped live, and a toast for each new notification. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { notification: toast } = App.useApp();
  const navigate = useNavigate();
  const { data, client } = useQuery(NotificationBellQuery, { fetchPolicy: 'cache-and-network' });
  const unread = data?.notifications.unreadCount ?? 0;

  useSubscription(NotificationAddedSubscription, {
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      client.cache.updateQuery({ query: NotificationBellQuery }, (current) =>
        current
          ? { notifications: { ...current.notifications, unreadCount: current.notifications.unreadCount + 1 } }
          : current,
      );
      // A list of notifications on screen shows the new one at once.
      refetchActive(client, ['NotificationsPage']);
      const notification = getFragmentData(NotificationItemFragment, added);
      refreshAfterRequestNotification(client, notification.kind);
      refreshAfterOfferNotification(client, notification.kind);
      const link = notificationLink(notification);
      toast.info({
        key: notification.id,
        title: t('notifications.new'),
        description: notificationText(notification, t),
        onClick: () => void navigate(link),
        style: { cursor: 'pointer' },
      });
    },
    onError: () => undefined,
  });

  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <LinkButton type="text" to="/notifications" aria-label={label} title={label} data-testid="notification-bell" className="notification-bell">
      <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
        <BellOutlined style={{ fontSize: 18 }} aria-hidden />
      </Badge>
    </LinkButton>
  );
}
