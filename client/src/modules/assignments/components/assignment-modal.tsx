import { useMutation } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_FORMATS, COVERAGE_LIMITS, type AssignmentFormat } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules, lengthRules, requiredRule, selectRequiredRule } from '@/app/form-rules';
import { MemberPicker, type MemberOption } from '@/modules/members/components/member-picker';

export const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: AssignmentInput!) {
    createAssignment(input: $input) {
      id
      ...AssignmentCard_assignment
    }
  }
`);

export const UpdateAssignmentMutation = graphql(`
  mutation UpdateAssignment($id: ID!, $version: Int!, $input: AssignmentUpdateInput!) {
    updateAssignment(id: $id, version: $version, input: $input) {
      id
      ...AssignmentCard_assignment
    }
  }
`);

export interface AssignmentValues {
  title: string;
  brief: string;
  format: AssignmentFormat;
  locationMemberId: string;
  dueAt: Dayjs;
  slots: number;
}

const FIELDS = ['title', 'brief', 'format', 'locationMemberId', 'dueAt', 'slots'] as const;

/** What the modal edits: nothing (a new assignment) or an existing one with its version. */
export interface EditedAssignment {
  id: string;
  version: number;
  title: string;
  brief: string;
  format: AssignmentFormat;
  dueAt: string;
  slots: number;
  /** Slots already held by claims: the count cannot go below it. */
  heldSlots: number;
  location: MemberOption;
}

export interface AssignmentModalProps {
  open: boolean;
  topicId: string;
  assignment: EditedAssignment | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Add or change an assignment: title, brief, format, where (a member city), due time, slots. */
export function AssignmentModal({ open, topicId, assignment, onClose, onSaved }: AssignmentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateAssignmentMutation);
  const [update, { loading: updating }] = useMutation(UpdateAssignmentMutation);
  const loading = creating || updating;
  const formId = `assignment-form-${assignment?.id ?? 'new'}`;
  const minSlots = Math.max(COVERAGE_LIMITS.slots.min, assignment?.heldSlots ?? 0);

  const close = () => {
    setFailure(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: AssignmentValues) => {
    setFailure(null);
    const input = {
      title: values.title.trim(),
      brief: (values.brief ?? '').trim(),
      format: values.format,
      locationMemberId: values.locationMemberId,
      dueAt: values.dueAt.toISOString(),
      slots: values.slots,
    };
    try {
      if (assignment) {
        await update({ variables: { id: assignment.id, version: assignment.version, input } });
        void message.success(t('assignments.saved'));
      } else {
        await create({ variables: { input: { ...input, topicId } } });
        void message.success(t('assignments.created'));
      }
      onSaved();
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'CONFLICT') {
        // A stale version has its own sentence; other conflicts (slots below the claims, a closed topic) say theirs.
        setFailure(problem.reason === 'STALE_VERSION' || problem.reason === null ? t('assignments.conflict') : describeProblem(problem, t));
        onSaved();
        return;
      }
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const initialValues: Partial<AssignmentValues> = assignment
    ? {
        title: assignment.title,
        brief: assignment.brief,
        format: assignment.format,
        locationMemberId: assignment.location.value,
        dueAt: dayjs(assignment.dueAt),
        slots: assignment.slots,
      }
    : { brief: '', slots: 1, format: 'TEXT' };

  return (
    <Modal
      open={open}
      title={assignment ? t('assignments.editTitle') : t('assignments.newTitle')}
      onCancel={close}
      destroyOnHidden
      okText={assignment ? t('common.save') : t('assignments.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<AssignmentValues>
        id={formId}
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={onFinish}
        disabled={loading}
        initialValues={initialValues}
      >
        <Form.Item
          name="title"
          label={t('assignments.fields.title')}
          rules={[requiredRule(t), ...lengthRules(t, COVERAGE_LIMITS.assignmentTitle)]}
        >
          <Input maxLength={COVERAGE_LIMITS.assignmentTitle.max} />
        </Form.Item>
        <Form.Item name="brief" label={t('assignments.fields.brief')} rules={lengthRules(t, COVERAGE_LIMITS.assignmentBrief)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={COVERAGE_LIMITS.assignmentBrief.max} showCount />
        </Form.Item>
        <div className="two-columns">
          <Form.Item name="format" label={t('assignments.fields.format')} rules={[selectRequiredRule(t)]}>
            <Select
              aria-label={t('assignments.fields.format')}
              options={ASSIGNMENT_FORMATS.map((format) => ({ value: format, label: t(`enums.assignmentFormat.${format}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="slots"
            label={t('assignments.fields.slots')}
            rules={integerRangeRules(t, { min: minSlots, max: COVERAGE_LIMITS.slots.max })}
          >
            <InputNumber min={minSlots} max={COVERAGE_LIMITS.slots.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item
          name="locationMemberId"
          label={t('assignments.fields.location')}
          extra={t('assignments.fields.locationHelp')}
          rules={[selectRequiredRule(t)]}
        >
          <MemberPicker
            labelByCity
            aria-label={t('assignments.fields.location')}
            knownOptions={assignment ? [assignment.location] : []}
          />
        </Form.Item>
        <Form.Item
          name="dueAt"
          label={t('assignments.fields.dueAt')}
          rules={[
            selectRequiredRule(t),
            {
              validator: async (_rule, value: unknown) => {
                if (!assignment && dayjs.isDayjs(value) && value.isBefore(dayjs())) throw new Error(t('assignments.dueInPast'));
              },
            },
          ]}
        >
          {/* Picking only a day means "by the end of that working day", not midnight before it. */}
          <DatePicker showTime={{ format: 'HH:mm', defaultValue: dayjs().hour(18).minute(0).second(0) }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
      </Form>
    </Modal>
  );
}
