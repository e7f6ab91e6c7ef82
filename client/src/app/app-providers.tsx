import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { antdLocale, i18n } from './i18n/i18n';
import { theme } from './theme';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n: active } = useTranslation();
  return (
    <ConfigProvider locale={antdLocale(active.language)} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** i18n, antd (theme, locale, message/modal context) and, when given, Apollo. Tests reuse it with a mock client. */
export function AppProviders({ client, children }: { client?: ApolloClient; children: ReactNode }) {
  const themed = <LocalizedAntd>{children}</LocalizedAntd>;
  return (
    <I18nextProvider i18n={i18n}>
      {client ? <ApolloProvider client={client}>{themed}</ApolloProvider> : themed}
    </I18nextProvider>
  );
}
