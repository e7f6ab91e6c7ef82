import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { englishAntdLocale } from './i18n/i18n';
import { theme } from './theme';

/**
 * antd's theme, locale and message/modal context. Kept apart from the root providers: the sign-in screen uses no antd,
 * so antd loads with the signed-in shell (about half of the first screen's scripts otherwise).
 */
export function AntdProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? (englishAntdLocale() ?? zhCN) : zhCN;
  return (
    <ConfigProvider locale={locale} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
