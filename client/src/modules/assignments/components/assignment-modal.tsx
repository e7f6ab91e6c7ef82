import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_FORMATS, COVERAGE_LIMITS, type AssignmentFormat } from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules, lengthRules, requiredRule, selectRequiredRule } from '@/app/form-rules';
import { AllianceDateTimeInput } from '@/app/time/alliance-date-time-input';
import { useLocalizedForm } from '@/app/use-localized-form';
import type { MemberOption } from '@/modules/members/components/member-picker';
import { AssignmentWhereFields, WHERE_FIELDS, whereInput, type WhereValues } from './assignment-where-fields';

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

export interface AssignmentValues extends WhereValues {
  title: string;
  brief: string;
  format: AssignmentFormat;
  /** An instant (ISO), picked in alliance time. */
  dueAt: string;
  slots: number;
}

const FIELDS = ['title', 'brief', 'format', ...WHERE_FIELDS, 'dueAt', 'slots'] as const;

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
  /** A place that is not a member city; `location` is then its nearest member city. */
  place: { name: string; latitude: number; longitude: number } | null;
}

export interface AssignmentModalProps {
  open: boolean;
  topicId: string;
  assignment: EditedAssignment | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Add or change an assignment: title, brief, format, where (a member city or another place), due time, slots. */
export function AssignmentModal({ open, topicId, assignment, onClose, onSaved }: AssignmentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<AssignmentValues>();
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
      ...whereInput(values),
      dueAt: values.dueAt,
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
        ...(assignment.place
          ? { where: 'PLACE' as const, placeName: assignment.place.name, placeLatitude: assignment.place.latitude, placeLongitude: assignment.place.longitude }
          : { where: 'MEMBER' as const, locationMemberId: assignment.location.value }),
        dueAt: assignment.dueAt,
        slots: assignment.slots,
      }
    : { brief: '', slots: 1, format: 'TEXT', where: 'MEMBER' };

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
        <AssignmentWhereFields form={form} knownMember={assignment && !assignment.place ? assignment.location : null} />
        <Form.Item
          name="dueAt"
          label={t('assignments.fields.dueAt')}
          rules={[
            selectRequiredRule(t),
            {
              validator: async (_rule, value: unknown) => {
                if (!assignment && typeof value === 'string' && new Date(value).getTime() < Date.now()) throw new Error(t('assignments.dueInPast'));
              },
            },
          ]}
        >
          {/* One click on a day sets it; the time (by default the end of the working day, 18:00 北京时间) is in view beside it. */}
          <AllianceDateTimeInput noPastDays={!assignment} dateLabel={t('assignments.fields.dueDate')} timeLabel={t('assignments.fields.dueTime')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
