import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import type { SignInMutation as SignInResult } from '@/__generated__/graphql';
import { readViewer, type Viewer } from '@/app/auth/viewer';
import { describeProblem, readProblem } from '@/app/errors';
import { emailRules, passwordRules } from '@/app/form-rules';

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

export interface SignInFormProps {
  /** Called with the signed-in person (unmasked) and the result to store as `me`. */
  onSignedIn: (viewer: Viewer, me: SignInResult['signIn']) => void | Promise<void>;
}

/**
 * Email + password. Every refusal reads the same ("email or password is incorrect"), so the form never tells
 * whether an email has an account.
 */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SignInMutation);

  const onFinish = async (values: SignInValues) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { email: values.email.trim(), password: values.password } });
      if (!data) throw new Error('signIn returned no data');
      await onSignedIn(readViewer(data.signIn), data.signIn);
    } catch (error) {
      setFailure(describeProblem(readProblem(error), t));
      form.setFieldValue('password', '');
    }
  };

  return (
    <Form<SignInValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      onValuesChange={() => failure && setFailure(null)}
      disabled={loading}
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure}
          style={{ marginBottom: 16 }}
          data-testid="sign-in-error"
        />
      )}
      <Form.Item
        name="email"
        label={t('auth.signIn.email')}
        rules={emailRules(t)}
        validateTrigger="onBlur"
      >
        <Input
          prefix={<MailOutlined aria-hidden />}
          autoComplete="username"
          inputMode="email"
          placeholder={t('auth.signIn.emailPlaceholder')}
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.signIn.password')}
        rules={passwordRules(t)}
        validateTrigger="onBlur"
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={loading}>
        {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </Button>
    </Form>
  );
}
