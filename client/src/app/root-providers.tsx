import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n';

/** What every screen needs, the sign-in screen included: i18n and, when given, Apollo (antd comes with the shell). */
export function RootProviders({ client, children }: { client?: ApolloClient; children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{client ? <ApolloProvider client={client}>{children}</ApolloProvider> : children}</I18nextProvider>;
}
