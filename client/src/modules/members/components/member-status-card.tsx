import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUS_LIMITS, type MemberStatus } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, errorMessage, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { useLocalizedForm } from '@/app/use-localized-form';

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($memberId: ID!, $reason: String!) {
    suspendMember(memberId: $memberId, reason: $reason) {
      id
      status
      statusReason
      statusChangedAt
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($memberId: ID!, $reason: String!) {
    reactivateMember(memberId: $memberId, reason: $reason) {
      id
      status
      statusReason
      statusChangedAt
    }
  }
`);

export interface MemberStatusProps {
  member: { id: string; name: string; status: MemberStatus; statusReason: string | null; statusChangedAt: string | null };
  /** The secretariat suspends and reactivates (never its own unit: the caller leaves the card out then). */
  canChange: boolean;
}

/** A suspended member's notice for everyone; for the secretariat, suspending and reactivating with a reason. */
export function MemberStatusSection({ member, canChange }: MemberStatusProps) {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = useLocalizedForm<{ reason: string }>();
  const [suspend, suspending] = useMutation(SuspendMemberMutation);
  const [reactivate, reactivating] = useMutation(ReactivateMemberMutation);
  const suspended = member.status === 'SUSPENDED';
  const details = [
    member.statusReason ? t('memberStatus.reason', { reason: member.statusReason }) : null,
    member.statusChangedAt ? t('memberStatus.changedAt', { time: formatAllianceTime(member.statusChangedAt, isEnglish) }) : null,
  ].filter(Boolean);

  const submit = async ({ reason }: { reason: string }) => {
    try {
      const variables = { memberId: member.id, reason: reason.trim() };
      if (suspended) await reactivate({ variables });
      else await suspend({ variables });
      void message.success(t(suspended ? 'memberStatus.reactivated' : 'memberStatus.suspended', { name: member.name }));
      setOpen(false);
      form.resetFields();
    } catch (failure) {
      if (!applyProblemToForm(form, readProblem(failure), t, ['reason'])) void message.error(errorMessage(failure, t));
    }
  };

  if (!suspended && !canChange) return null;
  return (
    <div data-testid="member-status">
      {suspended && (
        <Alert
          type="warning"
          showIcon
          title={t('memberStatus.suspendedAlert')}
          description={details.length ? details.join(' · ') : undefined}
          action={
            canChange ? (
              <Button size="small" onClick={() => setOpen(true)}>
                {t('memberStatus.reactivate')}
              </Button>
            ) : undefined
          }
        />
      )}
      {!suspended && canChange && (
        <Button danger onClick={() => setOpen(true)}>
          {t('memberStatus.suspend')}
        </Button>
      )}
      <Modal
        open={open}
        title={t(suspended ? 'memberStatus.reactivateTitle' : 'memberStatus.suspendTitle', { name: member.name })}
        okText={t(suspended ? 'memberStatus.reactivate' : 'memberStatus.suspend')}
        okButtonProps={{ danger: !suspended, htmlType: 'submit', form: `member-status-${member.id}` }}
        cancelText={t('common.cancel')}
        confirmLoading={suspending.loading || reactivating.loading}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t(suspended ? 'memberStatus.reactivateHelp' : 'memberStatus.suspendHelp')}</Typography.Paragraph>
        <Form form={form} id={`member-status-${member.id}`} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item
            name="reason"
            label={t('memberStatus.reasonLabel')}
            rules={[
              {
                required: true,
                whitespace: true,
                min: MEMBER_STATUS_LIMITS.reason.min,
                message: t('memberStatus.reasonRequired', { min: MEMBER_STATUS_LIMITS.reason.min }),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={MEMBER_STATUS_LIMITS.reason.max} showCount placeholder={t('memberStatus.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
