import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo-client';
import { startI18n } from './app/i18n/i18n';
import { RootProviders } from './app/root-providers';
import { createAppRouter } from './app/router';
import './app/app.css';
import './app/coverage.css';

const client = createApolloClient();
const router = createAppRouter();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const root = createRoot(container);
// A browser that chose English fetches its messages first (Chinese, the default, is already here).
void startI18n().then(() =>
  root.render(
    <StrictMode>
      <RootProviders client={client}>
        <RouterProvider router={router} />
      </RootProviders>
    </StrictMode>,
  ),
);
