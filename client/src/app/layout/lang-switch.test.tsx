import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n, LOCALE_STORAGE_KEY } from '@/app/i18n/i18n';
import { UpdateLocaleMutation } from '@/app/i18n/use-locale-switch';
import { makeViewer, renderWithApp } from '@/test/render';
import { LangSwitch } from './lang-switch';

describe('LangSwitch', () => {
  it('switches between 中文 and EN in one click and remembers the choice in this browser', async () => {
    const user = userEvent.setup();
    renderWithApp(<LangSwitch />);
    const button = screen.getByTestId('lang-switch');
    expect(button).toHaveTextContent('EN');

    await user.click(button);
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Yangtze Alliance Hub');
    expect(screen.getByTestId('lang-switch')).toHaveTextContent('中文');

    await user.click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(i18n.language).toBe('zh-CN'));
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.title).toBe('长江经济带城市群融媒联盟');
    expect(screen.getByTestId('lang-switch')).toHaveTextContent('EN');
  });

  it('saves the choice on the account when signed in', async () => {
    const saved = vi.fn(() => ({ data: { updateProfile: { __typename: 'User' as const, id: 'u-chief', locale: 'en' } } }));
    renderWithApp(<LangSwitch />, {
      viewer: makeViewer({ locale: 'zh-CN' }),
      mocks: [{ request: { query: UpdateLocaleMutation, variables: { locale: 'en' } }, result: saved }],
    });
    await userEvent.setup().click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(i18n.language).toBe('en');
  });

  it('keeps the new language and warns when the account cannot be updated', async () => {
    renderWithApp(<LangSwitch />, {
      viewer: makeViewer({ locale: 'zh-CN' }),
      mocks: [{ request: { query: UpdateLocaleMutation, variables: { locale: 'en' } }, error: new TypeError('Failed to fetch') }],
    });
    await userEvent.setup().click(screen.getByTestId('lang-switch'));
    expect(await screen.findByText('The language changed, but it could not be saved to your account.')).toBeInTheDocument();
    expect(i18n.language).toBe('en');
  });
});
