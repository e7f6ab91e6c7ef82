import { App as AntdApp, ConfigProvider } from 'antd';
import type { AppProps } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { englishAntdLocale } from './i18n/i18n';
import { theme } from './theme';
import { useMediaQuery } from './use-media-query';

/**
 * Feedback never covers the header's controls (bell, language, account) or the navigation: short confirmations show
 * just below the header, at most two at once; live notifications come in at the bottom right (the full width at
 * 375 px, see app.css), three at most, for a few seconds, each closable.
 */
const MESSAGE_CONFIG: AppProps['message'] = { top: 68, duration: 2.5, maxCount: 2 };
const NOTIFICATION_CONFIG: AppProps['notification'] = { placement: 'bottomRight', bottom: 16, duration: 5, maxCount: 3 };

/**
 * antd's theme, locale and message/modal context. Kept apart from the root providers: the sign-in screen uses no antd,
 * so antd loads with the signed-in shell (about half of the first screen's scripts otherwise).
 */
export function AntdProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? (englishAntdLocale() ?? zhCN) : zhCN;
  // Someone who asked their system for less motion gets lists, dialogs and messages that appear without animating.
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const themeConfig = useMemo(() => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme), [reducedMotion]);
  return (
    <ConfigProvider locale={locale} theme={themeConfig} button={{ autoInsertSpace: false }}>
      <AntdApp message={MESSAGE_CONFIG} notification={NOTIFICATION_CONFIG}>
        {children}
      </AntdApp>
    </ConfigProvider>
  );
}
