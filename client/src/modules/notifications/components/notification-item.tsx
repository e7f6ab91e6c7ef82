import { useApolloClient, useMutation } from '@apollo/client/react';
import { Badge, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { useLocalized } from '@/app/i18n/use-localized';
import { digestLines, readDigest } from '../digest-text';
import { notificationLink, notificationText, type NotificationFacts } from '../notification-text';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    createdAt
    readAt
    detail
    actor {
      id
      displayName
    }
    topic {
      id
      title
    }
    assignment {
      id
      title
      topic {
        id
      }
    }
    resource {
      id
      title
    }
    event {
      id
      title
    }
    innovationRound {
      id
      title
    }
    commitmentEvidence {
      id
      commitment {
        id
        title
      }
    }
    announcement {
      id
      title
    }
    # Everything a request's move changes, so a live notification updates the request on screen too.
    resourceRequest {
      id
      ...RequestMove_request
      resource {
        id
        title
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Marks notifications read on the server and in the cache (their `readAt`, the bell's count). Never throws. */
export function useMarkRead() {
  const client = useApolloClient();
  const [mark] = useMutation(MarkNotificationsReadMutation);
  // Reading a notification is not worth an error message: a failure leaves it unread, nothing more.
  return async (ids: string[]): Promise<void> => {
    await mark({
      variables: { ids },
      update(cache) {
        const now = new Date().toISOString();
        for (const id of ids) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: (value: unknown) => value ?? now },
          });
        }
      },
    }).catch(() => undefined);
    refetchActive(client, ['NotificationBell']);
  };
}

/**
 * The line under a notification's sentence: the digest's summary, nothing for an announcement (its title is in the
 * sentence), the detail as given for the rest (a reason, a review comment).
 */
export function notificationDetail(notification: NotificationFacts, t: TFunction): string | null {
  if (notification.kind === 'ANNOUNCEMENT_POSTED') return null;
  if (notification.kind === 'FOLLOW_DIGEST') {
    const digest = readDigest(notification.detail);
    return digest ? digestLines(digest, t).join('\n') || null : null;
  }
  return notification.detail;
}

/** One notification: what happened (with who and which topic), when, read or not; opens where it happened. */
export function NotificationItem({ notification: ref }: { notification: FragmentType<typeof NotificationItemFragment> }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();
  const notification = getFragmentData(NotificationItemFragment, ref);
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const detail = notificationDetail(notification, t);

  return (
    <li className={`notification-item${unread ? ' unread' : ''}`} data-testid="notification-item">
      <Badge status={unread ? 'processing' : 'default'} aria-hidden />
      <div className="notification-body">
        <Link
          to={notificationLink(notification)}
          onClick={() => {
            if (unread) void markRead([notification.id]);
          }}
        >
          {notificationText(notification, t)}
        </Link>
        {detail && (
          <Typography.Paragraph type="secondary" className="pre-wrap" style={{ margin: '2px 0 0' }} ellipsis={{ rows: 2 }}>
            {detail}
          </Typography.Paragraph>
        )}
        <div className="member-item-meta">
          <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
          {' · '}
          {t(`enums.notificationKind.${notification.kind}`)}
        </div>
      </div>
      {unread && (
        <Typography.Link className="notification-mark" onClick={() => void markRead([notification.id])}>
          {t('notifications.markRead')}
        </Typography.Link>
      )}
    </li>
  );
}
