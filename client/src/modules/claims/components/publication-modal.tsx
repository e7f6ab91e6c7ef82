import { useMutation } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography, type InputRef } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, LIMITS, PUBLICATION_LIMITS, type ChannelKind } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules, requiredRule, selectRequiredRule, urlRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { allianceInstant, allianceNowPickerValue, alliancePickerValue } from '@/app/time/alliance-time';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { useLocalizedForm } from '@/app/use-localized-form';

export const RecordPublicationMutation = graphql(`
  mutation RecordPublication($input: PublicationInput!) {
    recordPublication(input: $input) {
      id
      ...PublicationList_publication
      # The claim's list, straight into the cache: a refetch may share a request sent before the record existed.
      claim {
        id
        viewerActions
        publications {
          id
          ...PublicationList_publication
        }
      }
    }
  }
`);

export const UpdatePublicationMutation = graphql(`
  mutation UpdatePublication($id: ID!, $input: PublicationFieldsInput!) {
    updatePublication(id: $id, input: $input) {
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

/** A recorded publication being corrected: its id and what it says now. */
export interface EditedPublication {
  id: string;
  member: { id: string; nameZh: string; nameEn: string };
  channel: ChannelKind;
  url: string;
  publishedAt: string;
  views: number;
  shares: number;
  likes: number;
}

export interface PublicationModalProps {
  open: boolean;
  claimId: string;
  pieceTitle: string;
  /** Set to correct this publication instead of recording a new one. */
  publication?: EditedPublication | null;
  /**
   * What a new record starts from: the reporter's member and the channel suggested for the piece's format (the
   * link field then takes the focus, so typing it and pressing Enter records it). Without it: the viewer's member.
   */
  defaults?: { member: { id: string; nameZh: string; nameEn: string }; channel: ChannelKind | null } | null;
  /** A title of the caller's own (e.g. "accepted, now record where it ran"). */
  title?: string;
  /** The dismiss button's text (e.g. "later"). */
  cancelText?: string;
  onClose: () => void;
  onRecorded?: () => void;
}

/** Where an accepted piece ran: which member, which channel, the link, when, and its reach. Records a new one or corrects one. */
export function PublicationModal({ open, claimId, pieceTitle, publication = null, defaults = null, title, cancelText, onClose, onRecorded }: PublicationModalProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const viewer = useViewer();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<PublicationValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading: recording }] = useMutation(RecordPublicationMutation);
  const [update, { loading: updating }] = useMutation(UpdatePublicationMutation);
  const loading = recording || updating;
  const formId = publication ? `publication-form-${publication.id}` : `publication-form-${claimId}`;
  const member = publication?.member ?? defaults?.member ?? viewer.member;
  const focusLink = Boolean(defaults) && !publication;
  const linkRef = useRef<InputRef>(null);

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: PublicationValues) => {
    setFailure(null);
    const fields = {
      memberId: values.memberId,
      channel: values.channel,
      url: values.url.trim(),
      publishedAt: allianceInstant(values.publishedAt),
      views: values.views ?? 0,
      shares: values.shares ?? 0,
      likes: values.likes ?? 0,
    };
    try {
      if (publication) {
        await update({ variables: { id: publication.id, input: fields } });
        void message.success(t('publications.updated'));
      } else {
        await record({ variables: { input: { claimId, ...fields } } });
        void message.success(t('publications.recorded'));
      }
      onRecorded?.();
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const initialValues = publication
    ? {
        memberId: publication.member.id,
        channel: publication.channel,
        url: publication.url,
        publishedAt: alliancePickerValue(publication.publishedAt),
        views: publication.views,
        shares: publication.shares,
        likes: publication.likes,
      }
    : { memberId: member.id, channel: defaults?.channel ?? undefined, publishedAt: allianceNowPickerValue(), views: 0, shares: 0, likes: 0 };

  const reachField = (name: 'views' | 'shares' | 'likes') => (
    <Form.Item name={name} label={t(`publications.${name}`)} rules={integerRangeRules(t, PUBLICATION_LIMITS[name], false)}>
      <InputNumber min={0} max={PUBLICATION_LIMITS[name].max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={title ?? t(publication ? 'publications.editTitle' : 'publications.recordTitle', { title: pieceTitle })}
      onCancel={close}
      destroyOnHidden
      okText={t(publication ? 'publications.save' : 'publications.record')}
      cancelText={cancelText ?? t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
      // Once the dialog is in place (it takes the focus itself on opening, animated or not), the link field takes it.
      afterOpenChange={(visible) => visible && focusLink && linkRef.current?.focus()}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      {defaults && !publication && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('board.prefilled')}
        </Typography.Paragraph>
      )}
      <Form<PublicationValues> id={formId} form={form} layout="vertical" onFinish={onFinish} disabled={loading} initialValues={initialValues}>
        <Form.Item name="memberId" label={t('publications.member')} rules={[selectRequiredRule(t)]}>
          <MemberPicker aria-label={t('publications.member')} knownOptions={[{ value: member.id, label: pick(member.nameZh, member.nameEn) }]} />
        </Form.Item>
        <div className="two-columns">
          <Form.Item name="channel" label={t('publications.channel')} rules={[selectRequiredRule(t)]}>
            <Select
              aria-label={t('publications.channel')}
              options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`enums.channelKind.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="publishedAt" label={t('publications.publishedAtAllianceTime')} rules={[selectRequiredRule(t)]}>
            {/* A piece cannot have run in the future (the server refuses it too). The picker shows alliance time. */}
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly disabledDate={(day) => day.isAfter(allianceNowPickerValue(), 'day')} />
          </Form.Item>
        </div>
        <Form.Item name="url" label={t('publications.url')} rules={[requiredRule(t), urlRule(t)]}>
          <Input ref={linkRef} inputMode="url" maxLength={LIMITS.url.max} placeholder="https://" />
        </Form.Item>
        <div className="three-columns">
          {reachField('views')}
          {reachField('shares')}
          {reachField('likes')}
        </div>
      </Form>
    </Modal>
  );
}
