import {
  AimOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ControlOutlined,
  DashboardOutlined,
  FlagOutlined,
  InboxOutlined,
  NotificationOutlined,
  HomeOutlined,
  PlusCircleOutlined,
  ProfileOutlined,
  ReadOutlined,
  SettingOutlined,
  TrophyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Role } from '@yah/shared';
import { RequestsNavBadge } from '@/modules/resources/components/requests-nav-badge';
import { seesRequests } from '@/modules/resources/hooks/use-request-counts';

export type NavKey =
  | 'home'
  | 'topics'
  | 'assignments'
  | 'myWork'
  | 'library'
  | 'exchange'
  | 'calendar'
  | 'members'
  | 'admitMember'
  | 'notifications'
  | 'settings'
  | 'requests'
  | 'events'
  | 'innovation'
  | 'charter'
  | 'commitments'
  | 'auditLog'
  | 'participation'
  | 'announcements';

/** Which navigation entry a path belongs to. */
export function navKeyFor(pathname: string): NavKey | null {
  if (pathname === '/') return 'home';
  if (pathname === '/members/new') return 'admitMember';
  if (pathname === '/topics' || pathname.startsWith('/topics/')) return 'topics';
  if (pathname.startsWith('/assignments')) return 'assignments';
  if (pathname.startsWith('/my-work')) return 'myWork';
  if (pathname.startsWith('/library')) return 'library';
  if (pathname === '/resources' || pathname.startsWith('/resources/')) return 'exchange';
  if (pathname.startsWith('/calendar')) return 'calendar';
  if (pathname === '/events' || pathname.startsWith('/events/')) return 'events';
  if (pathname.startsWith('/notifications')) return 'notifications';
  if (pathname === '/members' || pathname.startsWith('/members/')) return 'members';
  if (pathname.startsWith('/settings')) return 'settings';
  if (pathname.startsWith('/requests')) return 'requests';
  if (pathname === '/innovation' || pathname.startsWith('/innovation/')) return 'innovation';
  if (pathname === '/audit') return 'auditLog';
  if (pathname === '/participation' || pathname.startsWith('/participation/')) return 'participation';
  if (pathname === '/charter' || pathname.startsWith('/charter/')) return 'charter';
  if (pathname === '/commitments') return 'commitments';
  if (pathname === '/announcements' || pathname.startsWith('/announcements/')) return 'announcements';
  return null;
}

/**
 * The charter's sharing in one entry (the header has room for so many): the library, the other areas, and for those who
 * request or decide, the requests — whose count shows on the entry itself.
 */
function sharing(t: TFunction, role: Role): NonNullable<MenuProps['items']>[number] {
  const requests = seesRequests(role);
  return {
    key: 'sharing',
    icon: <AppstoreOutlined aria-hidden />,
    label: (
      <span>
        {t('nav.sharing')} {requests && <RequestsNavBadge role={role} />}
      </span>
    ),
    children: [
      { key: 'library', icon: <BookOutlined aria-hidden />, label: <Link to="/library">{t('nav.library')}</Link> },
      { key: 'exchange', icon: <AppstoreOutlined aria-hidden />, label: <Link to="/resources">{t('nav.exchange')}</Link> },
      ...(requests ? [{ key: 'requests', icon: <InboxOutlined aria-hidden />, label: <Link to="/requests">{t('nav.requests')}</Link> }] : []),
    ],
  };
}

/** The alliance's gatherings in one entry: joint trips, meetings and trainings, and the innovation projects presented at them. */
function activities(t: TFunction): NonNullable<MenuProps['items']>[number] {
  return {
    key: 'activities',
    icon: <CarryOutOutlined aria-hidden />,
    label: t('nav.activities'),
    children: [
      { key: 'events', icon: <CarryOutOutlined aria-hidden />, label: <Link to="/events">{t('nav.events')}</Link> },
      { key: 'innovation', icon: <TrophyOutlined aria-hidden />, label: <Link to="/innovation">{t('nav.innovation')}</Link> },
    ],
  };
}

/** 参与度: the secretariat's dashboard, where a chief editor also sees their own member; nobody else has the entry. */
function participationNavItem(t: TFunction, role: Role): NonNullable<MenuProps['items']>[number] | null {
  if (role !== 'SECRETARIAT' && role !== 'CHIEF_EDITOR') return null;
  return { key: 'participation', icon: <DashboardOutlined aria-hidden />, label: <Link to="/participation">{t('nav.participation')}</Link> };
}

/**
 * The alliance as a body in one entry: the secretariat's announcements, its charter and each period's commitments
 * (and, for those who watch it, how members take part). The member directory stays an entry of its own, the one people open most.
 */
function alliance(t: TFunction, role: Role): NonNullable<MenuProps['items']>[number] {
  const participation = participationNavItem(t, role);
  return {
    key: 'alliance',
    icon: <BankOutlined aria-hidden />,
    label: t('nav.alliance'),
    children: [
      { key: 'announcements', icon: <NotificationOutlined aria-hidden />, label: <Link to="/announcements">{t('nav.announcements')}</Link> },
      { key: 'charter', icon: <ReadOutlined aria-hidden />, label: <Link to="/charter">{t('nav.charter')}</Link> },
      { key: 'commitments', icon: <CheckSquareOutlined aria-hidden />, label: <Link to="/commitments">{t('nav.commitments')}</Link> },
      ...(participation ? [participation] : []),
    ],
  };
}

export function navItems(t: TFunction, role: Role, options: { includeSettings: boolean }): MenuProps['items'] {
  const topics = { key: 'topics', icon: <FlagOutlined aria-hidden />, label: <Link to="/topics">{t('nav.topics')}</Link> };
  const assignments = {
    key: 'assignments',
    icon: <AimOutlined aria-hidden />,
    label: <Link to="/assignments">{t('nav.assignments')}</Link>,
  };
  const myWork = { key: 'myWork', icon: <ProfileOutlined aria-hidden />, label: <Link to="/my-work">{t('nav.myWork')}</Link> };
  // Reporters come for open assignments first; editors and the secretariat for topics.
  const work = role === 'REPORTER' ? [assignments, myWork, topics] : [topics, assignments, myWork];
  const items: NonNullable<MenuProps['items']> = [
    { key: 'home', icon: <HomeOutlined aria-hidden />, label: <Link to="/">{t('nav.home')}</Link> },
    ...(role === 'SECRETARIAT' ? [topics, assignments] : work),
    sharing(t, role),
    activities(t),
    { key: 'calendar', icon: <CalendarOutlined aria-hidden />, label: <Link to="/calendar">{t('nav.calendar')}</Link> },
    { key: 'members', icon: <TeamOutlined aria-hidden />, label: <Link to="/members">{t('nav.members')}</Link> },
    alliance(t, role),
  ];
  if (role === 'SECRETARIAT') {
    // The secretariat's own work in one entry, so the header keeps fitting 1366 px in both languages.
    items.push({
      key: 'admin',
      icon: <ControlOutlined aria-hidden />,
      label: t('nav.admin'),
      children: [
        { key: 'admitMember', icon: <PlusCircleOutlined aria-hidden />, label: <Link to="/members/new">{t('nav.admitMember')}</Link> },
        { key: 'auditLog', icon: <AuditOutlined aria-hidden />, label: <Link to="/audit">{t('nav.auditLog')}</Link> },
      ],
    });
  }
  if (options.includeSettings) {
    items.push({ key: 'settings', icon: <SettingOutlined aria-hidden />, label: <Link to="/settings">{t('nav.settings')}</Link> });
  }
  return items;
}
