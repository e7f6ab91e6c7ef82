import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { passwordRules } from '@/app/form-rules';
import { useLocalizedForm } from '@/app/use-localized-form';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FORM_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<ChangePasswordValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);

  const onFinish = async (values: ChangePasswordValues) => {
    setFailure(null);
    try {
      await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      form.resetFields();
      void message.success(t('settings.password.changed'));
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Card title={t('settings.password.title')}>
      <Typography.Paragraph type="secondary">
        {t('settings.password.help', { min: LIMITS.password.min, max: LIMITS.password.max })}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={onFinish} disabled={loading}>
        {/* Lets password managers tie the new password to the account. */}
        <input type="text" name="username" autoComplete="username" value={email} hidden readOnly />
        <Form.Item name="currentPassword" label={t('settings.password.current')} rules={[{ required: true, message: t('form.requiredField') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('settings.password.new')}
          dependencies={['currentPassword']}
          rules={[
            ...passwordRules(t),
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value === getFieldValue('currentPassword')) {
                  throw new Error(t('settings.password.sameAsCurrent'));
                }
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('settings.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('form.requiredField') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('settings.password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('settings.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
