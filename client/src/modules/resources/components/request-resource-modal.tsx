import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allianceDate, capacityPeriodStart, RESOURCE_LIMITS, type CapacityPeriod } from '@yah/shared';
import { graphql } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule } from '@/app/form-rules';
import { useLocalizedForm } from '@/app/use-localized-form';

export const RequestResourceMutation = graphql(`
  mutation RequestResource($resourceId: ID!, $note: String!, $neededOn: String) {
    requestResource(resourceId: $resourceId, note: $note, neededOn: $neededOn) {
      id
      state
      viewerActions
      resource {
        id
        capacityLeft
        viewerActions
        viewerRequest {
          id
          state
          viewerActions
        }
      }
    }
  }
`);

export interface RequestableResource {
  id: string;
  title: string;
  headlineOnly: boolean;
  capacityPerPeriod: number | null;
  capacityPeriod: CapacityPeriod | null;
  capacityLeft: number | null;
}

interface Values {
  note: string;
  neededOn?: Dayjs | null;
}

/** What the capacity line says for the chosen date (the server knows the current period's units only). */
function capacityHint(resource: RequestableResource, neededOn: Dayjs | null | undefined, t: TFunction) {
  const { capacityPerPeriod: total, capacityPeriod: period, capacityLeft: left } = resource;
  if (total === null || period === null || left === null) return null;
  const today = allianceDate(new Date());
  if (neededOn && capacityPeriodStart(period, neededOn.format('YYYY-MM-DD')) !== capacityPeriodStart(period, today)) {
    return <Typography.Text type="secondary">{t('requests.modal.capacityOtherPeriod')}</Typography.Text>;
  }
  const periodName = t(`requests.period.${period}`);
  return left > 0 ? (
    <Typography.Text type="secondary">{t('requests.modal.capacityLeft', { period: periodName, left, total })}</Typography.Text>
  ) : (
    <Typography.Text type="warning">{t('requests.modal.capacityGone', { period: periodName })}</Typography.Text>
  );
}

export interface RequestResourceModalProps {
  open: boolean;
  resource: RequestableResource;
  onClose: () => void;
}

/** Asks for a resource (or a headline-only piece's full text): a note, and the alliance date it is needed on. */
export function RequestResourceModal({ open, resource, onClose }: RequestResourceModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = useLocalizedForm<Values>();
  const neededOn = Form.useWatch('neededOn', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestResourceMutation);
  const formId = `request-resource-${resource.id}`;
  const today = allianceDate(new Date());

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: Values) => {
    setFailure(null);
    try {
      await request({
        variables: {
          resourceId: resource.id,
          note: values.note.trim(),
          neededOn: values.neededOn ? values.neededOn.format('YYYY-MM-DD') : null,
        },
      });
      void message.success(t('requests.modal.submitted'));
      refetchActive(client, ['ResourceRequestCounts']);
      close();
    } catch (error) {
      // A past date belongs under the date; everything else (a full period, an open request already) above the form.
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, ['note', 'neededOn'])) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t(resource.headlineOnly ? 'requests.modal.titleFullText' : 'requests.modal.title', { title: resource.title })}
      onCancel={close}
      destroyOnHidden
      okText={t('requests.modal.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {resource.headlineOnly && (
        <Typography.Paragraph type="secondary">{t('requests.modal.fullTextHelp')}</Typography.Paragraph>
      )}
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form id={formId} form={form} layout="vertical" onFinish={onFinish} disabled={loading}>
        <Form.Item
          name="note"
          label={t('requests.modal.note')}
          extra={t('requests.modal.noteHelp')}
          rules={[requiredRule(t), ...lengthRules(t, RESOURCE_LIMITS.requestNote)]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={RESOURCE_LIMITS.requestNote.max} showCount />
        </Form.Item>
        <Form.Item label={t('requests.modal.neededOn')} extra={capacityHint(resource, neededOn, t) ?? t('requests.modal.neededOnHelp')}>
          <Form.Item name="neededOn" noStyle>
            <DatePicker
              style={{ width: '100%' }}
              inputReadOnly
              aria-label={t('requests.modal.neededOn')}
              disabledDate={(day) => day.format('YYYY-MM-DD') < today}
            />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  );
}
