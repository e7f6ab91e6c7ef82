import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Drawer, Empty, Popconfirm, Select, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql, getFragmentData } from '@/__generated__';
import type { CommitmentMetric, CommitmentRow_CommitmentFragment, EvidenceState } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { CommitmentPeriodsQuery, CommitmentRowFragment, PeriodCommitmentsQuery } from '../commitment-fragments';
import { defaultPeriod, formatTarget, isMeasured, periodLabel } from '../commitment-format';
import { CommitmentFormModal, type EditableCommitment } from '../components/commitment-form-modal';
import { CommitmentTargetsDrawer, sideDrawerWidth } from '../components/commitment-targets-drawer';
import { EvidenceDrawer, type EvidenceHint } from '../components/evidence-drawer';
import { EvidenceList, EvidenceStateTag, useEvidenceList, type EvidenceItem } from '../components/evidence-list';
import { EvidenceSubmitModal } from '../components/evidence-submit-modal';
import { OpenPeriodModal } from '../components/open-period-modal';
import '../charter.css';

export const RemoveCommitmentMutation = graphql(`
  mutation RemoveCommitment($id: ID!) {
    removeCommitment(id: $id)
  }
`);

type Row = CommitmentRow_CommitmentFragment;

const EVIDENCE_STATE_ORDER: readonly EvidenceState[] = ['VERIFIED', 'SUBMITTED', 'REJECTED'];

/** A metric's name and, beneath it, how it is measured. */
function MetricCell({ metric }: { metric: CommitmentMetric }) {
  const { t } = useTranslation();
  return (
    <div className="commitment-metric" data-metric={metric}>
      <Tag color={isMeasured(metric) ? 'geekblue' : 'purple'}>{t(`enums.commitmentMetric.${metric}`)}</Tag>
      <Typography.Text type="secondary" className="commitment-metric-help">
        {t(`enums.commitmentMetricHelp.${metric}`)}
      </Typography.Text>
    </div>
  );
}

/** The manual commitment's evidence, for a member's own people: how many pieces in each state. */
function EvidenceStates({ items }: { items: readonly EvidenceItem[] }) {
  if (items.length === 0) return null;
  return (
    <span className="commitment-evidence-states">
      {EVIDENCE_STATE_ORDER.map((state) => {
        const count = items.filter((item) => item.state === state).length;
        return count > 0 ? (
          <span key={state}>
            <EvidenceStateTag state={state} /> {count}
          </span>
        ) : null;
      })}
    </span>
  );
}

/** `/commitments` — every signed-in user reads a period's commitments; the secretariat keeps them; members send evidence for manual ones. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  const { formatDate, pick } = useLocalized();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const secretariat = viewer.role === 'SECRETARIAT';
  const sendsEvidence = secretariat || viewer.role === 'CHIEF_EDITOR' || viewer.role === 'EDITOR';
  const readsEvidence = viewer.role !== 'REPORTER';

  const periods = useQuery(CommitmentPeriodsQuery, { fetchPolicy: 'cache-and-network' });
  const period = periods.data ? defaultPeriod(periods.data.periods, params.get('period')) : null;
  const commitments = useQuery(PeriodCommitmentsQuery, { variables: { periodId: period?.id ?? '' }, skip: !period, fetchPolicy: 'cache-and-network' });
  const rows: Row[] = useMemo(() => (commitments.data?.commitments ?? []).map((row) => getFragmentData(CommitmentRowFragment, row)), [commitments.data]);
  // The viewer's member's evidence in this period (the server answers with the own member's only, except to the secretariat).
  const ownEvidence = useEvidenceList({ periodId: period?.id ?? null }, !period || !readsEvidence || secretariat);

  const [openingPeriod, setOpeningPeriod] = useState(false);
  const [form, setForm] = useState<{ editing: EditableCommitment | null } | null>(null);
  const [targetsOf, setTargetsOf] = useState<string | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<Row | null>(null);
  const [submitFor, setSubmitFor] = useState<Row | null>(null);
  const [hint, setHint] = useState<EvidenceHint | null>(null);
  const [remove] = useMutation(RemoveCommitmentMutation, { refetchQueries: [PeriodCommitmentsQuery], awaitRefetchQueries: true });

  const evidenceId = params.get('evidence');
  const setParam = (name: string, value: string | null, replace = false) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace });
  };
  const openEvidence = (item: EvidenceItem) => {
    setHint({ id: item.id, commitmentId: item.commitment.id, memberId: item.member.id });
    setParam('evidence', item.id);
  };

  const reload = async (id: string): Promise<EditableCommitment | null> => {
    const result = await commitments.refetch();
    const found = (result.data?.commitments ?? []).map((row) => getFragmentData(CommitmentRowFragment, row)).find((row) => row.id === id);
    return found ?? null;
  };

  const removeRow = async (row: Row) => {
    try {
      await remove({ variables: { id: row.id } });
      void message.success(t('commitments.removed'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  const header = (
    <div className="page-header">
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('commitments.title')}
        </Typography.Title>
        <div className="page-header-sub">{t('commitments.subtitle')}</div>
      </div>
      {secretariat && periods.data && <Button onClick={() => setOpeningPeriod(true)}>{t('commitments.openPeriod')}</Button>}
    </div>
  );

  const evidenceDrawer = (
    <EvidenceDrawer evidenceId={evidenceId} hint={hint} canDecide={secretariat} onClose={() => setParam('evidence', null)} />
  );
  const openPeriodModal = secretariat && (
    <OpenPeriodModal
      open={openingPeriod}
      onClose={() => setOpeningPeriod(false)}
      onOpened={(id) => {
        setOpeningPeriod(false);
        setParam('period', id, true);
      }}
    />
  );

  // The drawer and the modal stay at one place in the tree whatever the page shows, so they are not mounted twice.
  const page = (content: ReactNode) => (
    <div className="page">
      {header}
      {content}
      {openPeriodModal}
      {evidenceDrawer}
    </div>
  );

  if (!periods.data || !period) {
    return page(
      !periods.data ? (
        periods.error ? (
          <LoadErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
        ) : (
          <Skeleton active paragraph={{ rows: 8 }} />
        )
      ) : (
        <Empty description={t('commitments.noPeriods')} data-testid="commitments-no-periods">
          <Typography.Text type="secondary">{t('commitments.noPeriodsHelp')}</Typography.Text>
        </Empty>
      ),
    );
  }

  const ownMemberTarget = (row: Row) => row.targets.find((target) => target.member.id === viewer.member.id)?.target ?? null;
  const taken = rows.map((row) => row.metric).filter(isMeasured);

  const columns: TableColumnsType<Row> = [
    {
      key: 'title',
      title: t('commitments.columns.title'),
      render: (_, row) => {
        const own = ownMemberTarget(row);
        const target = own ?? row.defaultTarget;
        return (
          <div className="commitment-cell">
            <Typography.Text strong>{row.title}</Typography.Text>
            {row.description && (
              <Typography.Paragraph type="secondary" className="commitment-description">
                {row.description}
              </Typography.Paragraph>
            )}
            <MetricCell metric={row.metric} />
            <div className="commitment-compact">
              {t('commitments.compact', {
                target: formatTarget(t, row.metric, secretariat ? row.defaultTarget : target),
                weight: row.weight,
              })}
            </div>
            {!secretariat && row.metric === 'MANUAL' && readsEvidence && (
              <EvidenceStates items={ownEvidence.items.filter((item) => item.commitment.id === row.id)} />
            )}
          </div>
        );
      },
    },
    {
      key: 'target',
      title: t('commitments.columns.target'),
      className: 'commitment-wide',
      render: (_, row) => <span className="commitment-number">{formatTarget(t, row.metric, row.defaultTarget)}</span>,
    },
    ...(secretariat
      ? []
      : [
          {
            key: 'ownTarget',
            title: t('commitments.columns.ownTarget'),
            className: 'commitment-wide',
            render: (_: unknown, row: Row) => {
              const own = ownMemberTarget(row);
              return own === null
                ? t('commitments.ownDefault', { target: formatTarget(t, row.metric, row.defaultTarget) })
                : t('commitments.ownOverride', { target: formatTarget(t, row.metric, own) });
            },
          },
        ]),
    {
      key: 'weight',
      title: t('commitments.columns.weight'),
      className: 'commitment-wide',
      render: (_, row) => <span className="commitment-number">{row.weight}</span>,
    },
  ];
  const actionsFor = (row: Row) => {
    const buttons = [];
    if (secretariat) {
      buttons.push(
        <Button key="targets" size="small" onClick={() => setTargetsOf(row.id)} data-testid="open-targets">
          {t('commitments.columns.overrides')} · {row.targets.length}
        </Button>,
      );
    }
    if (row.metric === 'MANUAL' && sendsEvidence) {
      buttons.push(
        <Button key="submit" size="small" type={secretariat ? 'default' : 'primary'} onClick={() => setSubmitFor(row)}>
          {t('evidence.submit')}
        </Button>,
      );
    }
    if (row.metric === 'MANUAL' && readsEvidence) {
      buttons.push(
        <Button key="evidence" size="small" onClick={() => setEvidenceOf(row)}>
          {t('evidence.view')}
        </Button>,
      );
    }
    if (secretariat) {
      buttons.push(
        <Button key="edit" size="small" icon={<EditOutlined aria-hidden />} onClick={() => setForm({ editing: row })} aria-label={`${t('commitments.edit')}：${row.title}`}>
          {t('commitments.edit')}
        </Button>,
        <Popconfirm
          key="remove"
          title={t('commitments.removeConfirm', { title: row.title })}
          okText={t('commitments.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => removeRow(row)}
        >
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('commitments.remove')}：${row.title}`}>
            {t('commitments.remove')}
          </Button>
        </Popconfirm>,
      );
    }
    return buttons;
  };
  if (rows.some((row) => actionsFor(row).length > 0)) {
    columns.push({
      key: 'actions',
      title: t('commitments.columns.actions'),
      render: (_, row) => <div className="commitment-actions">{actionsFor(row)}</div>,
    });
  }

  const targetsRow = rows.find((row) => row.id === targetsOf) ?? null;

  return page(
    <>
      <div className="commitments-toolbar">
        <label className="commitments-period">
          <span>{t('commitments.period')}</span>
          <Select
            value={period.id}
            onChange={(id: string) => setParam('period', id, true)}
            options={periods.data.periods.map((option) => ({
              value: option.id,
              label: option.isCurrent ? `${periodLabel(t, option)}（${t('commitments.currentTag')}）` : periodLabel(t, option),
            }))}
            style={{ minWidth: 200 }}
            data-testid="period-picker"
            aria-label={t('commitments.period')}
          />
        </label>
        <Typography.Text type="secondary" data-testid="period-range">
          {t('commitments.periodRange', { from: formatDate(period.startsOn), to: formatDate(period.endsOn) })} ·{' '}
          {t('commitments.periodElapsed', { elapsed: period.elapsedDays, total: period.periodDays })}
        </Typography.Text>
        {secretariat && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setForm({ editing: null })} className="commitments-add">
            {t('commitments.add')}
          </Button>
        )}
      </div>

      {!commitments.data ? (
        commitments.error ? (
          <LoadErrorAlert error={commitments.error} onRetry={() => void commitments.refetch()} />
        ) : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )
      ) : (
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={false}
          size="middle"
          className="commitments-table"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('commitments.empty')} /> }}
          data-testid="commitments-table"
        />
      )}

      <div className="commitments-evidence">
        {secretariat && (
          <EvidenceList
            title={t('evidence.queueTitle')}
            filter={{ state: 'SUBMITTED' }}
            empty={t('evidence.queueEmpty')}
            showMember
            onOpen={openEvidence}
            testId="evidence-queue"
          />
        )}
        {!secretariat && readsEvidence && (
          <EvidenceList
            title={`${t('evidence.mineTitle')} · ${pick(viewer.member.nameZh, viewer.member.nameEn)}`}
            filter={{ periodId: period.id }}
            empty={t('evidence.mineEmpty')}
            showMember={false}
            onOpen={openEvidence}
            testId="evidence-mine"
          />
        )}
      </div>

      {form && (
        <CommitmentFormModal
          key={form.editing?.id ?? 'new'}
          open
          periodId={period.id}
          editing={form.editing}
          takenMetrics={form.editing ? taken.filter((metric) => metric !== form.editing?.metric) : taken}
          onClose={() => setForm(null)}
          reload={reload}
        />
      )}
      {secretariat && <CommitmentTargetsDrawer commitment={targetsRow} onClose={() => setTargetsOf(null)} />}
      <Drawer
        open={Boolean(evidenceOf)}
        onClose={() => setEvidenceOf(null)}
        title={evidenceOf ? t('evidence.forCommitment', { title: evidenceOf.title }) : ''}
        size={sideDrawerWidth()}
        destroyOnHidden
        extra={
          evidenceOf && sendsEvidence ? (
            <Button type="primary" size="small" onClick={() => setSubmitFor(evidenceOf)}>
              {t('evidence.submit')}
            </Button>
          ) : null
        }
      >
        {evidenceOf && (
          <EvidenceList
            title={t('evidence.title')}
            filter={{ commitmentId: evidenceOf.id }}
            empty={t('evidence.empty')}
            showMember={secretariat}
            onOpen={openEvidence}
            testId="evidence-for-commitment"
          />
        )}
      </Drawer>
      <EvidenceSubmitModal commitment={submitFor} chooseMember={secretariat} onClose={() => setSubmitFor(null)} />
    </>,
  );
}
