import { describe, expect, it } from 'vitest';
import { applyLocale, englishAntdLocale, i18n, LOCALE_STORAGE_KEY, startI18n } from './i18n';

describe('languages', () => {
  it('starts a browser that chose English in English, messages and antd texts alike', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    await startI18n();
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('auth.signIn.submit')).toBe('Sign in');
    expect(englishAntdLocale()?.locale).toBe('en');
  });

  it('remembers a switch to English at once, before English has arrived', async () => {
    const switching = applyLocale('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    await switching;
    expect(i18n.language).toBe('en');
  });

  it('starts in Chinese by default, and switches back and forth', async () => {
    await startI18n();
    expect(i18n.language).toBe('zh-CN');
    await applyLocale('en');
    expect(i18n.t('auth.signIn.submit')).toBe('Sign in');
    await applyLocale('zh-CN');
    expect(i18n.t('auth.signIn.submit')).toBe('登录');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
  });
});
