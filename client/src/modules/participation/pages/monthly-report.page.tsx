import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Result, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { COMMITMENT_STATUSES, isRateMetric, type CommitmentMetric } from '@yah/shared';
import { getFragmentData, graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { eventDates } from '@/modules/events/event-dates';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { RiverMap } from '../components/river-map';
import { StatusTag } from '../components/status-tag';
import { metricValueText } from '../components/totals-panel';
import { MetricTotalsFragment, ParticipationPeriodFragment, ParticipationPlanFragment, ParticipationRowFragment } from '../participation-fragments';
import { allianceMonth, isMonth, periodLabel } from '../participation-format';
import { joinPlan, type Standing } from '../participation-plan';
import { toRiverMapMembers } from '../river-map-members';
import '../participation.css';

export const MonthlyReportQuery = graphql(`
  query MonthlyReport($month: String!) {
    monthlyReport(month: $month) {
      month
      period {
        id
        ...ParticipationPeriod_period
      }
      metrics {
        metric
        value
      }
      topPublications {
        id
        title
        channel
        url
        publishedAt
        reach
        member {
          id
          nameZh
          nameEn
        }
      }
      events {
        placed
        attended
        event {
          id
          title
          startsOn
          endsOn
          place
          host {
            id
            nameZh
            nameEn
          }
        }
      }
      newMembers {
        id
        nameZh
        nameEn
        cityZh
        cityEn
        joinedOn
        province {
          code
          nameZh
          nameEn
        }
      }
    }
  }
`);

export const MonthlyReportParticipationQuery = graphql(`
  query MonthlyReportParticipation($periodId: ID!) {
    participation(periodId: $periodId) {
      period {
        id
        ...ParticipationPlan_period
      }
      totals {
        ...MetricTotals_totals
      }
      rows {
        ...ParticipationRow_row
      }
    }
  }
`);

const TOP = 10;

function RankingRows({ rows }: { rows: readonly Standing[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">{t('participation.ranking.rank')}</th>
          <th scope="col">{t('participation.ranking.member')}</th>
          <th scope="col">{t('participation.ranking.province')}</th>
          <th scope="col" className="report-number">{t('participation.ranking.index')}</th>
          <th scope="col">{t('participation.ranking.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.member.id}>
            <td>{row.rank}</td>
            <td>{pick(row.member.nameZh, row.member.nameEn)}</td>
            <td>{pick(row.member.province.nameZh, row.member.province.nameEn)}</td>
            <td className="report-number">{row.index.toFixed(1)}</td>
            <td>
              <StatusTag status={row.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/participation/report?month=YYYY-MM` — the secretariat's 联盟工作月报: totals, ranking, the river map, highlights; prints on A4. */
export function MonthlyReportPage() {
  const { t, i18n } = useTranslation();
  const { pick, isEnglish, formatDate, formatNumber } = useLocalized();
  const viewer = useViewer();
  const secretariat = viewer.role === 'SECRETARIAT';
  const [params, setParams] = useSearchParams();
  const requested = params.get('month');
  const month = isMonth(requested) ? requested : allianceMonth();
  const report = useQuery(MonthlyReportQuery, { variables: { month }, skip: !secretariat });
  const periodRef = report.data?.monthlyReport.period;
  const period = periodRef ? getFragmentData(ParticipationPeriodFragment, periodRef) : null;
  const participation = useQuery(MonthlyReportParticipationQuery, { variables: { periodId: period?.id ?? '' }, skip: !secretariat || !period });
  const answer = participation.data?.participation;
  const rows = useMemo(
    () => (answer ? joinPlan(getFragmentData(ParticipationRowFragment, answer.rows), getFragmentData(ParticipationPlanFragment, answer.period)) : []),
    [answer],
  );

  if (!secretariat) {
    return (
      <div className="page">
        <Result status="403" title={t('forbidden.title')} subTitle={t('participation.report.forbidden')} extra={<LinkButton to="/">{t('common.backHome')}</LinkButton>} />
      </div>
    );
  }

  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const monthTitle = t('participation.report.month', { year, month: monthNumber, name: dayjs(`${month}-01`).locale('en').format('MMMM') });
  const data = report.data?.monthlyReport;
  const totals = participation.data ? getFragmentData(MetricTotalsFragment, participation.data.participation.totals) : null;
  const behind = rows.filter((row) => row.status === 'BEHIND');
  const top = [...rows].sort((a, b) => a.rank - b.rank).slice(0, TOP);
  const yearValue = (metric: CommitmentMetric) => totals?.metrics.find((item) => item.metric === metric)?.value ?? null;
  const channelName = (channel: string) => (i18n.exists(`enums.channelKind.${channel}`) ? t(`enums.channelKind.${channel}` as 'enums.channelKind.APP') : channel);

  return (
    <div className="page report-page">
      <div className="report-toolbar no-print">
        <LinkButton icon={<ArrowLeftOutlined aria-hidden />} to="/participation">
          {t('participation.report.back')}
        </LinkButton>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          disabledDate={(value) => value.format('YYYY-MM') > allianceMonth()}
          onChange={(value) => value && setParams({ month: value.format('YYYY-MM') }, { replace: true })}
          aria-label={t('participation.report.monthLabel')}
          data-testid="report-month"
        />
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()} data-testid="report-print">
          {t('participation.report.print')}
        </Button>
        <Typography.Text type="secondary">{t('participation.report.printHelp')}</Typography.Text>
      </div>

      <article className="report" data-testid="monthly-report">
        <header className="report-header">
          <div className="report-kicker">{t('participation.report.heading')}</div>
          <h1>{t('participation.report.title', { month: monthTitle })}</h1>
          <div className="report-meta">
            {period && <span>{t('participation.report.periodNote', { period: periodLabel(t, period), elapsed: period.elapsedDays, days: period.periodDays })}</span>}
            <span>{t('participation.report.generated', { time: formatAllianceTime(new Date().toISOString(), isEnglish) })}</span>
          </div>
        </header>

        {!data ? (
          report.error ? <LoadErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <>
            {!period && <Alert type="warning" showIcon title={t('participation.report.noPeriod')} className="report-alert" />}
            <section className="report-section" tabIndex={0} aria-labelledby="report-totals">
              <h2 id="report-totals">{t('participation.report.totals')}</h2>
              {totals && (
                <p className="report-summary" data-testid="report-summary">
                  {t('participation.report.summary', { members: totals.members, index: totals.averageIndex.toFixed(1) })}{' '}
                  {COMMITMENT_STATUSES.map((status) => `${t(`participation.status.${status}`)} ${totals.statusCounts.find((item) => item.status === status)?.count ?? 0}`).join(' · ')}
                </p>
              )}
              <table className="report-table" data-testid="report-metrics">
                <thead>
                  <tr>
                    <th scope="col">{t('participation.report.metric')}</th>
                    <th scope="col" className="report-number">{t('participation.report.thisMonth')}</th>
                    {period && <th scope="col" className="report-number">{t('participation.report.periodTotal', { period: periodLabel(t, period) })}</th>}
                  </tr>
                </thead>
                <tbody>
                  {data.metrics.map((item) => (
                    <tr key={item.metric}>
                      <th scope="row">{t(`participation.metric.${item.metric}`)}</th>
                      <td className="report-number">{metricValueText(item.metric, item.value)}</td>
                      {period && <td className="report-number">{totals ? metricValueText(item.metric, yearValue(item.metric)) : '…'}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.metrics.some((item) => isRateMetric(item.metric)) && <p className="report-note">{t('participation.report.rateNote')}</p>}
            </section>

            {period && (
              <section className="report-section report-break" tabIndex={0} aria-labelledby="report-ranking">
                <h2 id="report-ranking">{t('participation.report.ranking')}</h2>
                {participation.error && !participation.data ? (
                  <LoadErrorAlert error={participation.error} onRetry={() => void participation.refetch()} />
                ) : !participation.data ? (
                  <Skeleton active />
                ) : (
                  <>
                    <h3>{t('participation.report.top', { count: Math.min(TOP, top.length) })}</h3>
                    <RankingRows rows={top} />
                    <h3>{t('participation.report.behind', { count: behind.length })}</h3>
                    {behind.length === 0 ? <p>{t('participation.report.noneBehind')}</p> : <RankingRows rows={behind} />}
                  </>
                )}
              </section>
            )}

            {period && participation.data && (
              <section className="report-section report-break report-map" tabIndex={0} aria-labelledby="report-map">
                {/* The map draws its own title. */}
                <h2 id="report-map" className="visually-hidden">
                  {t('participation.map.title')}
                </h2>
                <RiverMap members={toRiverMapMembers(rows)} onOpenMember={() => undefined} printMode />
              </section>
            )}

            {/* On paper the highlights follow the map on its page. */}
            <section className={period && participation.data ? 'report-section' : 'report-section report-break'} aria-labelledby="report-highlights">
              <h2 id="report-highlights">{t('participation.report.highlights')}</h2>
              <h3>{t('participation.report.topPublications')}</h3>
              {data.topPublications.length === 0 ? (
                <p>{t('participation.report.none')}</p>
              ) : (
                <table className="report-table" data-testid="report-publications">
                  <thead>
                    <tr>
                      <th scope="col">{t('participation.report.piece')}</th>
                      <th scope="col">{t('participation.ranking.member')}</th>
                      <th scope="col">{t('participation.report.channel')}</th>
                      <th scope="col">{t('participation.report.publishedAt')}</th>
                      <th scope="col" className="report-number">{t('participation.report.reach')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.topPublications.map((publication) => (
                      <tr key={publication.id}>
                        <td>
                          <a href={publication.url} target="_blank" rel="noreferrer">
                            {publication.title}
                          </a>
                        </td>
                        <td>{pick(publication.member.nameZh, publication.member.nameEn)}</td>
                        <td>{channelName(publication.channel)}</td>
                        <td>{formatAllianceTime(publication.publishedAt, isEnglish)}</td>
                        <td className="report-number">{formatNumber(publication.reach)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h3>{t('participation.report.events')}</h3>
              {data.events.length === 0 ? (
                <p>{t('participation.report.none')}</p>
              ) : (
                <table className="report-table" data-testid="report-events">
                  <thead>
                    <tr>
                      <th scope="col">{t('participation.report.event')}</th>
                      <th scope="col">{t('participation.report.dates')}</th>
                      <th scope="col">{t('participation.report.host')}</th>
                      <th scope="col" className="report-number">{t('participation.report.placed')}</th>
                      <th scope="col" className="report-number">{t('participation.report.attended')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.events.map(({ event, placed, attended }) => (
                      <tr key={event.id}>
                        <td>
                          {event.title}
                          <div className="report-sub">{event.place}</div>
                        </td>
                        <td>{eventDates(t, event.startsOn, event.endsOn, isEnglish)}</td>
                        <td>{pick(event.host.nameZh, event.host.nameEn)}</td>
                        <td className="report-number">{placed}</td>
                        <td className="report-number">{attended}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h3>{t('participation.report.newMembers')}</h3>
              {data.newMembers.length === 0 ? (
                <p>{t('participation.report.none')}</p>
              ) : (
                <ul className="report-list" data-testid="report-new-members">
                  {data.newMembers.map((member) => (
                    <li key={member.id}>
                      {pick(member.nameZh, member.nameEn)} · {pick(member.province.nameZh, member.province.nameEn)} · {t('participation.report.joined', { date: formatDate(member.joinedOn) })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </article>
    </div>
  );
}
