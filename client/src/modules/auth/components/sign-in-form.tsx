import { useMutation } from '@apollo/client/react';
import { useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import type { SignInMutation as SignInResult } from '@/__generated__/graphql';
import { readViewer, type Viewer } from '@/app/auth/viewer';
import { describeProblem, readProblem } from '@/app/errors';
import { emailProblemText, passwordProblemText } from '@/app/form-rules';
import { SignInIcon } from './sign-in-icon';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      ...Viewer_user
    }
  }
`);

export interface SignInValues {
  email: string;
  password: string;
}

type Field = keyof SignInValues;

export interface SignInFormProps {
  /** Called with the signed-in person (unmasked) and the result to store as `me`. */
  onSignedIn: (viewer: Viewer, me: SignInResult['signIn']) => void | Promise<void>;
}

/**
 * Email + password. Every refusal reads the same ("email or password is incorrect"), so the form never tells
 * whether an email has an account. Plain HTML styled like antd's form (app.css): the sign-in screen is the first
 * screen of every visitor and loads no antd; the rules are the shared ones `emailRules`/`passwordRules` apply.
 */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  // Which fields show their problem (found on leaving the field or on sending); the text is worked out as the form
  // renders, so it follows a language switch.
  const [shown, setShown] = useState<Partial<Record<Field, boolean>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [passwordShown, setPasswordShown] = useState(false);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const labels: Record<Field, string> = { email: t('auth.signIn.email'), password: t('auth.signIn.password') };
  const check = (field: Field, value: string) =>
    field === 'email' ? emailProblemText(t, value, labels.email) : passwordProblemText(t, value, labels.password);
  const problems: Partial<Record<Field, string>> = {
    email: (shown.email && check('email', values.email)) || undefined,
    password: (shown.password && check('password', values.password)) || undefined,
  };
  const show = (field: Field, showing: boolean) => setShown((current) => ({ ...current, [field]: showing }));

  const onChange = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setValues((current) => ({ ...current, [field]: value }));
    if (failure) setFailure(null);
    // A field shown wrong is checked again as it is corrected; once right, a new mistake waits until the person leaves it.
    if (problems[field] && !check(field, value)) show(field, false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = { email: check('email', values.email), password: check('password', values.password) };
    setShown({ email: Boolean(found.email), password: Boolean(found.password) });
    const firstWrong = (['email', 'password'] as const).find((field) => found[field]);
    if (firstWrong) {
      (firstWrong === 'email' ? emailInput : passwordInput).current?.focus();
      return;
    }
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { email: values.email.trim(), password: values.password } });
      if (!data) throw new Error('signIn returned no data');
      await onSignedIn(readViewer(data.signIn), data.signIn);
    } catch (error) {
      setFailure(describeProblem(readProblem(error), t));
      setValues((current) => ({ ...current, password: '' }));
    }
  };

  const field = (name: Field, label: string, input: ReactNode) => (
    <div className={`sign-in-field${problems[name] ? ' has-problem' : ''}`}>
      <label htmlFor={name}>{label}</label>
      {input}
      {problems[name] && (
        <div id={`${name}-problem`} className="sign-in-field-problem" role="alert">
          {problems[name]}
        </div>
      )}
    </div>
  );

  return (
    <form className="sign-in-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <fieldset disabled={loading}>
        {failure && (
          <div className="sign-in-notice sign-in-notice-error" role="alert" data-testid="sign-in-error">
            {failure}
          </div>
        )}
        {field(
          'email',
          labels.email,
          <span className="sign-in-input">
            <SignInIcon name="mail" />
            <input
              ref={emailInput}
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              placeholder={t('auth.signIn.emailPlaceholder')}
              autoFocus
              value={values.email}
              aria-invalid={problems.email ? true : undefined}
              aria-describedby={problems.email ? 'email-problem' : undefined}
              onChange={onChange('email')}
              onBlur={() => show('email', Boolean(check('email', values.email)))}
            />
          </span>,
        )}
        {field(
          'password',
          labels.password,
          <span className="sign-in-input">
            <SignInIcon name="lock" />
            <input
              ref={passwordInput}
              id="password"
              name="password"
              type={passwordShown ? 'text' : 'password'}
              autoComplete="current-password"
              value={values.password}
              aria-invalid={problems.password ? true : undefined}
              aria-describedby={problems.password ? 'password-problem' : undefined}
              onChange={onChange('password')}
              onBlur={() => show('password', Boolean(check('password', values.password)))}
            />
            <button
              type="button"
              className="sign-in-input-toggle"
              aria-label={passwordShown ? t('auth.signIn.hidePassword') : t('auth.signIn.showPassword')}
              aria-pressed={passwordShown}
              onClick={() => setPasswordShown((shown) => !shown)}
            >
              <SignInIcon name={passwordShown ? 'eye' : 'eyeInvisible'} />
            </button>
          </span>,
        )}
        <button type="submit" className="screen-button sign-in-submit" aria-busy={loading || undefined}>
          {loading && <span className="screen-spinner screen-spinner-small" aria-hidden />}
          {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </fieldset>
    </form>
  );
}
