import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { INNOVATION_CATEGORIES, INNOVATION_LIMITS, LIMITS, RESOURCE_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { InnovationCategory } from '@/__generated__/graphql';
import { applyProblemToForm, errorMessage, readProblem } from '@/app/errors';
import { useLocalizedForm } from '@/app/use-localized-form';

export const SubmitInnovationProjectMutation = graphql(`
  mutation SubmitInnovationProject($input: NewInnovationProjectInput!) {
    submitInnovationProject(input: $input) {
      id
      version
      viewerActions
      ...InnovationProjectDetails_project
    }
  }
`);

export const UpdateInnovationProjectMutation = graphql(`
  mutation UpdateInnovationProject($id: ID!, $version: Int!, $input: InnovationProjectFieldsInput!) {
    updateInnovationProject(id: $id, version: $version, input: $input) {
      id
      version
      viewerActions
      ...InnovationProjectDetails_project
    }
  }
`);

export interface ProjectFormValues {
  title: string;
  category: InnovationCategory;
  summary: string;
  results: string | null;
  links: string[];
  media: { url: string; credit: string }[];
}

const FIELDS = ['title', 'category', 'summary', 'results', 'links', 'media'] as const;

interface ProjectFormModalProps {
  open: boolean;
  roundId: string;
  /** The project being edited (absent: a new submission). */
  editing?: { id: string; version: number; values: ProjectFormValues } | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Submit a project to the open round, or edit one of the member's until submissions close. */
export function ProjectFormModal({ open, roundId, editing, onClose, onSaved }: ProjectFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<ProjectFormValues>();
  // The member's list, the round's counts and its project table show the change.
  const refetchQueries = ['MyInnovationProjects', 'InnovationRounds', 'InnovationRoundPageProjects'];
  const [submit, { loading: submitting }] = useMutation(SubmitInnovationProjectMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateInnovationProjectMutation, { refetchQueries });

  const save = async (values: ProjectFormValues) => {
    const input = {
      title: values.title,
      category: values.category,
      summary: values.summary,
      results: values.results?.trim() ? values.results : null,
      links: (values.links ?? []).filter(Boolean),
      media: (values.media ?? []).filter((item) => item?.url),
    };
    try {
      if (editing) await update({ variables: { id: editing.id, version: editing.version, input } });
      else await submit({ variables: { input: { roundId, ...input } } });
      void message.success(t(editing ? 'innovation.saved' : 'innovation.submitted'));
      form.resetFields();
      onSaved();
    } catch (error) {
      if (!applyProblemToForm(form, readProblem(error), t, FIELDS)) void message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t(editing ? 'innovation.form.editTitle' : 'innovation.form.newTitle')}
      onCancel={onClose}
      okText={t(editing ? 'innovation.form.save' : 'innovation.form.submit')}
      confirmLoading={submitting || updating}
      onOk={() => form.submit()}
      destroyOnHidden
      width={720}
    >
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={editing?.values ?? { links: [], media: [], results: '' }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="title" label={t('innovation.form.title')} rules={[{ required: true, whitespace: true, min: INNOVATION_LIMITS.title.min, max: INNOVATION_LIMITS.title.max }]}>
          <Input maxLength={INNOVATION_LIMITS.title.max} />
        </Form.Item>
        <Form.Item name="category" label={t('innovation.form.category')} rules={[{ required: true }]}>
          <Select options={INNOVATION_CATEGORIES.map((value) => ({ value, label: t(`enums.innovationCategory.${value}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('innovation.form.summary')} extra={t('innovation.form.summaryHelp')} rules={[{ required: true, whitespace: true, max: INNOVATION_LIMITS.summary.max }]}>
          <Input.TextArea rows={4} maxLength={INNOVATION_LIMITS.summary.max} showCount />
        </Form.Item>
        <Form.Item name="results" label={t('innovation.form.results')} extra={t('innovation.form.resultsHelp')} rules={[{ max: INNOVATION_LIMITS.results.max }]}>
          <Input.TextArea rows={4} maxLength={INNOVATION_LIMITS.results.max} showCount />
        </Form.Item>
        <Form.List name="links">
          {(fields, { add, remove }) => (
            <Form.Item label={t('innovation.form.links')}>
              <div className="stack" style={{ gap: 8 }}>
                {fields.map((field) => (
                  <Space.Compact key={field.key} style={{ width: '100%' }}>
                    <Form.Item name={field.name} noStyle rules={[{ required: true, type: 'url', max: LIMITS.url.max }]}>
                      <Input placeholder="https://" inputMode="url" />
                    </Form.Item>
                    <Button icon={<MinusCircleOutlined aria-hidden />} aria-label={t('innovation.form.remove')} onClick={() => remove(field.name)} />
                  </Space.Compact>
                ))}
                {fields.length < INNOVATION_LIMITS.links.max && (
                  <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>
                    {t('innovation.form.addLink')}
                  </Button>
                )}
              </div>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="media">
          {(fields, { add, remove }) => (
            <Form.Item label={t('innovation.form.media')}>
              <div className="stack" style={{ gap: 8 }}>
                {fields.map((field) => (
                  <div key={field.key} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
                    <Form.Item name={[field.name, 'url']} noStyle rules={[{ required: true, type: 'url', max: LIMITS.url.max }]}>
                      <Input placeholder={t('innovation.form.mediaUrl')} inputMode="url" style={{ flex: '2 1 220px' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'credit']} noStyle rules={[{ required: true, whitespace: true, max: RESOURCE_LIMITS.mediaCredit.max }]}>
                      <Input placeholder={t('innovation.form.mediaCredit')} style={{ flex: '1 1 140px' }} />
                    </Form.Item>
                    <Button icon={<MinusCircleOutlined aria-hidden />} aria-label={t('innovation.form.remove')} onClick={() => remove(field.name)} />
                  </div>
                ))}
                {fields.length < INNOVATION_LIMITS.media.max && (
                  <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ url: '', credit: '' })}>
                    {t('innovation.form.addMedia')}
                  </Button>
                )}
              </div>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
