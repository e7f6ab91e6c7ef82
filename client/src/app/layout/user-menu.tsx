import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Typography, theme, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '@/modules/auth/hooks/use-sign-out';
import { useViewer } from '../auth/viewer';
import { useLocalized } from '../i18n/use-localized';

/** The signed-in person: who, of which member, in which role; Settings; Sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { signOut, signingOut } = useSignOut();
  const { token } = theme.useToken();

  const memberName = pick(viewer.member.nameZh, viewer.member.nameEn);
  const items: MenuProps['items'] = [
    { key: 'settings', icon: <SettingOutlined aria-hidden />, label: t('userMenu.settings') },
    { type: 'divider' },
    {
      key: 'sign-out',
      icon: <LogoutOutlined aria-hidden />,
      label: signingOut ? t('userMenu.signingOut') : t('userMenu.signOut'),
      disabled: signingOut,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'settings') void navigate('/settings');
    if (key === 'sign-out') void signOut();
  };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{ items, onClick }}
      popupRender={(menu) => (
        <div
          className="user-menu-panel"
          style={{
            background: token.colorBgElevated,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadowSecondary,
          }}
        >
          <div className="user-menu-who" data-testid="user-menu-who">
            <Typography.Text strong>{viewer.displayName}</Typography.Text>
            <Typography.Text type="secondary">{memberName}</Typography.Text>
            <Typography.Text type="secondary">{t(`enums.role.${viewer.role}`)}</Typography.Text>
          </div>
          {menu}
        </div>
      )}
    >
      <Button
        type="text"
        className="user-menu-trigger"
        data-testid="user-menu"
        aria-label={t('userMenu.label', { name: viewer.displayName })}
      >
        <Avatar size="small" style={{ backgroundColor: token.colorPrimary }} icon={<UserOutlined aria-hidden />} />
        <span className="user-menu-name">{viewer.displayName}</span>
      </Button>
    </Dropdown>
  );
}
