import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo-client';
import { AppProviders } from '../app-providers';
import { RequireAuth } from './require-auth';
import { ViewerQuery } from './viewer';

describe('RequireAuth', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const router = createMemoryRouter(
      [
        { path: '/sign-in', element: <p>sign-in page</p> },
        { path: '/', element: <RequireAuth />, children: [{ path: 'members', element: <p>members</p> }] },
      ],
      { initialEntries: ['/members?province=420000'] },
    );
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[{ request: { query: ViewerQuery }, result: { data: { me: null } } }]}
        mockLinkDefaultOptions={{ delay: 0 }}
      >
        <AppProviders>
          <RouterProvider router={router} />
        </AppProviders>
      </MockedProvider>,
    );
    expect(await screen.findByText('sign-in page')).toBeInTheDocument();
    expect(router.state.location.state).toMatchObject({ from: '/members?province=420000' });
  });
});
