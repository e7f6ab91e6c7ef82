import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTER_LIMITS, FILE_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule, selectRequiredRule, urlRule } from '@/app/form-rules';
import { FilePicker } from '@/modules/files/components/file-picker';
import { useFileUploads } from '@/modules/files/hooks/use-file-uploads';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { useLocalizedForm } from '@/app/use-localized-form';

export const SubmitCommitmentEvidenceMutation = graphql(`
  mutation SubmitCommitmentEvidence($input: EvidenceInput!) {
    submitCommitmentEvidence(input: $input) {
      id
      ...EvidenceItem_evidence
    }
  }
`);

interface EvidenceValues {
  memberId?: string;
  text: string;
  links: string[];
}

const FIELDS = ['memberId', 'text', 'links'] as const;

interface EvidenceSubmitModalProps {
  commitment: { id: string; title: string } | null;
  /** The secretariat submits for a member it chooses; anyone else for their own member. */
  chooseMember: boolean;
  onClose: () => void;
}

/** Evidence for a manual commitment: what was done (text), where it shows (links) and files; the secretariat then verifies it. */
export function EvidenceSubmitModal({ commitment, chooseMember, onClose }: EvidenceSubmitModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = useLocalizedForm<EvidenceValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitCommitmentEvidenceMutation);
  const uploads = useFileUploads(FILE_LIMITS.filesPerEvidence);
  const close = () => {
    uploads.clear();
    onClose();
  };

  const save = async (values: EvidenceValues) => {
    if (!commitment) return;
    setFailure(null);
    if (uploads.unfinished) {
      setFailure(t('files.waitForUploads'));
      return;
    }
    const links = (values.links ?? []).map((link) => link.trim()).filter((link) => link.length > 0);
    try {
      await submit({
        variables: { input: { commitmentId: commitment.id, memberId: chooseMember ? (values.memberId ?? null) : null, text: values.text.trim(), links, fileIds: uploads.fileIds } },
      });
      void message.success(t('evidence.submitted'));
      refetchActive(client, ['CommitmentEvidenceList']);
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={Boolean(commitment)}
      title={commitment ? `${t('evidence.submit')}：${commitment.title}` : t('evidence.submit')}
      okText={t('evidence.submit')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      <Form<EvidenceValues> form={form} layout="vertical" preserve={false} initialValues={{ text: '', links: [''] }} onFinish={(values) => void save(values)}>
        {chooseMember && (
          <Form.Item name="memberId" label={t('evidence.member')} rules={[selectRequiredRule(t)]}>
            <MemberPicker />
          </Form.Item>
        )}
        <Form.Item
          name="text"
          label={t('evidence.text')}
          extra={t('evidence.textHelp')}
          rules={[requiredRule(t), ...lengthRules(t, { max: CHARTER_LIMITS.evidenceText })]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={CHARTER_LIMITS.evidenceText} showCount />
        </Form.Item>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <div className="stack" style={{ gap: 8, marginBottom: 16 }}>
              <Typography.Text>{t('evidence.links')}</Typography.Text>
              <Typography.Text type="secondary">{t('evidence.linksHelp', { max: CHARTER_LIMITS.evidenceLinks })}</Typography.Text>
              {fields.map((field, index) => (
                <div key={field.key} className="evidence-link-row">
                  <Form.Item name={field.name} rules={[urlRule(t)]} style={{ flex: 1, marginBottom: 0 }}>
                    <Input placeholder="https://" aria-label={`${t('evidence.links')} ${index + 1}`} inputMode="url" />
                  </Form.Item>
                  <Button icon={<MinusCircleOutlined aria-hidden />} aria-label={t('evidence.removeLink')} title={t('evidence.removeLink')} onClick={() => remove(field.name)} />
                </div>
              ))}
              {fields.length < CHARTER_LIMITS.evidenceLinks && (
                <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
                  {t('evidence.addLink')}
                </Button>
              )}
            </div>
          )}
        </Form.List>
        <Form.Item label={t('files.title')}>
          <FilePicker uploads={uploads} max={FILE_LIMITS.filesPerEvidence} />
        </Form.Item>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      </Form>
    </Modal>
  );
}
