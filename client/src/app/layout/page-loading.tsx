import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a page shows while its code or first data arrive. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page" role="status" aria-live="polite" aria-label={t('common.loading')}>
      <Skeleton active title paragraph={{ rows: 6 }} />
    </div>
  );
}
