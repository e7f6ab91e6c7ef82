import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../errors';
import { FullScreenWait } from '../layout/full-screen-wait';
import { applyLocale, isLocale, readStoredLocale } from '../i18n/i18n';
import { loadSignInPage } from './load-sign-in-page';
import { sessionHasExpired } from './session';
import { ViewerContext, ViewerQuery, readViewer } from './viewer';

export interface SignInLocationState {
  from?: string;
  expired?: boolean;
  signedOut?: boolean;
}

// The layout (menu, drawer, dropdown) and antd itself load with the first signed-in page, not with the sign-in screen.
const SignedInShell = lazy(async () => {
  const [{ AppLayout }, { AntdProviders }] = await Promise.all([import('../layout/app-layout'), import('../antd-providers')]);
  return {
    default: function SignedInShell() {
      return (
        <AntdProviders>
          <AppLayout />
        </AntdProviders>
      );
    },
  };
});

/** The signed-in area: asks the server who is here (`me`); nobody → the sign-in page. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  const viewer = data?.me ? readViewer(data.me) : null;

  // While the server is asked, the sign-in page's code is fetched too: most first visits end there.
  const asking = !data && loading;
  useEffect(() => {
    if (asking) void loadSignInPage().catch(() => undefined);
  }, [asking]);

  // On a browser that never chose a language, the account's language applies.
  const accountLocale = viewer?.locale;
  useEffect(() => {
    if (accountLocale && isLocale(accountLocale) && readStoredLocale() === null) void applyLocale(accountLocale);
  }, [accountLocale]);

  if (!data && loading) return <FullScreenWait />;
  if (!data && error) {
    return (
      <div className="sign-in-screen" role="alert">
        <h1 style={{ fontSize: 18 }}>{t('common.errorTitle')}</h1>
        <p>{errorMessage(error, t)}</p>
        <button type="button" className="screen-button" onClick={() => void refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!viewer) {
    const state: SignInLocationState = {
      from: `${location.pathname}${location.search}`,
      expired: sessionHasExpired(),
    };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return (
    <ViewerContext value={viewer}>
      <Suspense fallback={<FullScreenWait />}>
        <SignedInShell />
      </Suspense>
    </ViewerContext>
  );
}
