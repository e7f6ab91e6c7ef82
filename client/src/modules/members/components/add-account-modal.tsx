import { KeyOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, LIMITS, LOCALES, type Locale, type Role } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { emailRules, lengthRules, passwordRules, requiredRule, selectRequiredRule } from '@/app/form-rules';
import { grantableRoles } from '../account-roles';
import { useLocalizedForm } from '@/app/use-localized-form';

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      displayName
      ...AccountsTable_user
    }
  }
`);

export interface AddAccountValues {
  email: string;
  displayName: string;
  role: Role;
  password: string;
  locale: Locale;
}

const FORM_FIELDS = ['email', 'displayName', 'role', 'password', 'locale'] as const;

export interface AddAccountModalProps {
  open: boolean;
  onClose: () => void;
  member: { id: string; name: string; isSecretariat: boolean };
  viewerRole: Role;
  /** Called after the account exists (the caller refreshes lists and counts). */
  onCreated?: (account: { id: string; displayName: string }) => void;
}

/** A strong initial password: 16 characters from an unambiguous alphabet, from the browser's CSPRNG. */
export function generatePassword(length = 16): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

export function AddAccountModal({ open, onClose, member, viewerRole, onCreated }: AddAccountModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<AddAccountValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createAccount, { loading }] = useMutation(CreateAccountMutation, {
    // The member's account lists and staff counts are stale now: queries showing them fetch again.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'memberAccounts' });
      cache.evict({ id: cache.identify({ __typename: 'Member', id: member.id }), fieldName: 'staffCounts' });
      cache.gc();
    },
  });
  const roles = grantableRoles(viewerRole, member.isSecretariat);

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: AddAccountValues) => {
    setFailure(null);
    try {
      const { data } = await createAccount({
        variables: {
          input: {
            memberId: member.id,
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            password: values.password,
            locale: values.locale,
          },
        },
      });
      if (!data) return;
      void message.success(t('accounts.form.created', { name: data.createAccount.displayName }));
      onCreated?.({ id: data.createAccount.id, displayName: data.createAccount.displayName });
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('accounts.form.title')}
      onCancel={close}
      destroyOnHidden
      okText={t('accounts.form.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'add-account-form', loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('accounts.form.forMember', { member: member.name })}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<AddAccountValues>
        id="add-account-form"
        form={form}
        layout="vertical"
        requiredMark="optional"
        // No preselected role: granting one is a decision, not a default.
        initialValues={{ locale: DEFAULT_LOCALE }}
        onFinish={onFinish}
        disabled={loading}
      >
        <Form.Item name="email" label={t('accounts.form.email')} rules={emailRules(t)} validateTrigger="onBlur">
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('accounts.form.displayName')}
          rules={[requiredRule(t), ...lengthRules(t, LIMITS.displayName)]}
        >
          <Input maxLength={LIMITS.displayName.max} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('accounts.form.role')} rules={[selectRequiredRule(t)]}>
          <Select
            data-testid="account-role-select"
            placeholder={t('form.selectRequired')}
            options={roles.map((role) => ({ value: role, label: t(`enums.role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.password')}
          extra={t('accounts.form.passwordHelp', { min: LIMITS.password.min, max: LIMITS.password.max })}
          required
        >
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="password"
              noStyle
              messageVariables={{ label: t('accounts.form.password') }}
              rules={passwordRules(t)}
            >
              <Input.Password autoComplete="new-password" aria-label={t('accounts.form.password')} />
            </Form.Item>
            <Button
              icon={<KeyOutlined aria-hidden />}
              onClick={() => {
                form.setFieldValue('password', generatePassword());
                void form.validateFields(['password']);
              }}
            >
              {t('accounts.form.generate')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="locale" label={t('accounts.form.locale')} rules={[selectRequiredRule(t)]}>
          <Select options={LOCALES.map((locale) => ({ value: locale, label: t(`lang.names.${locale}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
