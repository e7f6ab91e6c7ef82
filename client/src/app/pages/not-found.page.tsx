import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../layout/link-button';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <Result
        status="404"
        title={<h1 className="card-heading">{t('notFound.title')}</h1>}
        subTitle={t('notFound.help')}
        extra={
          <LinkButton type="primary" to="/">
            {t('common.backHome')}
          </LinkButton>
        }
      />
    </div>
  );
}
