import { StyleProvider } from '@ant-design/cssinjs';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '@/app/apollo-client';
import { AppProviders } from '@/app/app-providers';
import { ViewerContext, type Viewer } from '@/app/auth/viewer';

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  viewer?: Viewer | null;
  /** The URL the test starts at. */
  route?: string;
  /** The route pattern rendering `ui` (for `useParams`); default: every path. Other paths render `data-testid="other-page"`. */
  path?: string;
}

/** Renders with everything the app provides: Apollo mocks (with the app's cache policies), i18n, antd, router, viewer. */
export function renderWithApp(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  const { mocks = [], viewer = null, route = '/', path = '*' } = options;
  // A data router, as the app has (useBlocker needs one); with a `path`, any other address shows an empty "other page".
  const router = createMemoryRouter([{ path, element: ui }, { path: '*', element: <div data-testid="other-page" /> }], { initialEntries: [route] });
  // antd's CSS-in-JS is kept out of the document ("server" mode): jsdom matches every stylesheet rule against the element
  // on each getComputedStyle call, which user-event and role queries make for every element they touch.
  const tree: ReactNode = (
    <StyleProvider mock="server">
      <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        <AppProviders>
          <ViewerContext value={viewer}>
            <RouterProvider router={router} />
          </ViewerContext>
        </AppProviders>
      </MockedProvider>
    </StyleProvider>
  );
  return render(tree);
}

export function makeViewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    __typename: 'User',
    id: 'u-chief',
    email: 'chief.jingzhou@demo.example',
    displayName: '王总编',
    role: 'CHIEF_EDITOR',
    locale: 'zh-CN',
    member: {
      __typename: 'Member',
      id: 'm-jingzhou',
      nameZh: '荆州市融媒体中心',
      nameEn: 'Jingzhou Converged Media Center',
      allianceRole: 'CHAIR',
    },
    ...overrides,
  };
}
