import { useMutation } from '@apollo/client/react';
import { App, Button, Drawer, Empty, Form, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import type { CommitmentMetric } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { integerRangeRules, selectRequiredRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { MemberPicker, type MemberOption } from '@/modules/members/components/member-picker';
import { formatTarget, targetMax } from '../commitment-format';
import { useLocalizedForm } from '@/app/use-localized-form';

export const SetCommitmentTargetMutation = graphql(`
  mutation SetCommitmentTarget($commitmentId: ID!, $memberId: ID!, $target: Int) {
    setCommitmentTarget(commitmentId: $commitmentId, memberId: $memberId, target: $target) {
      id
      ...CommitmentRow_commitment
    }
  }
`);

export interface TargetRow {
  target: number;
  member: { id: string; nameZh: string; nameEn: string; cityZh: string; cityEn: string };
}

export interface TargetsCommitment {
  id: string;
  title: string;
  metric: CommitmentMetric;
  defaultTarget: number;
  targets: readonly TargetRow[];
}

interface TargetValues {
  memberId?: string;
  target?: number;
}

/** Width of a side drawer: 520 px, or the whole phone. */
export function sideDrawerWidth(): number {
  return Math.min(520, window.innerWidth);
}

/** The secretariat sets a member's own target for a commitment, or clears it back to the default. */
export function CommitmentTargetsDrawer({ commitment, onClose }: { commitment: TargetsCommitment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<TargetValues>();
  const [setTarget, { loading }] = useMutation(SetCommitmentTargetMutation);
  const known: MemberOption[] = useMemo(
    () => (commitment?.targets ?? []).map((row) => ({ value: row.member.id, label: `${pick(row.member.nameZh, row.member.nameEn)}（${pick(row.member.cityZh, row.member.cityEn)}）` })),
    [commitment, pick],
  );

  const save = async (memberId: string, target: number | null) => {
    if (!commitment) return;
    try {
      await setTarget({ variables: { commitmentId: commitment.id, memberId, target } });
      void message.success(target === null ? t('commitments.targets.cleared') : t('commitments.targets.saved'));
      if (target !== null) form.resetFields();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  const rows = [...(commitment?.targets ?? [])].sort((a, b) => pick(a.member.nameZh, a.member.nameEn).localeCompare(pick(b.member.nameZh, b.member.nameEn)));
  const columns: TableColumnsType<TargetRow> = [
    { key: 'member', title: t('commitments.targets.member'), render: (_, row) => pick(row.member.nameZh, row.member.nameEn) },
    { key: 'target', title: t('commitments.targets.target'), width: 80, render: (_, row) => (commitment ? formatTarget(t, commitment.metric, row.target) : row.target) },
    {
      key: 'actions',
      title: <span className="charter-sr-only">{t('commitments.columns.actions')}</span>,
      width: 150,
      render: (_, row) => (
        <span className="commitment-target-actions">
          <Button size="small" type="link" onClick={() => form.setFieldsValue({ memberId: row.member.id, target: row.target })}>
            {t('commitments.targets.change')}
          </Button>
          <Button size="small" type="link" danger disabled={loading} onClick={() => void save(row.member.id, null)}>
            {t('commitments.targets.clear')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <Drawer
      open={Boolean(commitment)}
      onClose={onClose}
      title={commitment ? t('commitments.targets.title', { title: commitment.title }) : ''}
      size={sideDrawerWidth()}
      destroyOnHidden
      data-testid="targets-drawer"
    >
      {commitment && (
        <div className="stack">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('commitments.targets.intro', { target: formatTarget(t, commitment.metric, commitment.defaultTarget) })}
          </Typography.Paragraph>
          <Form<TargetValues>
            form={form}
            layout="vertical"
            className="commitment-target-form"
            onFinish={(values) => {
              if (values.memberId && typeof values.target === 'number') void save(values.memberId, values.target);
            }}
          >
            <Form.Item name="memberId" label={t('commitments.targets.member')} rules={[selectRequiredRule(t)]} className="commitment-target-member">
              <MemberPicker knownOptions={known} />
            </Form.Item>
            <Form.Item name="target" label={t('commitments.targets.target')} rules={integerRangeRules(t, { min: 0, max: targetMax(commitment.metric) })}>
              <InputNumber min={0} max={targetMax(commitment.metric)} precision={0} suffix={commitment.metric === 'ON_TIME_RATE' ? '%' : undefined} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item label=" " colon={false}>
              <Button type="primary" htmlType="submit" loading={loading}>
                {t('commitments.targets.set')}
              </Button>
            </Form.Item>
          </Form>
          {rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('commitments.targets.empty')} />
          ) : (
            <Table<TargetRow> rowKey={(row) => row.member.id} size="small" columns={columns} dataSource={rows} pagination={false} data-testid="targets-table" />
          )}
        </div>
      )}
    </Drawer>
  );
}
