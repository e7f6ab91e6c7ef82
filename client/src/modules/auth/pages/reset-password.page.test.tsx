import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyLocale } from '@/app/i18n/i18n';
import { renderWithApp } from '@/test/render';
import { ResetLinkQuery, ResetPasswordMutation, ResetPasswordPage } from './reset-password.page';

const TOKEN = 'A'.repeat(43);
const NEW_PASSWORD = 'a-new-river-password';

const linkMock = (state: 'VALID' | 'EXPIRED' | 'USED' | 'INVALID', displayName: string | null = null): MockLink.MockedResponse => ({
  request: { query: ResetLinkQuery, variables: { token: TOKEN } },
  result: { data: { passwordResetLink: { __typename: 'ResetLinkInfo', state, displayName } } },
});

const renderPage = (mocks: MockLink.MockedResponse[]) =>
  renderWithApp(<ResetPasswordPage />, { route: `/reset-password/${TOKEN}`, path: '/reset-password/:token', mocks });

async function fillAndSubmit(password = NEW_PASSWORD, again = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('新密码'), password);
  await user.type(screen.getByLabelText('再次输入新密码'), again);
  await user.click(screen.getByRole('button', { name: '设置新密码' }));
}

describe('ResetPasswordPage', () => {
  it('sets a new password with a valid link and sends the person to sign in', async () => {
    renderPage([linkMock('VALID', '张记者'), { request: { query: ResetPasswordMutation, variables: { token: TOKEN, newPassword: NEW_PASSWORD } }, result: { data: { resetPassword: true } } }]);
    expect(await screen.findByText('为 张记者 的账号设置新密码。')).toBeInTheDocument();
    await fillAndSubmit();
    expect(await screen.findByText('新密码已设置')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: '去登录' }));
    await waitFor(() => expect(screen.getByTestId('other-page')).toBeInTheDocument());
  });

  it('checks the shared password rules and that both entries match before sending', async () => {
    renderPage([linkMock('VALID', '张记者')]);
    await fillAndSubmit('short', 'short');
    expect(await screen.findByText('至少 12 个字符')).toBeInTheDocument();
    await userEvent.setup().clear(screen.getByLabelText('新密码'));
    await fillAndSubmit(NEW_PASSWORD, `${NEW_PASSWORD}x`);
    expect(await screen.findByText('两次输入的密码不一致')).toBeInTheDocument();
  });

  it.each([
    ['EXPIRED', '这个链接已过期。'],
    ['USED', '这个链接已经使用过了。'],
    ['INVALID', '这个链接无效，可能已被新链接取代，或复制不完整。'],
  ] as const)('says clearly when the link is %s, with whom to ask', async (state, text) => {
    renderPage([linkMock(state)]);
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByText('请联系本单位总编辑或联盟秘书处重新生成链接。')).toBeInTheDocument();
    expect(screen.queryByLabelText('新密码')).not.toBeInTheDocument();
  });

  it('shows the link as used when it was spent between opening the page and sending', async () => {
    renderPage([
      linkMock('VALID', '张记者'),
      {
        request: { query: ResetPasswordMutation, variables: { token: TOKEN, newPassword: NEW_PASSWORD } },
        result: { errors: [{ message: 'used', extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_USED' } }] },
      },
    ]);
    await fillAndSubmit();
    expect(await screen.findByTestId('reset-link-state')).toHaveAttribute('data-state', 'USED');
  });

  it('speaks English', async () => {
    await applyLocale('en');
    renderPage([linkMock('EXPIRED')]);
    expect(await screen.findByText('This link has expired.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Set a new password' })).toBeInTheDocument();
  });
});
