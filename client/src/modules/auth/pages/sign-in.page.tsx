import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { SignInLocationState } from '@/app/auth/require-auth';
import { clearSessionExpired } from '@/app/auth/session';
import { focusMainAfterSignIn } from '@/app/layout/main-focus';
import { pageTitle } from '@/app/layout/page-title';
import type { SignInMutation as SignInResult } from '@/__generated__/graphql';
import { ViewerQuery, type Viewer } from '@/app/auth/viewer';
import { applyLocale, isLocale } from '@/app/i18n/i18n';
import { SignInForm } from '../components/sign-in-form';
import { SignInLangSwitch } from '../components/sign-in-lang-switch';

function readState(state: unknown): SignInLocationState {
  return typeof state === 'object' && state !== null ? (state as SignInLocationState) : {};
}

/** Only same-app paths are followed after signing in. */
function safeRedirect(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in') ? from : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const state = readState(location.state);
  const { data, loading } = useQuery(ViewerQuery);
  const title = pageTitle(t('auth.signIn.title'), t('app.shortName'));
  useEffect(() => {
    document.title = title;
  }, [title]);

  const onSignedIn = async (viewer: Viewer, me: SignInResult['signIn']) => {
    clearSessionExpired();
    // The person's own language wins at sign-in.
    if (isLocale(viewer.locale)) await applyLocale(viewer.locale);
    // Nothing cached for a previous person survives; then `me` is known and the guard lets them in.
    await client.clearStore();
    client.writeQuery({ query: ViewerQuery, data: { me } });
    focusMainAfterSignIn();
    await navigate(safeRedirect(state.from), { replace: true });
  };

  if (data?.me) return <Navigate to={safeRedirect(state.from)} replace />;

  return (
    <main className="sign-in-screen">
      <div className="sign-in-top">
        <SignInLangSwitch />
      </div>
      <div className="sign-in-brand">
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <h1>{t('app.name')}</h1>
        <p className="sign-in-subtitle">{t('auth.signIn.subtitle')}</p>
      </div>
      {/* Plain HTML drawn like antd (app.css): the first screen of every visitor loads no antd. */}
      <section className="sign-in-card" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title" className="sign-in-card-title">
          {t('auth.signIn.title')}
        </h2>
        <div className="sign-in-card-body">
          {state.expired && (
            <div className="sign-in-notice sign-in-notice-warning" role="status">
              {t('auth.signIn.sessionExpired')}
            </div>
          )}
          {state.signedOut && !state.expired && (
            <div className="sign-in-notice sign-in-notice-success" role="status">
              {t('auth.signIn.signedOut')}
            </div>
          )}
          {loading && !data ? (
            <span className="screen-spinner" role="status" aria-label={t('common.loading')} />
          ) : (
            <SignInForm onSignedIn={onSignedIn} />
          )}
          <p className="sign-in-help">{t('auth.signIn.help')}</p>
        </div>
      </section>
    </main>
  );
}
