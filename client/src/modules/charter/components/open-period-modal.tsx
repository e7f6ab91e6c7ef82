import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTER_LIMITS, PERIOD_KINDS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { PeriodKind } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { integerRangeRules } from '@/app/form-rules';
import { CommitmentPeriodsQuery } from '../commitment-fragments';
import { periodLabel } from '../commitment-format';
import { useLocalizedForm } from '@/app/use-localized-form';

export const OpenPeriodMutation = graphql(`
  mutation OpenPeriod($input: OpenPeriodInput!) {
    openPeriod(input: $input) {
      id
      kind
      year
      quarter
      startsOn
      endsOn
      isCurrent
      elapsedDays
      periodDays
    }
  }
`);

interface OpenPeriodValues {
  kind: PeriodKind;
  year: number;
  quarter?: number;
}

const FIELDS = ['kind', 'year', 'quarter'] as const;

/** The current alliance year (UTC+8). */
function allianceYear(): number {
  return new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
}

interface OpenPeriodModalProps {
  open: boolean;
  onClose: () => void;
  onOpened: (periodId: string) => void;
}

/** The secretariat opens a year or a quarter; the same period twice is refused (PERIOD_EXISTS). */
export function OpenPeriodModal({ open, onClose, onOpened }: OpenPeriodModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<OpenPeriodValues>();
  const kind = Form.useWatch('kind', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [openPeriod, { loading }] = useMutation(OpenPeriodMutation, { refetchQueries: [CommitmentPeriodsQuery], awaitRefetchQueries: true });

  const save = async (values: OpenPeriodValues) => {
    setFailure(null);
    const quarter = values.kind === 'QUARTER' ? (values.quarter ?? null) : null;
    try {
      const { data } = await openPeriod({ variables: { input: { kind: values.kind, year: values.year, quarter } } });
      if (!data) return;
      void message.success(t('commitments.openPeriodForm.opened', { label: periodLabel(t, data.openPeriod) }));
      onOpened(data.openPeriod.id);
    } catch (error) {
      const problem = readProblem(error);
      if (problem.reason === 'PERIOD_EXISTS') {
        form.setFields([{ name: values.kind === 'QUARTER' ? 'quarter' : 'year', errors: [describeProblem(problem, t)] }]);
        return;
      }
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('commitments.openPeriodForm.title')}
      okText={t('commitments.openPeriodForm.submit')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<OpenPeriodValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'YEAR', year: allianceYear() }}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setFailure(null)}
      >
        <Form.Item name="kind" label={t('commitments.openPeriodForm.kind')}>
          <Radio.Group optionType="button" options={PERIOD_KINDS.map((value) => ({ value, label: t(`enums.periodKind.${value}`) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('commitments.openPeriodForm.year')} rules={integerRangeRules(t, { min: CHARTER_LIMITS.yearMin, max: CHARTER_LIMITS.yearMax })}>
          <InputNumber min={CHARTER_LIMITS.yearMin} max={CHARTER_LIMITS.yearMax} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {kind === 'QUARTER' && (
          <Form.Item name="quarter" label={t('commitments.openPeriodForm.quarter')} rules={[{ required: true, message: t('form.selectRequiredField') }]}>
            <Select
              style={{ width: 180 }}
              options={[1, 2, 3, 4].map((quarter) => ({ value: quarter, label: t('commitments.openPeriodForm.quarterOption', { quarter }) }))}
            />
          </Form.Item>
        )}
        {failure && <Alert type="error" showIcon title={failure} />}
      </Form>
    </Modal>
  );
}
