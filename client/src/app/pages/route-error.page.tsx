import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last resort when a page fails to render or its code cannot be loaded (e.g. after a deploy). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="sign-in-screen" role="alert">
      <h1 style={{ fontSize: 20 }}>{notFound ? t('notFound.title') : t('errors.unknown')}</h1>
      {/* A plain button: this page may show before antd has loaded (or when it cannot load). */}
      <button type="button" className="screen-button" onClick={() => window.location.assign('/')}>
        {t('common.backHome')}
      </button>
    </div>
  );
}
