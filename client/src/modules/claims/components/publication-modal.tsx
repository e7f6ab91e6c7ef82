import { useMutation } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, COVERAGE_LIMITS, LIMITS, type ChannelKind } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules, requiredRule, selectRequiredRule, urlRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { MemberPicker } from '@/modules/members/components/member-picker';

export const RecordPublicationMutation = graphql(`
  mutation RecordPublication($input: PublicationInput!) {
    recordPublication(input: $input) {
      id
      ...PublicationList_publication
    }
  }
`);

interface PublicationValues {
  memberId: string;
  channel: ChannelKind;
  url: string;
  publishedAt: Dayjs;
  views: number;
  shares: number;
  likes: number;
}

const FIELDS = ['memberId', 'channel', 'url', 'publishedAt', 'views', 'shares', 'likes'] as const;

export interface PublicationModalProps {
  open: boolean;
  claimId: string;
  pieceTitle: string;
  onClose: () => void;
  onRecorded?: () => void;
}

/** Where an accepted piece ran: which member, which channel, the link, when, and its reach. */
export function PublicationModal({ open, claimId, pieceTitle, onClose, onRecorded }: PublicationModalProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const viewer = useViewer();
  const { message } = App.useApp();
  const [form] = Form.useForm<PublicationValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordPublicationMutation);
  const reach = { min: 0, max: COVERAGE_LIMITS.reach.max };

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: PublicationValues) => {
    setFailure(null);
    try {
      await record({
        variables: {
          input: {
            claimId,
            memberId: values.memberId,
            channel: values.channel,
            url: values.url.trim(),
            publishedAt: values.publishedAt.toISOString(),
            views: values.views ?? 0,
            shares: values.shares ?? 0,
            likes: values.likes ?? 0,
          },
        },
      });
      void message.success(t('publications.recorded'));
      onRecorded?.();
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('publications.recordTitle', { title: pieceTitle })}
      onCancel={close}
      destroyOnHidden
      okText={t('publications.record')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: `publication-form-${claimId}`, loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<PublicationValues>
        id={`publication-form-${claimId}`}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={loading}
        initialValues={{ memberId: viewer.member.id, publishedAt: dayjs(), views: 0, shares: 0, likes: 0 }}
      >
        <Form.Item name="memberId" label={t('publications.member')} rules={[selectRequiredRule(t)]}>
          <MemberPicker
            aria-label={t('publications.member')}
            knownOptions={[{ value: viewer.member.id, label: pick(viewer.member.nameZh, viewer.member.nameEn) }]}
          />
        </Form.Item>
        <div className="two-columns">
          <Form.Item name="channel" label={t('publications.channel')} rules={[selectRequiredRule(t)]}>
            <Select
              aria-label={t('publications.channel')}
              options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`enums.channelKind.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="publishedAt" label={t('publications.publishedAt')} rules={[selectRequiredRule(t)]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </div>
        <Form.Item name="url" label={t('publications.url')} rules={[requiredRule(t), urlRule(t)]}>
          <Input inputMode="url" maxLength={LIMITS.url.max} placeholder="https://" />
        </Form.Item>
        <div className="three-columns">
          <Form.Item name="views" label={t('publications.views')} rules={integerRangeRules(t, reach, false)}>
            <InputNumber min={0} max={reach.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="shares" label={t('publications.shares')} rules={integerRangeRules(t, reach, false)}>
            <InputNumber min={0} max={reach.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="likes" label={t('publications.likes')} rules={integerRangeRules(t, reach, false)}>
            <InputNumber min={0} max={reach.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
