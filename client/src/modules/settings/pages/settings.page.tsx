import { Col, Row, Typography } from 'antd';
import '../settings.css';
import { useTranslation } from 'react-i18next';
import { useViewer } from '@/app/auth/viewer';
import { ChangePasswordForm } from '../components/change-password-form';
import { FollowsCard } from '../components/follows-card';
import { LanguageCard } from '../components/language-card';
import { NotificationPreferencesCard } from '../components/notification-preferences-card';
import { ProfileForm } from '../components/profile-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('settings.title')}
        </Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <div className="stack">
            <ProfileForm viewer={viewer} />
            <LanguageCard />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <div className="stack">
            <ChangePasswordForm email={viewer.email} />
            <FollowsCard />
          </div>
        </Col>
        <Col xs={24}>
          <NotificationPreferencesCard />
        </Col>
      </Row>
    </div>
  );
}
