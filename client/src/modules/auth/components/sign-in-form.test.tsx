import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyLocale } from '@/app/i18n/i18n';
import { renderWithApp } from '@/test/render';
import { SignInForm, SignInMutation } from './sign-in-form';

const EMAIL = 'editor.jingzhou@demo.example';
const PASSWORD = 'a-wrong-password-1';

function failingSignIn(extensions: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: SignInMutation, variables: { email: EMAIL, password: PASSWORD } },
    result: { errors: [{ message: 'Sign-in refused', extensions }] },
  };
}

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('邮箱'), email);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('SignInForm', () => {
  it('asks for both fields before sending anything', async () => {
    const onSignedIn = vi.fn();
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请填写“邮箱”')).toBeInTheDocument();
    expect(screen.getByText('请填写“密码”')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says what is missing in the language the person switches to', async () => {
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '登录' }));
    await screen.findByText('请填写“邮箱”');
    await act(() => applyLocale('en'));
    expect(await screen.findByText('Email is required')).toBeInTheDocument();
    expect(screen.getByText('Password is required')).toBeInTheDocument();
    expect(screen.queryByText(/请填写/)).not.toBeInTheDocument();
    await act(() => applyLocale('zh-CN'));
  });

  it('checks the email format and the shared password length limits', async () => {
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />);
    await submit('not-an-email', 'short');
    expect(await screen.findByText('请输入有效的邮箱地址')).toBeInTheDocument();
    expect(await screen.findByText('至少 12 个字符')).toBeInTheDocument();
  });

  it('tells a person whose member is suspended why they cannot sign in', async () => {
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [failingSignIn({ code: 'UNAUTHENTICATED', reason: 'MEMBER_SUSPENDED' })],
    });
    await submit(EMAIL, PASSWORD);
    expect(await screen.findByTestId('sign-in-error')).toHaveTextContent('你所在的成员单位已被联盟秘书处暂停');
  });

  it('says "email or password is incorrect" for INVALID_CREDENTIALS, never which one', async () => {
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [failingSignIn({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' })],
    });
    await submit(EMAIL, PASSWORD);
    const alert = await screen.findByTestId('sign-in-error');
    expect(alert).toHaveTextContent('邮箱或密码不正确。');
    expect(alert).not.toHaveTextContent('Sign-in refused');
  });

  it('tells how many minutes to wait after TOO_MANY_ATTEMPTS', async () => {
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [failingSignIn({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 530 })],
    });
    await submit(EMAIL, PASSWORD);
    expect(await screen.findByTestId('sign-in-error')).toHaveTextContent('尝试次数过多，请 9 分钟后再试。');
  });

  it('translates the same refusal into English', async () => {
    await applyLocale('en');
    renderWithApp(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [failingSignIn({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 })],
    });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), EMAIL);
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('sign-in-error')).toHaveTextContent('Too many attempts. Try again in 1 min.');
  });

  it('hands the signed-in viewer over on success', async () => {
    const onSignedIn = vi.fn();
    const viewer = {
      __typename: 'User' as const,
      id: 'u-1',
      email: EMAIL,
      displayName: '李编辑',
      role: 'EDITOR' as const,
      locale: 'en',
      member: {
        __typename: 'Member' as const,
        id: 'm-jingzhou',
        nameZh: '荆州市融媒体中心',
        nameEn: 'Jingzhou Converged Media Center',
        allianceRole: 'CHAIR' as const,
      },
    };
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        {
          request: { query: SignInMutation, variables: { email: EMAIL, password: PASSWORD } },
          result: { data: { signIn: viewer } },
        },
      ],
    });
    await submit(EMAIL, PASSWORD);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ displayName: '李编辑', locale: 'en', role: 'EDITOR' });
  });
});
