import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOUNCEMENT_LIMITS } from '@yah/shared';
import type { AnnouncementAudience } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { useLocalizedForm } from '@/app/use-localized-form';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';
import { AnnouncementsPageQuery, PostAnnouncementMutation, UpdateAnnouncementMutation } from '../announcement-fragments';

export interface EditableAnnouncement {
  id: string;
  title: string;
  body: string;
  important: boolean;
  version: number;
}

interface AnnouncementValues {
  title: string;
  body: string;
  important: boolean;
  audience: AnnouncementAudience;
  provinceCodes: string[];
}

const FIELDS = ['title', 'body', 'important', 'audience', 'provinceCodes'] as const;

/**
 * The secretariat posts an announcement (to every member or the members of chosen provinces) or edits one: title,
 * text and importance; whom it went to stays as posted. A stale edit says so and offers to reload.
 */
export function AnnouncementFormModal({
  editing,
  open,
  onClose,
  onPosted,
}: {
  /** null: a new announcement. */
  editing: EditableAnnouncement | null;
  open: boolean;
  onClose: () => void;
  onPosted?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<AnnouncementValues>();
  const audience = Form.useWatch('audience', form) ?? 'ALL';
  const provinces = useProvinceOptions();
  const [failure, setFailure] = useState<string | null>(null);
  const [post, posting] = useMutation(PostAnnouncementMutation, { refetchQueries: [AnnouncementsPageQuery] });
  const [update, updating] = useMutation(UpdateAnnouncementMutation);

  const save = async (values: AnnouncementValues) => {
    setFailure(null);
    const fields = { title: values.title.trim(), body: values.body.trim(), important: values.important };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input: { ...fields, version: editing.version } } });
        void message.success(t('announcements.saved'));
        onClose();
      } else {
        const result = await post({
          variables: { input: { ...fields, audience: values.audience, provinceCodes: values.audience === 'PROVINCES' ? values.provinceCodes : null } },
        });
        void message.success(t('announcements.posted'));
        onClose();
        if (result.data) onPosted?.(result.data.postAnnouncement.id);
      }
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const tooLong = (max: number) => ({ max, message: t('announcements.form.tooLong', { max }) });

  return (
    <Modal
      open={open}
      title={editing ? t('announcements.form.editTitle') : t('announcements.form.postTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={680}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('announcements.form.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={posting.loading || updating.loading} onClick={() => form.submit()} data-testid="announcement-submit">
          {editing ? t('announcements.form.submitSave') : t('announcements.form.submitPost')}
        </Button>,
      ]}
    >
      <Form<AnnouncementValues>
        form={form}
        layout="vertical"
        preserve={false}
        requiredMark="optional"
        initialValues={
          editing
            ? { title: editing.title, body: editing.body, important: editing.important }
            : { title: '', body: '', important: false, audience: 'ALL', provinceCodes: [] }
        }
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="title" label={t('announcements.form.title')} rules={[{ required: true, whitespace: true, message: t('announcements.form.titleRequired') }, tooLong(ANNOUNCEMENT_LIMITS.title)]}>
          <Input maxLength={ANNOUNCEMENT_LIMITS.title} showCount />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('announcements.form.body')}
          extra={t('announcements.form.bodyHelp')}
          rules={[{ required: true, whitespace: true, message: t('announcements.form.bodyRequired') }, tooLong(ANNOUNCEMENT_LIMITS.body)]}
        >
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} maxLength={ANNOUNCEMENT_LIMITS.body} />
        </Form.Item>
        <Form.Item name="important" valuePropName="checked">
          <Checkbox>{t('announcements.form.important')}</Checkbox>
        </Form.Item>
        {editing ? (
          <Typography.Paragraph type="secondary">{t('announcements.form.audienceFixed')}</Typography.Paragraph>
        ) : (
          <>
            <Form.Item name="audience" label={t('announcements.form.audience')}>
              <Radio.Group
                options={[
                  { value: 'ALL', label: t('announcements.form.audienceAll') },
                  { value: 'PROVINCES', label: t('announcements.form.audienceProvinces') },
                ]}
              />
            </Form.Item>
            {audience === 'PROVINCES' && (
              <Form.Item
                name="provinceCodes"
                label={t('announcements.form.provinces')}
                rules={[{ required: true, type: 'array', min: 1, message: t('announcements.form.provincesRequired') }]}
              >
                <Select
                  mode="multiple"
                  options={provinces.options}
                  loading={provinces.loading}
                  placeholder={t('announcements.form.provincesPlaceholder')}
                  optionFilterProp="label"
                  data-testid="announcement-provinces"
                />
              </Form.Item>
            )}
          </>
        )}
        {failure && <Alert type="error" showIcon title={failure} />}
      </Form>
    </Modal>
  );
}
