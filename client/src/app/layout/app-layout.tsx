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
import { UserMenu } from './user-menu';

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="app-brand" aria-label={t('app.name')}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span className="app-brand-name">{t('app.name')}</span>
      <span className="app-brand-short" aria-hidden>
        {t('app.shortName')}
      </span>
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

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Button
          type="text"
          className="app-nav-toggle"
          icon={<MenuOutlined />}
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
