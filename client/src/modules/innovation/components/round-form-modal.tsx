import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INNOVATION_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, errorMessage, readProblem } from '@/app/errors';
import { allianceInstant, allianceYear } from '@/app/time/alliance-time';
import { useLocalizedForm } from '@/app/use-localized-form';

export const OpenInnovationRoundMutation = graphql(`
  mutation OpenInnovationRound($input: NewInnovationRoundInput!) {
    openInnovationRound(input: $input) {
      id
      title
      status
    }
  }
`);

interface RoundFormValues {
  title: string;
  year: number;
  submissionsCloseAt: Dayjs;
  criteria: { name: string; description: string; maxScore: number }[];
}

const FIELDS = ['title', 'year', 'submissionsCloseAt', 'criteria'] as const;

interface RoundFormModalProps {
  open: boolean;
  onClose: () => void;
  onOpened: (id: string) => void;
}

/** The secretariat opens a yearly round: its title, year, deadline (北京时间) and published criteria. */
export function RoundFormModal({ open, onClose, onOpened }: RoundFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<RoundFormValues>();
  const [openRound, { loading }] = useMutation(OpenInnovationRoundMutation);
  const year = allianceYear();

  const save = async (values: RoundFormValues) => {
    try {
      const { data } = await openRound({
        variables: {
          input: {
            title: values.title,
            year: values.year,
            submissionsCloseAt: allianceInstant(values.submissionsCloseAt),
            criteria: values.criteria.map((criterion) => ({ name: criterion.name, description: criterion.description?.trim() ? criterion.description : null, maxScore: criterion.maxScore })),
          },
        },
      });
      void message.success(t('innovation.roundForm.opened'));
      if (data) onOpened(data.openInnovationRound.id);
    } catch (error) {
      if (!applyProblemToForm(form, readProblem(error), t, FIELDS)) void message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal open={open} title={t('innovation.roundForm.title')} onCancel={onClose} okText={t('innovation.roundForm.open')} confirmLoading={loading} onOk={() => form.submit()} destroyOnHidden width={720}>
      <Form<RoundFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ year, criteria: [{ name: '', description: '', maxScore: 25 }] }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="title" label={t('innovation.roundForm.name')} rules={[{ required: true, whitespace: true, min: INNOVATION_LIMITS.roundTitle.min, max: INNOVATION_LIMITS.roundTitle.max }]}>
          <Input maxLength={INNOVATION_LIMITS.roundTitle.max} />
        </Form.Item>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
          <Form.Item name="year" label={t('innovation.roundForm.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="submissionsCloseAt" label={t('innovation.roundForm.deadline')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </div>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <Form.Item label={t('innovation.roundForm.criteria')}>
              <div className="stack" style={{ gap: 8 }}>
                {fields.map((field) => (
                  <div key={field.key} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
                    <Form.Item name={[field.name, 'name']} noStyle rules={[{ required: true, whitespace: true, max: INNOVATION_LIMITS.criterionName.max }]}>
                      <Input placeholder={t('innovation.roundForm.criterionName')} style={{ flex: '1 1 160px' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'description']} noStyle rules={[{ max: INNOVATION_LIMITS.criterionDescription.max }]}>
                      <Input placeholder={t('innovation.roundForm.criterionDescription')} style={{ flex: '2 1 200px' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'maxScore']} noStyle rules={[{ required: true }]}>
                      <InputNumber
                        min={INNOVATION_LIMITS.criterionMaxScore.min}
                        max={INNOVATION_LIMITS.criterionMaxScore.max}
                        precision={0}
                        aria-label={t('innovation.roundForm.criterionMax')}
                        style={{ width: 90 }}
                      />
                    </Form.Item>
                    {fields.length > INNOVATION_LIMITS.criteria.min && (
                      <Button icon={<MinusCircleOutlined aria-hidden />} aria-label={t('innovation.form.remove')} onClick={() => remove(field.name)} />
                    )}
                  </div>
                ))}
                {fields.length < INNOVATION_LIMITS.criteria.max && (
                  <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', description: '', maxScore: 25 })}>
                    {t('innovation.roundForm.addCriterion')}
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
