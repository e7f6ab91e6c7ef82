import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { IssuePasswordResetMutation, ResetLinkButton } from './reset-link-button';

const ACCOUNT = { id: 'u-reporter', displayName: '张记者', active: true };
const TOKEN = 'B'.repeat(43);

describe('ResetLinkButton', () => {
  it('issues a link after confirming and shows it once, with its expiry in Beijing time and a copy button', async () => {
    renderWithApp(<ResetLinkButton account={ACCOUNT} />, {
      mocks: [
        {
          request: { query: IssuePasswordResetMutation, variables: { userId: ACCOUNT.id } },
          result: { data: { issuePasswordReset: { __typename: 'PasswordResetLink', token: TOKEN, path: `/reset-password/${TOKEN}`, expiresAt: '2026-12-02T02:30:00.000Z' } } },
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '为 张记者 生成重置密码链接' }));
    expect(await screen.findByText('为 张记者 生成一次性重置密码链接？')).toBeInTheDocument();
    expect(screen.getByText(/24 小时内有效，只能使用一次/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '生成链接' }));

    const url = await screen.findByTestId('reset-link-url');
    expect(url).toHaveValue(`${window.location.origin}/reset-password/${TOKEN}`);
    expect(screen.getByText(/链接只显示这一次/)).toBeInTheDocument();
    expect(screen.getByText('有效期至 12月2日 10:30（北京时间）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/reset-password/${TOKEN}`);
    expect(await screen.findByRole('button', { name: '已复制' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '完成' }));
    await waitFor(() => expect(screen.queryByTestId('reset-link-url')).not.toBeInTheDocument());
  });

  it('offers nothing for a deactivated account', () => {
    renderWithApp(<ResetLinkButton account={{ ...ACCOUNT, active: false }} />);
    expect(screen.getByRole('button', { name: '为 张记者 生成重置密码链接' })).toBeDisabled();
  });
});
