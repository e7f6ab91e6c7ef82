import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { NotificationsPage, NotificationsPageQuery } from './notifications.page';

const HELD = {
  __typename: 'Notification' as const,
  id: 'n-1',
  kind: 'ANNOUNCEMENT_POSTED' as const,
  createdAt: '2026-11-30T02:00:00.000Z',
  readAt: null,
  detail: '年会通知',
  actor: null,
  topic: null,
  assignment: null,
  resource: null,
  event: null,
  innovationRound: null,
  commitmentEvidence: null,
  announcement: { __typename: 'Announcement' as const, id: 'a-1', title: '年会通知' },
  resourceRequest: null,
};

describe('NotificationsPage', () => {
  it('lists what was held for the daily digest at ?held=1, saying why', async () => {
    renderWithApp(<NotificationsPage />, {
      viewer: makeViewer(),
      route: '/notifications?held=1',
      mocks: [
        {
          request: { query: NotificationsPageQuery, variables: { unreadOnly: false, first: 20, held: true } },
          result: {
            data: {
              notifications: {
                __typename: 'NotificationConnection' as const,
                totalCount: 1,
                unreadCount: 0,
                pageInfo: { __typename: 'PageInfo' as const, endCursor: 'c', hasNextPage: false },
                nodes: [HELD],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: '联盟秘书处发布公告：「年会通知」' })).toHaveAttribute('href', '/announcements/a-1');
    expect(screen.getByText(/只在每日摘要中汇总/)).toBeInTheDocument();
  });
});
