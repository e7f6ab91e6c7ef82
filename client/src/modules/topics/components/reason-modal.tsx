import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule } from '@/app/form-rules';
import { useLocalizedForm } from '@/app/use-localized-form';

export interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  help?: string;
  okText: string;
  danger?: boolean;
  /** The text may be left empty (then `onSubmit` gets ''). */
  optional?: boolean;
  limit: { min?: number; max: number };
  onCancel: () => void;
  /** Resolves when done; a rejection is shown in the modal, which stays open. */
  onSubmit: (text: string) => Promise<void>;
}

/** Asks for one piece of text (a reason, a review comment) before a decision is sent. */
export function ReasonModal({ open, title, label, help, okText, danger, optional, limit, onCancel, onSubmit }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = useLocalizedForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const formId = `reason-form-${title.length}-${label.length}`;

  const close = () => {
    setFailure(null);
    form.resetFields();
    onCancel();
  };

  const onFinish = async ({ text = '' }: { text?: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(text.trim());
      form.resetFields();
    } catch (error) {
      setFailure(describeProblem(readProblem(error), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      destroyOnHidden
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: busy, danger }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form id={formId} form={form} layout="vertical" onFinish={onFinish} disabled={busy}>
        <Form.Item name="text" label={label} extra={help} rules={[...(optional ? [] : [requiredRule(t)]), ...lengthRules(t, limit)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={limit.max} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
