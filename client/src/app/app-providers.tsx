import type { ApolloClient } from '@apollo/client';
import type { ReactNode } from 'react';
import { AntdProviders } from './antd-providers';
import { RootProviders } from './root-providers';

/** The root providers and antd's, as the signed-in app has them. Tests reuse it with a mock client. */
export function AppProviders({ client, children }: { client?: ApolloClient; children: ReactNode }) {
  return (
    <RootProviders client={client}>
      <AntdProviders>{children}</AntdProviders>
    </RootProviders>
  );
}
