import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS, LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule, urlRule } from '@/app/form-rules';

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
  };
  onClose: () => void;
  onSubmitted?: () => void;
}

/** Hands in the piece: text (required) and up to ten links. A resubmission starts from the last one. */
export function SubmitClaimModal({ open, claim, onClose, onSubmitted }: SubmitClaimModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubmitValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitClaimMutation);
  const resubmitting = claim.reviewComment !== null;
  const formId = `submit-claim-${claim.id}`;

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: SubmitValues) => {
    setFailure(null);
    const links = (values.links ?? []).map((link) => link.trim()).filter((link) => link.length > 0);
    try {
      await submit({ variables: { claimId: claim.id, input: { text: values.text.trim(), links } } });
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
                    icon={<MinusCircleOutlined />}
                    aria-label={t('submission.removeLink', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              {fields.length < COVERAGE_LIMITS.submissionLinks.max && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
                  {t('submission.addLink')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
