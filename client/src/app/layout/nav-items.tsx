import { HomeOutlined, PlusCircleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Role } from '@yah/shared';

export type NavKey = 'home' | 'members' | 'admitMember' | 'settings';

/** Which navigation entry a path belongs to. */
export function navKeyFor(pathname: string): NavKey | null {
  if (pathname === '/') return 'home';
  if (pathname === '/members/new') return 'admitMember';
  if (pathname === '/members' || pathname.startsWith('/members/')) return 'members';
  if (pathname.startsWith('/settings')) return 'settings';
  return null;
}

export function navItems(t: TFunction, role: Role, options: { includeSettings: boolean }): MenuProps['items'] {
  const items: NonNullable<MenuProps['items']> = [
    { key: 'home', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> },
    { key: 'members', icon: <TeamOutlined />, label: <Link to="/members">{t('nav.members')}</Link> },
  ];
  if (role === 'SECRETARIAT') {
    items.push({
      key: 'admitMember',
      icon: <PlusCircleOutlined />,
      label: <Link to="/members/new">{t('nav.admitMember')}</Link>,
    });
  }
  if (options.includeSettings) {
    items.push({ key: 'settings', icon: <SettingOutlined />, label: <Link to="/settings">{t('nav.settings')}</Link> });
  }
  return items;
}
