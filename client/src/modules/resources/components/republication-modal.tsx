import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, LIMITS, PUBLICATION_LIMITS, type ChannelKind } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules, requiredRule, selectRequiredRule, urlRule } from '@/app/form-rules';
import { allianceInstant, allianceNowPickerValue } from '@/app/time/alliance-time';
import { useLocalizedForm } from '@/app/use-localized-form';

export const RepublicationChannelsQuery = graphql(`
  query RepublicationChannels($memberId: ID!) {
    member(id: $memberId) {
      id
      channels {
        kind
        name
      }
    }
  }
`);

export const RecordRepublicationMutation = graphql(`
  mutation RecordRepublication($input: RepublicationInput!) {
    recordRepublication(input: $input) {
      id
      resource {
        id
        ...RepublicationTable_resource
      }
    }
  }
`);

interface RepublicationValues {
  channel: ChannelKind;
  url: string;
  publishedAt: Dayjs;
  views: number | null;
  shares: number | null;
  likes: number | null;
}

const FIELDS = ['channel', 'url', 'publishedAt', 'views', 'shares', 'likes'] as const;
const REACH = ['views', 'shares', 'likes'] as const;

export interface RepublicationModalProps {
  open: boolean;
  resourceId: string;
  pieceTitle: string;
  onClose: () => void;
}

/**
 * Where the viewer's member ran a library piece: on which of its channels, the link, when, and the reach so far.
 * The returned publication carries the piece's new list and reach, so the page updates from the answer.
 */
export function RepublicationModal({ open, resourceId, pieceTitle, onClose }: RepublicationModalProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<RepublicationValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const { data } = useQuery(RepublicationChannelsQuery, { variables: { memberId: viewer.member.id }, skip: !open });
  const [record, { loading }] = useMutation(RecordRepublicationMutation);
  const formId = `republication-form-${resourceId}`;

  // The member's own channels first (one option per kind, naming its accounts); any kind when none is listed.
  const channelOptions = useMemo(() => {
    const channels = data?.member.channels ?? [];
    const kinds = channels.length > 0 ? CHANNEL_KINDS.filter((kind) => channels.some((channel) => channel.kind === kind)) : CHANNEL_KINDS;
    return kinds.map((kind) => {
      const names = channels.filter((channel) => channel.kind === kind).map((channel) => channel.name);
      const label = t(`enums.channelKind.${kind}`);
      return { value: kind, label: names.length > 0 ? `${label} · ${names.join('、')}` : label };
    });
  }, [data, t]);

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: RepublicationValues) => {
    setFailure(null);
    try {
      await record({
        variables: {
          input: {
            resourceId,
            memberId: viewer.member.id,
            channel: values.channel,
            url: values.url.trim(),
            publishedAt: allianceInstant(values.publishedAt),
            views: values.views ?? 0,
            shares: values.shares ?? 0,
            likes: values.likes ?? 0,
          },
        },
      });
      void message.success(t('piece.republicationRecorded'));
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('piece.recordTitle', { title: pieceTitle })}
      onCancel={close}
      destroyOnHidden
      okText={t('publications.record')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<RepublicationValues>
        id={formId}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={loading}
        initialValues={{ publishedAt: allianceNowPickerValue(), views: 0, shares: 0, likes: 0 }}
      >
        <div className="two-columns">
          <Form.Item name="channel" label={t('publications.channel')} rules={[selectRequiredRule(t)]}>
            <Select aria-label={t('publications.channel')} options={channelOptions} />
          </Form.Item>
          <Form.Item name="publishedAt" label={t('publications.publishedAtAllianceTime')} rules={[selectRequiredRule(t)]}>
            {/* A piece cannot have run in the future (the server refuses it too). The picker shows alliance time. */}
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              inputReadOnly
              disabledDate={(day) => day.isAfter(allianceNowPickerValue(), 'day')}
            />
          </Form.Item>
        </div>
        <Form.Item name="url" label={t('publications.url')} rules={[requiredRule(t), urlRule(t)]}>
          <Input inputMode="url" maxLength={LIMITS.url.max} placeholder="https://" />
        </Form.Item>
        <div className="three-columns">
          {REACH.map((name) => (
            <Form.Item key={name} name={name} label={t(`publications.${name}`)} rules={integerRangeRules(t, PUBLICATION_LIMITS[name], false)}>
              <InputNumber min={0} max={PUBLICATION_LIMITS[name].max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </div>
      </Form>
    </Modal>
  );
}
