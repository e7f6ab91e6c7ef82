import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { ChiefEditorHome } from '../components/chief-editor-home';
import { NeedsMeNow } from '../components/needs-me-now';
import { SecretariatHome } from '../components/secretariat-home';
import { StaffHome } from '../components/staff-home';

/** One home per role: the secretariat watches the alliance, a chief editor their member, staff their place in it. */
export function HomePage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const viewer = useViewer();

  let body;
  switch (viewer.role) {
    case 'SECRETARIAT':
      body = <SecretariatHome />;
      break;
    case 'CHIEF_EDITOR':
      body = <ChiefEditorHome viewer={viewer} />;
      break;
    case 'EDITOR':
    case 'REPORTER':
      body = <StaffHome viewer={viewer} />;
      break;
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {viewer.role === 'SECRETARIAT' ? t('home.secretariat.title') : t('home.greeting', { name: viewer.displayName })}
          </Typography.Title>
          <div className="page-header-sub">
            {viewer.role === 'SECRETARIAT'
              ? t('home.greeting', { name: viewer.displayName })
              : t('home.roleAt', {
                  role: t(`enums.role.${viewer.role}`),
                  member: pick(viewer.member.nameZh, viewer.member.nameEn),
                })}
          </div>
        </div>
      </div>
      <NeedsMeNow viewer={viewer} />
      {body}
    </div>
  );
}
