import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { SignInLocationState } from '@/app/auth/require-auth';
import { clearSessionExpired } from '@/app/auth/session';
import type { SignInMutation as SignInResult } from '@/__generated__/graphql';
import { ViewerQuery, type Viewer } from '@/app/auth/viewer';
import { applyLocale, isLocale } from '@/app/i18n/i18n';
import { LangSwitch } from '@/app/layout/lang-switch';
import { SignInForm } from '../components/sign-in-form';

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

  const onSignedIn = async (viewer: Viewer, me: SignInResult['signIn']) => {
    clearSessionExpired();
    // The person's own language wins at sign-in.
    if (isLocale(viewer.locale)) await applyLocale(viewer.locale);
    // Nothing cached for a previous person survives; then `me` is known and the guard lets them in.
    await client.clearStore();
    client.writeQuery({ query: ViewerQuery, data: { me } });
    await navigate(safeRedirect(state.from), { replace: true });
  };

  if (data?.me) return <Navigate to={safeRedirect(state.from)} replace />;

  return (
    <main className="sign-in-screen">
      <div className="sign-in-top">
        <LangSwitch />
      </div>
      <div className="sign-in-brand">
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <h1>{t('app.name')}</h1>
        <Typography.Text type="secondary">{t('auth.signIn.subtitle')}</Typography.Text>
      </div>
      {/* Drawn like antd's Card with CSS: antd's Card brings Tabs, Menu and Dropdown along (≈ 20 KiB on the first screen). */}
      <section className="sign-in-card" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title" className="sign-in-card-title">
          {t('auth.signIn.title')}
        </h2>
        <div className="sign-in-card-body">
          {state.expired && (
            <Alert type="warning" showIcon title={t('auth.signIn.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          {state.signedOut && !state.expired && (
            <Alert type="success" showIcon title={t('auth.signIn.signedOut')} style={{ marginBottom: 16 }} />
          )}
          {loading && !data ? (
            <Spin />
          ) : (
            <SignInForm onSignedIn={onSignedIn} />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
            {t('auth.signIn.help')}
          </Typography.Paragraph>
        </div>
      </section>
    </main>
  );
}
