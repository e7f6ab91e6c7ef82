import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { AntdProviders } from '@/app/antd-providers';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { passwordRules } from '@/app/form-rules';
import { useLocalizedForm } from '@/app/use-localized-form';
import { SignInLangSwitch } from '../components/sign-in-lang-switch';

export const ResetLinkQuery = graphql(`
  query ResetLink($token: String!) {
    passwordResetLink(token: $token) {
      state
      displayName
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

/** Reasons that mean the link itself is spent: the form gives way to the link's state. */
const LINK_REASONS = { RESET_LINK_EXPIRED: 'EXPIRED', RESET_LINK_USED: 'USED', RESET_LINK_INVALID: 'INVALID' } as const;
type DeadState = (typeof LINK_REASONS)[keyof typeof LINK_REASONS];

function ResetPasswordContent({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = useLocalizedForm<ResetValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [dead, setDead] = useState<DeadState | null>(null);
  const [done, setDone] = useState(false);
  const link = useQuery(ResetLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [reset, { loading }] = useMutation(ResetPasswordMutation);

  const onFinish = async (values: ResetValues) => {
    setFailure(null);
    try {
      await reset({ variables: { token, newPassword: values.newPassword } });
      setDone(true);
    } catch (error) {
      const problem = readProblem(error);
      const spent = problem.reason && problem.reason in LINK_REASONS ? LINK_REASONS[problem.reason as keyof typeof LINK_REASONS] : null;
      if (spent) setDead(spent);
      else if (!applyProblemToForm(form, problem, t, ['newPassword', 'confirmPassword'])) setFailure(describeProblem(problem, t));
    }
  };

  if (done) {
    return (
      <Result
        status="success"
        title={t('resetPage.doneTitle')}
        subTitle={t('resetPage.doneHelp')}
        extra={
          <Button type="primary" onClick={() => void navigate('/sign-in')}>
            {t('resetPage.toSignIn')}
          </Button>
        }
      />
    );
  }
  if (link.loading && !link.data) return <span className="screen-spinner" role="status" aria-label={t('resetPage.checking')} />;
  if (!link.data) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('resetPage.loadError')}
        action={
          <Button size="small" onClick={() => void link.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  const state = dead ?? link.data.passwordResetLink.state;
  if (state !== 'VALID') {
    return (
      <div data-testid="reset-link-state" data-state={state}>
        <Alert type="warning" showIcon title={t(`resetPage.states.${state}`)} description={t('resetPage.askAgain')} />
        <p className="sign-in-help">
          <Link to="/sign-in">{t('resetPage.toSignIn')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      {link.data.passwordResetLink.displayName && (
        <Typography.Paragraph>{t('resetPage.forAccount', { name: link.data.passwordResetLink.displayName })}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('resetPage.passwordHelp', { min: LIMITS.password.min, max: LIMITS.password.max })}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Form<ResetValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} disabled={loading}>
        <Form.Item name="newPassword" label={t('resetPage.newPassword')} rules={passwordRules(t)}>
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('resetPage.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('form.requiredField') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('resetPage.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('resetPage.submit')}
        </Button>
      </Form>
    </>
  );
}

/** `/reset-password/:token` — public: a person sets a new password with the one-time link their chief editor gave them. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <AntdProviders>
      <main className="sign-in-screen">
        <div className="sign-in-top">
          <SignInLangSwitch />
        </div>
        <div className="sign-in-brand">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <h1>{t('app.name')}</h1>
        </div>
        <section className="sign-in-card" aria-labelledby="reset-title">
          <h2 id="reset-title" className="sign-in-card-title">
            {t('resetPage.title')}
          </h2>
          <div className="sign-in-card-body">
            <ResetPasswordContent token={token} />
          </div>
        </section>
      </main>
    </AntdProviders>
  );
}
