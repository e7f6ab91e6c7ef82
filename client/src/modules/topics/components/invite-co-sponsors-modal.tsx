import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import { describeProblem, readProblem } from '@/app/errors';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { useLocalizedForm } from '@/app/use-localized-form';

export const InviteCoSponsorsMutation = graphql(`
  mutation InviteCoSponsors($topicId: ID!, $memberIds: [ID!]!) {
    inviteCoSponsors(topicId: $topicId, memberIds: $memberIds) {
      id
      ...TopicAfterAction_topic
    }
  }
`);

export interface InviteCoSponsorsModalProps {
  open: boolean;
  topicId: string;
  excludeIds: readonly string[];
  onClose: () => void;
}

/** Picks other members (search as you type) and invites them to co-sponsor the topic. */
export function InviteCoSponsorsModal({ open, topicId, excludeIds, onClose }: InviteCoSponsorsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<{ memberIds: string[] }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteCoSponsorsMutation);

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async ({ memberIds }: { memberIds: string[] }) => {
    setFailure(null);
    try {
      await invite({ variables: { topicId, memberIds } });
      void message.success(t('topicPage.invited', { count: memberIds.length }));
      close();
    } catch (error) {
      setFailure(describeProblem(readProblem(error), t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('enums.topicAction.INVITE')}
      onCancel={close}
      destroyOnHidden
      okText={t('topicPage.sendInvitations')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'invite-co-sponsors-form', loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('topicPage.inviteHelp')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form id="invite-co-sponsors-form" form={form} layout="vertical" onFinish={onFinish} disabled={loading}>
        <Form.Item
          name="memberIds"
          label={t('topicPage.inviteMembers')}
          rules={[{ required: true, type: 'array', min: 1, message: t('form.selectRequiredField') }]}
        >
          <MemberPicker multiple excludeIds={excludeIds} aria-label={t('topicPage.inviteMembers')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
