import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS, FILE_LIMITS, LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule, urlRule } from '@/app/form-rules';
import { useLocalizedForm } from '@/app/use-localized-form';
import { FilePicker } from '@/modules/files/components/file-picker';
import { useFileUploads } from '@/modules/files/hooks/use-file-uploads';

export const SubmitClaimMutation = graphql(`
  mutation SubmitClaim($claimId: ID!, $input: SubmissionInput!) {
    submitClaim(claimId: $claimId, input: $input) {
      id
      state
      submissionText
      submissionLinks
      submittedAt
      reviewComment
      version
      ...ClaimFiles_claim
    }
  }
`);

export interface SubmitValues {
  text: string;
  links: string[];
}

export interface SubmitClaimModalProps {
  open: boolean;
  claim: {
    id: string;
    title: string;
    /** The editor's comment when the piece came back with changes requested. */
    reviewComment: string | null;
    submissionText: string | null;
    submissionLinks: readonly string[];
    /** Files attached before (kept on a resubmission until the reporter deletes them). */
    fileCount?: number;
  };
  onClose: () => void;
  onSubmitted?: () => void;
}

/**
 * Hands in the piece: text (required), up to ten links and files (photos, video, audio, documents: resumable uploads
 * that start as soon as they are picked). A resubmission starts from the last one and keeps the files attached before.
 */
export function SubmitClaimModal({ open, claim, onClose, onSubmitted }: SubmitClaimModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<SubmitValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitClaimMutation);
  const resubmitting = claim.reviewComment !== null;
  const formId = `submit-claim-${claim.id}`;
  const attached = claim.fileCount ?? 0;
  const room = Math.max(0, FILE_LIMITS.filesPerClaim - attached);
  const uploads = useFileUploads(room);

  const close = () => {
    uploads.clear();
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: SubmitValues) => {
    setFailure(null);
    if (uploads.unfinished) {
      setFailure(t('files.waitForUploads'));
      return;
    }
    const links = (values.links ?? []).map((link) => link.trim()).filter((link) => link.length > 0);
    try {
      await submit({ variables: { claimId: claim.id, input: { text: values.text.trim(), links, fileIds: uploads.fileIds } } });
      void message.success(resubmitting ? t('submission.resubmitted') : t('submission.submitted'));
      onSubmitted?.();
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, ['text', 'links'])) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={resubmitting ? t('submission.resubmitTitle', { title: claim.title }) : t('submission.title', { title: claim.title })}
      onCancel={close}
      destroyOnHidden
      okText={resubmitting ? t('submission.resubmit') : t('submission.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {claim.reviewComment && (
        <Alert
          type="warning"
          showIcon
          title={t('submission.editorComment')}
          description={<span className="pre-wrap">{claim.reviewComment}</span>}
          style={{ marginBottom: 16 }}
          data-testid="editor-comment"
        />
      )}
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<SubmitValues>
        id={formId}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={loading}
        initialValues={{
          text: claim.submissionText ?? '',
          links: claim.submissionLinks.length > 0 ? [...claim.submissionLinks] : [],
        }}
      >
        <Form.Item
          name="text"
          label={t('submission.text')}
          extra={t('submission.textHelp')}
          rules={[requiredRule(t), ...lengthRules(t, COVERAGE_LIMITS.submissionText)]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={COVERAGE_LIMITS.submissionText.max} />
        </Form.Item>
        <Form.List
          name="links"
          rules={[
            {
              validator: async (_rule, links: unknown) => {
                if (Array.isArray(links) && links.length > COVERAGE_LIMITS.submissionLinks.max) {
                  throw new Error(t('form.tooMany', { max: COVERAGE_LIMITS.submissionLinks.max }));
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('submission.links')} extra={t('submission.linksHelp', { max: COVERAGE_LIMITS.submissionLinks.max })}>
              {fields.map((field, index) => (
                <div key={field.key} className="link-row">
                  <Form.Item
                    name={field.name}
                    messageVariables={{ label: t('submission.linkN', { n: index + 1 }) }}
                    rules={[requiredRule(t), urlRule(t)]}
                    validateTrigger={['onChange', 'onBlur']}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input
                      inputMode="url"
                      placeholder="https://"
                      maxLength={LIMITS.url.max}
                      aria-label={t('submission.linkN', { n: index + 1 })}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={t('submission.removeLink', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              {fields.length < COVERAGE_LIMITS.submissionLinks.max && (
                <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')} block>
                  {t('submission.addLink')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item
          label={t('files.title')}
          extra={attached > 0 ? <Typography.Text type="secondary">{t('files.attachedCount', { count: attached, left: room })}</Typography.Text> : undefined}
        >
          <FilePicker uploads={uploads} max={room} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
