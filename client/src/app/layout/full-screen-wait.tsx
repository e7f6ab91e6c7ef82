import { useTranslation } from 'react-i18next';

/** Waiting for the app, in plain HTML and CSS: nothing of antd loads before the sign-in screen. */
export function FullScreenWait() {
  const { t } = useTranslation();
  return (
    <div className="sign-in-screen" role="status" aria-live="polite">
      <span className="screen-spinner" aria-hidden />
      <span style={{ marginTop: 12 }}>{t('app.loadingApp')}</span>
    </div>
  );
}
