import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Result, Select, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CommitmentStatus } from '@yah/shared';
import { getFragmentData, graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';
import { EntriesDrawer, type DrillTarget } from '../components/entries-drawer';
import { PeriodSelect } from '../components/period-select';
import { QuietMembers } from '../components/quiet-members';
import { Ranking } from '../components/ranking';
import { RiverMap } from '../components/river-map';
import { ScorecardBody } from '../components/scorecard-body';
import { TotalsPanel } from '../components/totals-panel';
import { MetricTotalsFragment, ParticipationPeriodFragment, ParticipationPeriodsQuery, ParticipationPlanFragment, ParticipationRowFragment } from '../participation-fragments';
import { participationExportHref, participationFilterParams, monthlyReportHref, readParticipationFilter, type ParticipationFilterValues } from '../participation-filter';
import { allianceMonth, defaultPeriod, periodLabel } from '../participation-format';
import { joinPlan } from '../participation-plan';
import { toRiverMapMembers } from '../river-map-members';
import '../participation.css';

// ECharts comes with the charts, after the figures and the ranking are on screen.
const ProvinceChart = lazy(async () => ({ default: (await import('../components/province-chart')).ProvinceChart }));
const TrendChart = lazy(async () => ({ default: (await import('../components/trend-chart')).TrendChart }));

export const ParticipationDashboardQuery = graphql(`
  query ParticipationDashboard($periodId: ID!, $provinceCode: String) {
    participation(periodId: $periodId, provinceCode: $provinceCode) {
      period {
        id
        ...ParticipationPeriod_period
        ...ParticipationPlan_period
      }
      totals {
        ...MetricTotals_totals
      }
      rows {
        ...ParticipationRow_row
      }
      provinces {
        members
        averageIndex
        province {
          code
          nameZh
          nameEn
          riverOrder
        }
      }
      trend {
        month
        metrics {
          metric
          value
        }
      }
      quiet30: quiet(days: 30) {
        ...QuietMember_quiet
      }
      quiet60: quiet(days: 60) {
        ...QuietMember_quiet
      }
      quiet90: quiet(days: 90) {
        ...QuietMember_quiet
      }
    }
  }
`);

export const QuietMemberFragment = graphql(`
  fragment QuietMember_quiet on QuietMember {
    lastActivityAt
    daysQuiet
    member {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
  }
`);

/** Who sees the dashboard: the secretariat (everything) and chief editors (their own row, the totals and the trend). */
export function seesParticipation(role: string): boolean {
  return role === 'SECRETARIAT' || role === 'CHIEF_EDITOR';
}

function Header({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('participation.title')}
        </Typography.Title>
        <div className="page-header-sub">{t('participation.subtitle')}</div>
      </div>
      {extra}
    </div>
  );
}

/** `/participation` — the secretariat watches who carries the alliance; a chief editor sees their own member against the alliance. */
export function ParticipationPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const viewer = useViewer();
  const secretariat = viewer.role === 'SECRETARIAT';
  const allowed = seesParticipation(viewer.role);
  const [params, setParams] = useSearchParams();
  const filter = readParticipationFilter(params);
  const [status, setStatus] = useState<CommitmentStatus | null>(null);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const provinceOptions = useProvinceOptions();

  const periodsResult = useQuery(ParticipationPeriodsQuery, { skip: !allowed });
  const periods = useMemo(() => (periodsResult.data?.periods ?? []).map((ref) => getFragmentData(ParticipationPeriodFragment, ref)), [periodsResult.data]);
  const chosen = periods.find((period) => period.id === filter.periodId) ?? defaultPeriod(periods);
  const provinceCode = secretariat ? filter.provinceCode : null;

  const { data, error, refetch, previousData } = useQuery(ParticipationDashboardQuery, {
    variables: { periodId: chosen?.id ?? '', provinceCode },
    skip: !allowed || !chosen,
    fetchPolicy: 'cache-and-network',
  });
  const participation = (data ?? previousData)?.participation;
  const plan = participation ? getFragmentData(ParticipationPlanFragment, participation.period) : null;
  // Each row names its commitments by id; the period says what they are (one join per answer, not per render).
  const rows = useMemo(() => (participation && plan ? joinPlan(getFragmentData(ParticipationRowFragment, participation.rows), plan) : []), [participation, plan]);

  if (!allowed) {
    return (
      <div className="page">
        <Result status="403" title={t('forbidden.title')} subTitle={t('participation.forbidden')} extra={<LinkButton to="/">{t('common.backHome')}</LinkButton>} />
      </div>
    );
  }

  const setFilter = (patch: Partial<ParticipationFilterValues>) => {
    setStatus(null);
    setParams(participationFilterParams({ ...filter, ...patch }), { replace: true });
  };

  if (!periodsResult.data) {
    return (
      <div className="page">
        <Header />
        {periodsResult.error ? <LoadErrorAlert error={periodsResult.error} onRetry={() => void periodsResult.refetch()} /> : <Skeleton active paragraph={{ rows: 8 }} />}
      </div>
    );
  }

  if (!chosen) {
    return (
      <div className="page">
        <Header />
        <Card>
          <Empty description={t('participation.empty.noPeriods')} data-testid="no-periods">
            <Typography.Paragraph type="secondary">{t('participation.empty.noPeriodsHelp')}</Typography.Paragraph>
            {secretariat && <LinkButton type="primary" to="/commitments">{t('participation.empty.setCommitments')}</LinkButton>}
          </Empty>
        </Card>
      </div>
    );
  }

  const period = participation ? getFragmentData(ParticipationPeriodFragment, participation.period) : null;
  const totals = participation ? getFragmentData(MetricTotalsFragment, participation.totals) : null;
  const visibleRows = status ? rows.filter((row) => row.status === status) : rows;
  const commitments = plan?.commitments ?? [];
  const provinceName = provinceOptions.options.find((option) => option.value === provinceCode)?.label ?? null;
  const month = allianceMonth();

  const exports = (
    <Space wrap>
      <Button icon={<DownloadOutlined aria-hidden />} href={participationExportHref('csv', { periodId: chosen.id, provinceCode })} download data-testid="export-csv">
        {t('participation.export.csv')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} href={participationExportHref('xlsx', { periodId: chosen.id, provinceCode })} download data-testid="export-xlsx">
        {t('participation.export.xlsx')}
      </Button>
      {secretariat && (
        <LinkButton icon={<FileTextOutlined aria-hidden />} to={monthlyReportHref(month)} data-testid="open-report">
          {t('participation.export.report')}
        </LinkButton>
      )}
    </Space>
  );

  return (
    <div className="page stack participation-page">
      <Header extra={exports} />
      <div className="filter-bar participation-filters" role="search" aria-label={t('participation.filters')}>
        <PeriodSelect periods={periods} value={chosen.id} onChange={(periodId) => setFilter({ periodId })} />
        {secretariat && (
          <Select
            allowClear
            value={provinceCode ?? undefined}
            placeholder={t('participation.province.all')}
            aria-label={t('participation.province.label')}
            options={provinceOptions.options}
            loading={provinceOptions.loading}
            onChange={(code: string | undefined) => setFilter({ provinceCode: code ?? null })}
            style={{ minWidth: 150 }}
            data-testid="province-select"
          />
        )}
        {period && (
          <Typography.Text type="secondary" data-testid="period-progress">
            {t('participation.period.progress', { label: periodLabel(t, period), elapsed: period.elapsedDays, days: period.periodDays })}
          </Typography.Text>
        )}
      </div>

      {!secretariat && <Alert type="info" showIcon title={t('participation.chiefNote')} data-testid="chief-note" />}

      {!participation ? (
        error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 10 }} />
      ) : commitments.length === 0 ? (
        <Card>
          <Empty description={t('participation.empty.noCommitments', { period: period ? periodLabel(t, period) : '' })} data-testid="no-commitments">
            <Typography.Paragraph type="secondary">{t('participation.empty.noCommitmentsHelp')}</Typography.Paragraph>
            {secretariat && <LinkButton type="primary" to={`/commitments?period=${chosen.id}`}>{t('participation.empty.setCommitments')}</LinkButton>}
          </Empty>
        </Card>
      ) : (
        <>
          {totals && (
            <TotalsPanel
              totals={totals}
              title={provinceName ? t('participation.totals.provinceTitle', { province: provinceName }) : t('participation.totals.title')}
              selectedStatus={secretariat ? status : undefined}
              onToggleStatus={secretariat ? (next) => setStatus((current) => (current === next ? null : next)) : undefined}
            />
          )}

          {secretariat && (
            <Card size="small" data-testid="river-map-card" className="participation-map-card" aria-label={t('participation.map.title')}>
              <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
                {t('participation.map.help')}
              </Typography.Paragraph>
              <RiverMap
                members={toRiverMapMembers(rows)}
                onOpenMember={(memberId) => {
                  const row = rows.find((item) => item.member.id === memberId);
                  if (row) setDrill({ kind: 'index', periodId: chosen.id, row });
                }}
              />
            </Card>
          )}

          {secretariat ? (
            <Card
              size="small"
              title={t('participation.ranking.title')}
              extra={
                status && (
                  <Button size="small" onClick={() => setStatus(null)} data-testid="clear-status">
                    {t('participation.ranking.clearStatus', { status: t(`participation.status.${status}`) })}
                  </Button>
                )
              }
            >
              <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
                {t('participation.ranking.help')}
              </Typography.Paragraph>
              <Ranking periodId={chosen.id} rows={visibleRows} commitments={commitments} onDrill={setDrill} />
            </Card>
          ) : (
            <Card size="small" title={t('participation.ranking.ownTitle')} data-testid="own-row">
              {rows.map((row) => (
                <div key={row.member.id} className="stack">
                  <Link to={`/members/${row.member.id}`} className="participation-member-link">
                    {pick(row.member.nameZh, row.member.nameEn)}
                  </Link>
                  <ScorecardBody row={row} periodId={chosen.id} onDrill={setDrill} />
                </div>
              ))}
              {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('participation.ranking.notRanked')} />}
            </Card>
          )}

          <div className={secretariat ? 'two-columns participation-charts' : 'participation-charts'}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
              {secretariat && participation.provinces.length > 0 && (
                <ProvinceChart
                  provinces={participation.provinces}
                  selected={provinceCode}
                  onSelect={(code) => setFilter({ provinceCode: code === provinceCode ? null : code })}
                />
              )}
              <TrendChart trend={participation.trend} />
            </Suspense>
          </div>

          {secretariat && (
            <QuietMembers
              lists={{
                30: getFragmentData(QuietMemberFragment, participation.quiet30),
                60: getFragmentData(QuietMemberFragment, participation.quiet60),
                90: getFragmentData(QuietMemberFragment, participation.quiet90),
              }}
            />
          )}
        </>
      )}
      <EntriesDrawer target={drill} onClose={() => setDrill(null)} onNavigate={setDrill} />
    </div>
  );
}
