import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES, isRateMetric, type CommitmentMetric, type CommitmentStatus } from '@yah/shared';
import { STATUS_COLORS, STATUS_SOFT, formatFigure } from '../participation-format';
import { STATUS_ICONS } from './status-tag';

export interface Totals {
  members: number;
  averageIndex: number;
  statusCounts: readonly { status: CommitmentStatus; count: number }[];
  metrics: readonly { metric: CommitmentMetric; value: number | null }[];
}

/** A metric total as people read it: a count, or the pooled rate in percent (— when nothing fell due). */
export function metricValueText(metric: CommitmentMetric, value: number | null): string {
  if (value === null) return '—';
  return isRateMetric(metric) ? `${value.toFixed(1)}%` : formatFigure(value);
}

/** The four statuses with their counts; each a toggle that narrows the ranking to it (when `onToggle` is given). */
export function StatusCounts({ counts, selected, onToggle }: { counts: Totals['statusCounts']; selected?: CommitmentStatus | null; onToggle?: (status: CommitmentStatus) => void }) {
  const { t } = useTranslation();
  return (
    <div className="participation-status-counts" role="group" aria-label={t('participation.totals.byStatus')}>
      {COMMITMENT_STATUSES.map((status) => {
        const count = counts.find((item) => item.status === status)?.count ?? 0;
        const content = (
          <>
            <span className="participation-status-count-label" style={{ color: STATUS_COLORS[status] }}>
              {STATUS_ICONS[status]} {t(`participation.status.${status}`)}
            </span>
            <span className="participation-status-count-number">{count}</span>
          </>
        );
        const style = { borderColor: STATUS_COLORS[status], background: STATUS_SOFT[status] };
        return onToggle ? (
          <button
            key={status}
            type="button"
            className="participation-status-count"
            data-status={status}
            aria-pressed={selected === status}
            style={{ ...style, boxShadow: selected === status ? `0 0 0 2px ${STATUS_COLORS[status]}` : undefined }}
            onClick={() => onToggle(status)}
          >
            {content}
          </button>
        ) : (
          <div key={status} className="participation-status-count" data-status={status} style={style}>
            {content}
          </div>
        );
      })}
    </div>
  );
}

/** Members, average index, status counts and the period's metric totals. */
export function TotalsPanel({ totals, title, selectedStatus, onToggleStatus }: { totals: Totals; title: string; selectedStatus?: CommitmentStatus | null; onToggleStatus?: (status: CommitmentStatus) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} data-testid="participation-totals">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6} lg={4}>
          <Statistic title={t('participation.totals.members')} value={totals.members} />
        </Col>
        <Col xs={12} md={6} lg={4}>
          <Statistic title={t('participation.totals.averageIndex')} value={totals.averageIndex.toFixed(1)} />
        </Col>
        <Col xs={24} md={12} lg={16}>
          <div className="participation-totals-label">
            {t('participation.totals.byStatus')}
            {onToggleStatus && <Typography.Text type="secondary"> · {t('participation.totals.filterHint')}</Typography.Text>}
          </div>
          <StatusCounts counts={totals.statusCounts} selected={selectedStatus} onToggle={onToggleStatus} />
        </Col>
      </Row>
      {totals.metrics.length > 0 && (
        <>
          <div className="participation-totals-label" style={{ marginTop: 16 }}>
            {t('participation.totals.metrics')}
          </div>
          <dl className="participation-metric-totals">
            {totals.metrics.map((item) => (
              <div key={item.metric}>
                <dt>{t(`participation.metric.${item.metric}`)}</dt>
                <dd>{metricValueText(item.metric, item.value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Card>
  );
}
