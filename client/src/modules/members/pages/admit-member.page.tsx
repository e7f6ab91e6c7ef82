import { App, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { AdmitMemberForm } from '../components/admit-member-form';

/** `/members/new` — the secretariat admits a member, then lands on its page. */
export function AdmitMemberPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { message } = App.useApp();

  if (viewer.role !== 'SECRETARIAT') {
    return (
      <div className="page">
        <Result
          status="403"
          title={t('forbidden.title')}
          subTitle={t('admit.forbidden')}
          extra={
            <LinkButton type="primary" to="/members">
              {t('members.detail.backToDirectory')}
            </LinkButton>
          }
        />
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('admit.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('admit.intro')}</div>
        </div>
      </div>
      <AdmitMemberForm
        onCancel={() => void navigate('/members')}
        onAdmitted={(member) => {
          void message.success(t('admit.admitted', { name: pick(member.nameZh, member.nameEn) }));
          void navigate(`/members/${member.id}`);
        }}
      />
    </div>
  );
}
