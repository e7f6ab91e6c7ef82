import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CONFIGURABLE_NOTIFICATION_KINDS, deliveriesFor } from '@yah/shared';
import { makeViewer, renderWithApp } from '@/test/render';
import { NotificationPreferencesCard, NotificationPreferencesQuery, SetNotificationPreferenceMutation } from './notification-preferences-card';

const rows = CONFIGURABLE_NOTIFICATION_KINDS.map((kind) => ({
  __typename: 'NotificationPreference' as const,
  kind,
  delivery: 'LIVE' as const,
  allowed: [...deliveriesFor(kind)],
}));

describe('NotificationPreferencesCard', () => {
  it('groups every kind, offers "off" only where it is safe, and saves a change to the digest', async () => {
    const saved = vi.fn(() => ({
      data: { setNotificationPreference: { __typename: 'NotificationPreference' as const, kind: 'ASSIGNMENT_CLAIMED' as const, delivery: 'DIGEST' as const, allowed: ['LIVE', 'DIGEST'] } },
    }));
    renderWithApp(<NotificationPreferencesCard />, {
      viewer: makeViewer(),
      mocks: [
        { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: rows } } },
        { request: { query: SetNotificationPreferenceMutation, variables: { kind: 'ASSIGNMENT_CLAIMED', delivery: 'DIGEST' } }, result: saved },
      ],
    });
    const card = await screen.findByTestId('notification-preferences');
    expect(await within(card).findByText('采访任务与稿件')).toBeInTheDocument();
    expect(within(card).getByText('联盟事务')).toBeInTheDocument();
    expect(card.querySelectorAll('.preference-row')).toHaveLength(CONFIGURABLE_NOTIFICATION_KINDS.length);

    const user = userEvent.setup();
    // An announcement may wait for the digest but never be switched off.
    await user.click(within(screen.getByTestId('preference-ANNOUNCEMENT_POSTED')).getByRole('combobox'));
    expect(await screen.findByTitle('每日摘要')).toBeInTheDocument();
    expect(screen.queryByTitle('不接收')).toBeNull();
    await user.keyboard('{Escape}');
    // News found elsewhere may be switched off.
    await user.click(within(screen.getByTestId('preference-FOLLOWED_PIECE')).getByRole('combobox'));
    expect(await screen.findByTitle('不接收')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(within(screen.getByTestId('preference-ASSIGNMENT_CLAIMED')).getByRole('combobox'));
    await user.click((await screen.findAllByTitle('每日摘要')).at(-1)!);
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('已保存：任务被认领 — 每日摘要')).toBeInTheDocument();
  });
});
