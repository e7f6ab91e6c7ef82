import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '@/modules/notifications/components/notification-bell';
import { useViewer } from '../auth/viewer';
import { PageLoading } from './page-loading';
import { LangSwitch } from './lang-switch';
import { navItems, navKeyFor } from './nav-items';
import { usePageHeading } from './use-page-heading';
import { UserMenu } from './user-menu';

function Brand() {
  const { t } = useTranslation();
  return (
    // Named by the name it shows: the full one on wide screens, the short one on a phone (the other is display: none).
    <Link to="/" className="app-brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span className="app-brand-name">{t('app.name')}</span>
      <span className="app-brand-short">{t('app.shortName')}</span>
    </Link>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const selected = navKeyFor(pathname);
  const selectedKeys = selected ? [selected] : [];
  usePageHeading(pathname, t('app.shortName'));

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Button
          type="text"
          className="app-nav-toggle"
          icon={<MenuOutlined aria-hidden />}
          aria-label={t('app.openNavigation')}
          aria-expanded={drawerOpen}
          aria-controls="app-nav-drawer"
          onClick={() => setDrawerOpen(true)}
        />
        <Brand />
        <nav className="app-nav-desktop" aria-label={t('app.navigation')}>
          <Menu
            mode="horizontal"
            selectedKeys={selectedKeys}
            items={navItems(t, viewer.role, { includeSettings: false })}
          />
        </nav>
        <div className="app-header-actions">
          <NotificationBell />
          <LangSwitch />
          <UserMenu />
        </div>
      </Layout.Header>
      <Drawer
        id="app-nav-drawer"
        title={t('app.name')}
        placement="left"
        size={280}
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        styles={{ body: { padding: 0 } }}
      >
        <nav aria-label={t('app.navigation')}>
          <Menu
            mode="inline"
            selectedKeys={selectedKeys}
            items={navItems(t, viewer.role, { includeSettings: true })}
            onClick={() => setDrawerOpen(false)}
          />
        </nav>
      </Drawer>
      <Layout.Content id="main" tabIndex={-1} className="app-content">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.tagline')}</Layout.Footer>
    </Layout>
  );
}
