import { LineChartOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Skeleton, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { MetricTotalsFragment, ParticipationPeriodFragment, ParticipationPeriodsQuery } from '../participation-fragments';
import { defaultPeriod, periodLabel } from '../participation-format';
import { StatusTag } from './status-tag';
import { StatusCounts } from './totals-panel';
import '../participation.css';

export const ParticipationSummaryQuery = graphql(`
  query ParticipationSummary($periodId: ID!) {
    participation(periodId: $periodId) {
      totals {
        ...MetricTotals_totals
      }
      rows {
        rank
        index
        status
        member {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);

const ATTENTION = 3;

/** The secretariat's home: this period's participation at a glance, and the way to the dashboard. */
export function ParticipationSummaryCard() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const periodsResult = useQuery(ParticipationPeriodsQuery);
  const periods = useMemo(() => (periodsResult.data?.periods ?? []).map((ref) => getFragmentData(ParticipationPeriodFragment, ref)), [periodsResult.data]);
  const period = defaultPeriod(periods);
  const { data, error, refetch } = useQuery(ParticipationSummaryQuery, { variables: { periodId: period?.id ?? '' }, skip: !period });

  const open = (
    <LinkButton type="primary" icon={<LineChartOutlined aria-hidden />} to="/participation" data-testid="open-participation">
      {t('participation.summary.open')}
    </LinkButton>
  );
  const title = period ? t('participation.summary.title', { period: periodLabel(t, period) }) : t('participation.title');

  const body = () => {
    if (periodsResult.error) return <LoadErrorAlert error={periodsResult.error} onRetry={() => void periodsResult.refetch()} />;
    if (!periodsResult.data) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (!period) return <Typography.Paragraph type="secondary">{t('participation.empty.noPeriodsHelp')}</Typography.Paragraph>;
    if (!data) return error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 3 }} />;
    const totals = getFragmentData(MetricTotalsFragment, data.participation.totals);
    const attention = [...data.participation.rows]
      .filter((row) => row.status === 'BEHIND' || row.status === 'AT_RISK')
      .sort((a, b) => a.index - b.index)
      .slice(0, ATTENTION);
    return (
      <div className="stack">
        <div className="participation-summary-figures">
          <Statistic title={t('participation.totals.members')} value={totals.members} />
          <Statistic title={t('participation.totals.averageIndex')} value={totals.averageIndex.toFixed(1)} />
        </div>
        <StatusCounts counts={totals.statusCounts} />
        <div>
          <Typography.Text strong>{t('participation.summary.attention')}</Typography.Text>
          {attention.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('participation.summary.attentionNone')}</Typography.Text>
            </div>
          ) : (
            <ul className="plain-list" style={{ marginTop: 8 }}>
              {attention.map((row) => (
                <li key={row.member.id} className="recent-row">
                  <Link to={`/members/${row.member.id}`}>{pick(row.member.nameZh, row.member.nameEn)}</Link>
                  <span className="participation-summary-row">
                    <span className="participation-summary-index">{row.index.toFixed(1)}</span>
                    <StatusTag status={row.status} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    );
  };

  return (
    <Card title={title} extra={open} size="small" data-testid="participation-summary">
      {body()}
    </Card>
  );
}
