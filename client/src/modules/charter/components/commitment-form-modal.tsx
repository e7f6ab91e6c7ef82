import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTER_LIMITS, COMMITMENT_METRICS, isRateMetric } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { CommitmentMetric } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules, lengthRules, requiredRule, selectRequiredRule } from '@/app/form-rules';
import { PeriodCommitmentsQuery } from '../commitment-fragments';
import { isMeasured, targetMax } from '../commitment-format';
import { useLocalizedForm } from '@/app/use-localized-form';

export const SetCommitmentMutation = graphql(`
  mutation SetCommitment($input: CommitmentInput!) {
    setCommitment(input: $input) {
      id
      ...CommitmentRow_commitment
    }
  }
`);

export const UpdateCommitmentMutation = graphql(`
  mutation UpdateCommitment($id: ID!, $input: CommitmentUpdateInput!) {
    updateCommitment(id: $id, input: $input) {
      id
      ...CommitmentRow_commitment
    }
  }
`);

export interface EditableCommitment {
  id: string;
  metric: CommitmentMetric;
  title: string;
  description: string;
  defaultTarget: number;
  weight: number;
  version: number;
}

interface CommitmentValues {
  metric: CommitmentMetric;
  title: string;
  description?: string;
  defaultTarget: number;
  weight: number;
}

const FIELDS = ['metric', 'title', 'description', 'defaultTarget', 'weight'] as const;

interface CommitmentFormModalProps {
  periodId: string;
  /** null: a new commitment. */
  editing: EditableCommitment | null;
  open: boolean;
  /** Metrics already measured by another commitment of the period. */
  takenMetrics: readonly CommitmentMetric[];
  onClose: () => void;
  /** Reloads the period's commitments and answers with this commitment as it is now (null once removed). */
  reload: (id: string) => Promise<EditableCommitment | null>;
}

const valuesOf = (commitment: EditableCommitment): CommitmentValues => ({
  metric: commitment.metric,
  title: commitment.title,
  description: commitment.description,
  defaultTarget: commitment.defaultTarget,
  weight: commitment.weight,
});

/** The secretariat adds a commitment to a period or changes one (version-guarded); the metric is fixed once set. */
export function CommitmentFormModal({ periodId, editing, open, takenMetrics, onClose, reload }: CommitmentFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<CommitmentValues>();
  const metric = Form.useWatch('metric', form) ?? editing?.metric;
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [create, creating] = useMutation(SetCommitmentMutation, { refetchQueries: [PeriodCommitmentsQuery], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateCommitmentMutation);

  const save = async (values: CommitmentValues) => {
    setFailure(null);
    const description = values.description?.trim() ? values.description.trim() : null;
    try {
      if (editing) {
        await update({
          variables: { id: editing.id, input: { version, title: values.title.trim(), description, defaultTarget: values.defaultTarget, weight: values.weight } },
        });
        void message.success(t('commitments.form.saved'));
      } else {
        await create({
          variables: { input: { periodId, metric: values.metric, title: values.title.trim(), description, defaultTarget: values.defaultTarget, weight: values.weight } },
        });
        void message.success(t('commitments.form.added'));
      }
      onClose();
    } catch (error) {
      const problem = readProblem(error);
      if (problem.reason === 'STALE_VERSION') {
        setStale(true);
        return;
      }
      if (problem.reason === 'METRIC_TAKEN') {
        form.setFields([{ name: 'metric', errors: [describeProblem(problem, t)] }]);
        return;
      }
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const reloadLatest = async () => {
    if (!editing) return;
    setReloading(true);
    try {
      const latest = await reload(editing.id);
      setStale(false);
      if (!latest) {
        onClose();
        return;
      }
      setVersion(latest.version);
      form.setFieldsValue(valuesOf(latest));
      void message.info(t('commitments.form.reloaded'));
    } finally {
      setReloading(false);
    }
  };

  const rate = metric ? isRateMetric(metric) : false;
  const taken = new Set(takenMetrics);

  return (
    <Modal
      open={open}
      title={editing ? t('commitments.form.editTitle') : t('commitments.form.addTitle')}
      okText={t('common.save')}
      confirmLoading={creating.loading || updating.loading}
      okButtonProps={{ disabled: stale }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<CommitmentValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={editing ? valuesOf(editing) : { weight: 1 }}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: Partial<CommitmentValues>) => {
          setFailure(null);
          if (changed.metric && !form.getFieldValue('title')) form.setFieldValue('title', t(`enums.commitmentMetric.${changed.metric}`));
          if (changed.metric) void form.validateFields(['defaultTarget']).catch(() => undefined);
        }}
      >
        {stale && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('commitments.form.stale')}
            action={
              <Button size="small" type="primary" loading={reloading} onClick={() => void reloadLatest()}>
                {t('commitments.form.staleAction')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          name="metric"
          label={t('commitments.form.metric')}
          rules={editing ? [] : [selectRequiredRule(t)]}
          extra={metric ? t(`enums.commitmentMetricHelp.${metric}`) : undefined}
          help={editing ? t('commitments.form.metricFixed') : undefined}
        >
          <Select
            // Ten options, each with its definition: all in the list (a virtual list hides the last ones from keyboards and finders).
            virtual={false}
            disabled={Boolean(editing)}
            placeholder={t('form.selectRequired')}
            // The metrics still free first, those already measured in the period after them (disabled).
            options={COMMITMENT_METRICS.map((value) => {
              const used = !editing && isMeasured(value) && taken.has(value);
              return {
                value,
                disabled: used,
                label: used ? `${t(`enums.commitmentMetric.${value}`)}（${t('commitments.form.metricTaken')}）` : t(`enums.commitmentMetric.${value}`),
              };
            }).sort((a, b) => Number(a.disabled) - Number(b.disabled))}
            optionRender={(option) => (
              <div className="commitment-metric-option">
                <div>{option.label}</div>
                <Typography.Text type="secondary" className="commitment-metric-option-help">
                  {t(`enums.commitmentMetricHelp.${option.value as CommitmentMetric}`)}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
        <Form.Item name="title" label={t('commitments.form.title')} rules={[requiredRule(t), ...lengthRules(t, { max: CHARTER_LIMITS.commitmentTitle })]}>
          <Input maxLength={CHARTER_LIMITS.commitmentTitle} />
        </Form.Item>
        <Form.Item name="description" label={t('commitments.form.description')} rules={lengthRules(t, { max: CHARTER_LIMITS.commitmentDescription })}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={CHARTER_LIMITS.commitmentDescription} showCount />
        </Form.Item>
        <div className="commitment-form-numbers">
          <Form.Item
            name="defaultTarget"
            label={t('commitments.form.defaultTarget')}
            extra={rate ? t('commitments.form.defaultTargetHelpRate') : t('commitments.form.defaultTargetHelp')}
            rules={integerRangeRules(t, { min: 1, max: targetMax(metric) })}
          >
            <InputNumber min={1} max={targetMax(metric)} precision={0} suffix={rate ? '%' : undefined} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="weight"
            label={t('commitments.form.weight')}
            extra={t('commitments.form.weightHelp', { min: CHARTER_LIMITS.weightMin, max: CHARTER_LIMITS.weightMax })}
            rules={integerRangeRules(t, { min: CHARTER_LIMITS.weightMin, max: CHARTER_LIMITS.weightMax })}
          >
            <InputNumber min={CHARTER_LIMITS.weightMin} max={CHARTER_LIMITS.weightMax} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </div>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      </Form>
    </Modal>
  );
}
