import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './auth/require-auth';
import { PageLoading } from './layout/page-loading';
import { RouteErrorPage } from './pages/route-error.page';

/** React.lazy for our named page exports. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = lazyPage(() => import('@/modules/auth/pages/sign-in.page'), 'SignInPage');
const HomePage = lazyPage(() => import('@/modules/home/pages/home.page'), 'HomePage');
const MembersPage = lazyPage(() => import('@/modules/members/pages/members.page'), 'MembersPage');
const MemberPage = lazyPage(() => import('@/modules/members/pages/member.page'), 'MemberPage');
const AdmitMemberPage = lazyPage(() => import('@/modules/members/pages/admit-member.page'), 'AdmitMemberPage');
const SettingsPage = lazyPage(() => import('@/modules/settings/pages/settings.page'), 'SettingsPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found.page'), 'NotFoundPage');

function standalone(page: ReactNode): ReactNode {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: standalone(<SignInPage />), errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'members/new', element: <AdmitMemberPage /> },
      { path: 'members/:id', element: <MemberPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
