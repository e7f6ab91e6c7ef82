import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { Viewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { useLocalizedForm } from '@/app/use-localized-form';

export const UpdateDisplayNameMutation = graphql(`
  mutation UpdateDisplayName($displayName: String!) {
    updateProfile(input: { displayName: $displayName }) {
      id
      displayName
    }
  }
`);

interface ProfileValues {
  displayName: string;
}

export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<ProfileValues>();
  const [update, { loading }] = useMutation(UpdateDisplayNameMutation);

  const onFinish = async (values: ProfileValues) => {
    try {
      await update({ variables: { displayName: values.displayName.trim() } });
      void message.success(t('settings.profile.saved'));
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, ['displayName'])) void message.error(describeProblem(problem, t));
    }
  };

  return (
    <Card title={t('settings.profile.title')}>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'email', label: t('settings.profile.email'), children: viewer.email },
          {
            key: 'member',
            label: t('settings.profile.member'),
            children: pick(viewer.member.nameZh, viewer.member.nameEn),
          },
          { key: 'role', label: t('settings.profile.role'), children: t(`enums.role.${viewer.role}`) },
        ]}
      />
      <Form<ProfileValues>
        form={form}
        layout="vertical"
        initialValues={{ displayName: viewer.displayName }}
        onFinish={onFinish}
        disabled={loading}
      >
        <Form.Item
          name="displayName"
          label={t('settings.profile.displayName')}
          rules={[requiredRule(t), ...lengthRules(t, LIMITS.displayName)]}
        >
          <Input maxLength={LIMITS.displayName.max} autoComplete="name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
