import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/app/errors';

interface LoadErrorAlertProps {
  error: unknown;
  onRetry: () => void;
}

/** What a page or card shows when its data failed to load: the reason, translated, and a way to try again. */
export function LoadErrorAlert({ error, onRetry }: LoadErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.errorTitle')}
      description={errorMessage(error, t)}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
