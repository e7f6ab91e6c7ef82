import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { loadSignInPage } from './auth/load-sign-in-page';
import { RequireAuth } from './auth/require-auth';
import { FullScreenWait } from './layout/full-screen-wait';
import { RouteErrorPage } from './pages/route-error.page';

/** React.lazy for our named page exports. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = lazyPage(loadSignInPage, 'SignInPage');
const HomePage = lazyPage(() => import('@/modules/home/pages/home.page'), 'HomePage');
const MembersPage = lazyPage(() => import('@/modules/members/pages/members.page'), 'MembersPage');
const MemberPage = lazyPage(() => import('@/modules/members/pages/member.page'), 'MemberPage');
const AdmitMemberPage = lazyPage(() => import('@/modules/members/pages/admit-member.page'), 'AdmitMemberPage');
const TopicsPage = lazyPage(() => import('@/modules/topics/pages/topics.page'), 'TopicsPage');
const TopicNewPage = lazyPage(() => import('@/modules/topics/pages/topic-new.page'), 'TopicNewPage');
const TopicPage = lazyPage(() => import('@/modules/topics/pages/topic.page'), 'TopicPage');
const TopicEditPage = lazyPage(() => import('@/modules/topics/pages/topic-edit.page'), 'TopicEditPage');
const BulkAssignmentsPage = lazyPage(() => import('@/modules/assignments/pages/bulk-assignments.page'), 'BulkAssignmentsPage');
const OpenAssignmentsPage = lazyPage(
  () => import('@/modules/assignments/pages/open-assignments.page'),
  'OpenAssignmentsPage',
);
const MyWorkPage = lazyPage(() => import('@/modules/claims/pages/my-work.page'), 'MyWorkPage');
const LibraryPage = lazyPage(() => import('@/modules/resources/pages/library.page'), 'LibraryPage');
const ExchangePage = lazyPage(() => import('@/modules/resources/pages/exchange.page'), 'ExchangePage');
const ResourceNewPage = lazyPage(() => import('@/modules/resources/pages/resource-new.page'), 'ResourceNewPage');
const ResourcePage = lazyPage(() => import('@/modules/resources/pages/resource.page'), 'ResourcePage');
const ResourceEditPage = lazyPage(() => import('@/modules/resources/pages/resource-edit.page'), 'ResourceEditPage');
const NotificationsPage = lazyPage(() => import('@/modules/notifications/pages/notifications.page'), 'NotificationsPage');
const CalendarPage = lazyPage(() => import('@/modules/calendar/pages/calendar.page'), 'CalendarPage');
const SettingsPage = lazyPage(() => import('@/modules/settings/pages/settings.page'), 'SettingsPage');
const RequestsPage = lazyPage(() => import('@/modules/resources/pages/requests.page'), 'RequestsPage');
const EventsPage = lazyPage(() => import('@/modules/events/pages/events.page'), 'EventsPage');
const EventNewPage = lazyPage(() => import('@/modules/events/pages/event-new.page'), 'EventNewPage');
const EventPage = lazyPage(() => import('@/modules/events/pages/event.page'), 'EventPage');
const EventEditPage = lazyPage(() => import('@/modules/events/pages/event-edit.page'), 'EventEditPage');
const EventCheckInPage = lazyPage(() => import('@/modules/events/pages/event-check-in.page'), 'EventCheckInPage');
const EventBadgesPrintPage = lazyPage(() => import('@/modules/events/pages/event-print.page'), 'EventBadgesPrintPage');
const EventSignInPrintPage = lazyPage(() => import('@/modules/events/pages/event-print.page'), 'EventSignInPrintPage');
const InnovationPage = lazyPage(() => import('@/modules/innovation/pages/innovation.page'), 'InnovationPage');
const InnovationRoundPage = lazyPage(() => import('@/modules/innovation/pages/innovation-round.page'), 'InnovationRoundPage');
const CharterPage = lazyPage(() => import('@/modules/charter/pages/charter.page'), 'CharterPage');
const CharterEditPage = lazyPage(() => import('@/modules/charter/pages/charter-edit.page'), 'CharterEditPage');
const CommitmentsPage = lazyPage(() => import('@/modules/charter/pages/commitments.page'), 'CommitmentsPage');
const AuditLogPage = lazyPage(() => import('@/modules/audit/pages/audit-log.page'), 'AuditLogPage');
const ParticipationPage = lazyPage(() => import('@/modules/participation/pages/participation.page'), 'ParticipationPage');
const MonthlyReportPage = lazyPage(() => import('@/modules/participation/pages/monthly-report.page'), 'MonthlyReportPage');
const ResetPasswordPage = lazyPage(() => import('@/modules/auth/pages/reset-password.page'), 'ResetPasswordPage');
const AnnouncementsPage = lazyPage(() => import('@/modules/announcements/pages/announcements.page'), 'AnnouncementsPage');
const AnnouncementPage = lazyPage(() => import('@/modules/announcements/pages/announcement.page'), 'AnnouncementPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found.page'), 'NotFoundPage');

/** A page outside the signed-in shell (the sign-in page): its wait is plain HTML, antd is not loaded there. */
function standalone(page: ReactNode): ReactNode {
  return <Suspense fallback={<FullScreenWait />}>{page}</Suspense>;
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: standalone(<SignInPage />), errorElement: <RouteErrorPage /> },
  { path: '/reset-password/:token', element: standalone(<ResetPasswordPage />), errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'members/new', element: <AdmitMemberPage /> },
      { path: 'members/:id', element: <MemberPage /> },
      { path: 'topics', element: <TopicsPage /> },
      { path: 'topics/new', element: <TopicNewPage /> },
      { path: 'topics/:id', element: <TopicPage /> },
      { path: 'topics/:id/edit', element: <TopicEditPage /> },
      { path: 'assignments', element: <OpenAssignmentsPage /> },
      { path: 'my-work', element: <MyWorkPage /> },
      { path: 'library', element: <LibraryPage /> },
      { path: 'resources', element: <ExchangePage /> },
      { path: 'resources/new', element: <ResourceNewPage /> },
      { path: 'resources/:id', element: <ResourcePage /> },
      { path: 'resources/:id/edit', element: <ResourceEditPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'requests', element: <RequestsPage /> },
      { path: 'audit', element: <AuditLogPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'events/new', element: <EventNewPage /> },
      { path: 'events/:id', element: <EventPage /> },
      { path: 'events/:id/edit', element: <EventEditPage /> },
      { path: 'events/:id/check-in', element: <EventCheckInPage /> },
      { path: 'events/:id/assignments/:topicId', element: <BulkAssignmentsPage /> },
      { path: 'events/:id/print/badges', element: <EventBadgesPrintPage /> },
      { path: 'events/:id/print/sign-in', element: <EventSignInPrintPage /> },
      { path: 'innovation', element: <InnovationPage /> },
      { path: 'innovation/rounds/:id', element: <InnovationRoundPage /> },
      { path: 'participation', element: <ParticipationPage /> },
      { path: 'participation/report', element: <MonthlyReportPage /> },
      { path: 'charter', element: <CharterPage /> },
      { path: 'charter/edit', element: <CharterEditPage /> },
      { path: 'commitments', element: <CommitmentsPage /> },
      { path: 'announcements', element: <AnnouncementsPage /> },
      { path: 'announcements/:id', element: <AnnouncementPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
