import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { NotificationAddedSubscription, NotificationBell, NotificationBellQuery } from './notification-bell';

function bellMock(unreadCount: number): MockLink.MockedResponse {
  return {
    request: { query: NotificationBellQuery },
    result: { data: { notifications: { __typename: 'NotificationConnection', unreadCount } } },
  };
}

const ADDED = {
  __typename: 'Notification' as const,
  id: 'n-9',
  kind: 'SUBMISSION_RECEIVED' as const,
  createdAt: '2026-12-17T09:00:00.000Z',
  readAt: null,
  detail: null,
  actor: { __typename: 'Person' as const, id: 'u-reporter', displayName: '李记者' },
  topic: { __typename: 'Topic' as const, id: 't-1', title: '百家党媒看荆州' },
  assignment: {
    __typename: 'Assignment' as const,
    id: 'a-1',
    title: '荆州古城墙航拍',
    topic: { __typename: 'Topic' as const, id: 't-1' },
  },
  resource: null,
  innovationRound: null,
  resourceRequest: null,
};

describe('NotificationBell', () => {
  it('shows the unread count from notifications(first: 1)', async () => {
    renderWithApp(<NotificationBell />, {
      viewer: makeViewer(),
      mocks: [bellMock(3), { request: { query: NotificationAddedSubscription }, result: { data: null }, delay: 60_000 }],
    });
    const bell = await screen.findByRole('link', { name: '通知：3 条未读' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(screen.getByTestId('notification-count')).toHaveTextContent('3');
  });

  it('shows no number when everything is read', async () => {
    renderWithApp(<NotificationBell />, {
      viewer: makeViewer(),
      mocks: [bellMock(0), { request: { query: NotificationAddedSubscription }, result: { data: null }, delay: 60_000 }],
    });
    expect(await screen.findByRole('link', { name: '通知' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).not.toHaveTextContent(/\d/);
  });

  it('bumps the count and shows a toast when a notification arrives', async () => {
    renderWithApp(<NotificationBell />, {
      viewer: makeViewer(),
      mocks: [
        bellMock(3),
        { request: { query: NotificationAddedSubscription }, result: { data: { notificationAdded: ADDED } }, delay: 300 },
      ],
    });
    expect(await screen.findByRole('link', { name: '通知：3 条未读' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '通知：4 条未读' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('4'));
    expect(await screen.findByText('李记者 提交了「荆州古城墙航拍」的稿件，等待审核')).toBeInTheDocument();
  });
});
