import type { Request, RequestHandler } from 'express';
import { isRateMetric, QUIET_DAYS, type CommitmentMetric, type CommitmentStatus } from '@yah/shared';
import { AppError, httpStatusOf } from '../../common/errors';
import { checkId, checkText, OPTIONAL_PROVINCE_CODE } from '../../common/input/text-rules';
import type { Viewer } from '../../common/viewer';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionService } from '../auth/session.service';
import type { ParticipationPeriodEntity } from '../charter/charter.entity';
import { beijingTime, contentDisposition, toCsv, toXlsx, type ExportSheet } from '../../http/downloads';
import type { ProvinceEntity } from '../provinces/province.entity';
import type { ParticipationService } from './participation.service';
import type { MetricTotalType, ParticipationRowType, ParticipationType } from './participation.type';

export const STATUS_WORDS: Record<CommitmentStatus, string> = { MET: '已完成', ON_TRACK: '进度正常', AT_RISK: '有风险', BEHIND: '落后' };
export const METRIC_WORDS: Record<CommitmentMetric, string> = {
  TOPICS_PROPOSED: '提出联合选题',
  TOPICS_CO_SPONSORED: '联合发起选题',
  ASSIGNMENTS_ACCEPTED: '采访任务被采用',
  PIECES_REPUBLISHED: '转载成员稿件',
  PIECES_OFFERED: '向稿件库供稿',
  REQUESTS_FULFILLED: '满足资源请求',
  EVENT_PLACES_FILLED: '活动报名人次',
  EVENTS_ATTENDED: '活动出席人次',
  ON_TIME_RATE: '按时交稿率 (%)',
  MANUAL: '人工核验',
};

const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const COUNT = '#,##0';
const ONE_DECIMAL = '0.0';
const PERCENT = '0.0%';

const periodLabel = (period: ParticipationPeriodEntity) => (period.kind === 'YEAR' ? `${period.year}年度` : `${period.year}年第${period.quarter}季度`);
/** A column of one metric's figures: counts as whole numbers, a rate's percentage with one decimal (empty when nothing fell due). */
const metricColumn = (header: string, metric: CommitmentMetric) => ({ header, width: Math.max(12, header.length * 2 + 2), numFmt: isRateMetric(metric) ? ONE_DECIMAL : COUNT });
const totalsCells = (metrics: CommitmentMetric[], totals: MetricTotalType[]) => metrics.map((metric) => totals.find((total) => total.metric === metric)?.value ?? null);

/** The ranking (排名): one line per row, the commitments' actual figures side by side. */
function rankingSheet(view: ParticipationType, provinceName: Map<string, string>): ExportSheet {
  const commitments = view.rows[0]?.commitments.map((progress) => progress.commitment) ?? [];
  return {
    name: '排名',
    columns: [
      { header: '排名', width: 6, numFmt: COUNT },
      { header: '成员单位', width: 28 },
      { header: '城市', width: 10 },
      { header: '省份', width: 10 },
      { header: '参与指数', width: 10, numFmt: ONE_DECIMAL },
      { header: '状态', width: 10 },
      ...commitments.map((commitment) => metricColumn(commitment.title, commitment.metric)),
      { header: '最近活动 (北京时间)', width: 20, numFmt: DATE_TIME_FORMAT },
    ],
    rows: view.rows.map((row) => [
      row.rank,
      row.member.nameZh,
      row.member.cityZh,
      provinceName.get(row.member.provinceCode) ?? '',
      row.index,
      STATUS_WORDS[row.status],
      ...row.commitments.map((progress) => progress.actual),
      row.lastActivityAt,
    ]),
  };
}

const PROGRESS_COLUMNS = [
  { header: '承诺', width: 28 },
  { header: '指标', width: 16 },
  { header: '权重', width: 6, numFmt: COUNT },
  { header: '目标', width: 8, numFmt: COUNT },
  // A count or a rate's percentage, and the pro-rated target (one decimal): Excel's General shows each as it is.
  { header: '实际', width: 8 },
  { header: '应完成 (按进度)', width: 14 },
  { header: '完成率', width: 8, numFmt: PERCENT },
  { header: '状态', width: 10 },
];

const progressCells = (row: ParticipationRowType) =>
  row.commitments.map((progress) => [
    progress.commitment.title,
    METRIC_WORDS[progress.commitment.metric],
    progress.commitment.weight,
    progress.target,
    progress.actual,
    progress.expected,
    progress.ratio,
    STATUS_WORDS[progress.status],
  ]);

/** Commitment progress (承诺进度): one line per member and commitment. */
function progressSheet(view: ParticipationType): ExportSheet {
  return {
    name: '承诺进度',
    columns: [{ header: '成员单位', width: 28 }, ...PROGRESS_COLUMNS],
    rows: view.rows.flatMap((row) => progressCells(row).map((cells) => [row.member.nameZh, ...cells])),
  };
}

const usedMetrics = (view: ParticipationType) => view.totals.metrics.map((total) => total.metric);

function provincesSheet(view: ParticipationType): ExportSheet {
  const metrics = usedMetrics(view);
  return {
    name: '省份汇总',
    columns: [
      { header: '省份', width: 10 },
      { header: '成员数', width: 8, numFmt: COUNT },
      { header: '平均参与指数', width: 12, numFmt: ONE_DECIMAL },
      ...metrics.map((metric) => metricColumn(METRIC_WORDS[metric], metric)),
    ],
    rows: view.provinces.map((row) => [row.province.nameZh, row.members, row.averageIndex, ...totalsCells(metrics, row.metrics)]),
  };
}

function trendSheet(view: ParticipationType): ExportSheet {
  const metrics = usedMetrics(view).filter((metric) => metric !== 'MANUAL');
  return {
    name: '月度趋势',
    columns: [{ header: '月份', width: 10 }, ...metrics.map((metric) => metricColumn(METRIC_WORDS[metric], metric))],
    rows: view.trend.map((month) => [month.month, ...totalsCells(metrics, month.metrics)]),
  };
}

function quietSheet(view: ParticipationType, service: ParticipationService, provinceName: Map<string, string>): ExportSheet {
  return {
    name: '沉寂成员',
    columns: [
      { header: '成员单位', width: 28 },
      { header: '城市', width: 10 },
      { header: '省份', width: 10 },
      { header: '最近活动 (北京时间)', width: 20, numFmt: DATE_TIME_FORMAT },
      { header: '沉寂天数', width: 10, numFmt: COUNT },
    ],
    rows: service
      .quiet(view, QUIET_DAYS[0])
      .map((quiet) => [quiet.member.nameZh, quiet.member.cityZh, provinceName.get(quiet.member.provinceCode) ?? '', quiet.lastActivityAt, quiet.daysQuiet]),
  };
}

/** A member's scorecard (成员记分卡): its commitments, then its index, rank, status and last activity. */
function scorecardSheet(row: ParticipationRowType | null): ExportSheet {
  const summary = row
    ? [
        [],
        ['成员单位', row.member.nameZh],
        ['参与指数', row.index],
        ['排名', row.rank],
        ['总体状态', STATUS_WORDS[row.status]],
        ['最近活动 (北京时间)', row.lastActivityAt ? beijingTime(row.lastActivityAt) : '无'],
      ]
    : [];
  return { name: '成员记分卡', columns: PROGRESS_COLUMNS, rows: row ? [...progressCells(row), ...summary] : [] };
}

interface ExportQuery {
  periodId: string;
  provinceCode: string | null;
  memberId: string | null;
}

/** ?period=<id>[&province=<code> | &member=<id>], each once; null when malformed (a member with a province: which one?). */
export function exportQuery(query: Request['query']): ExportQuery | null {
  const one = (key: string): string | null | undefined => {
    const raw = query[key];
    if (raw === undefined || raw === '') return null;
    return typeof raw === 'string' ? raw : undefined;
  };
  const [period, province, member] = [one('period'), one('province'), one('member')];
  if (period === undefined || period === null || province === undefined || member === undefined) return null;
  const periodId = checkId(period);
  const provinceCode = province === null ? null : checkText(province, OPTIONAL_PROVINCE_CODE);
  const memberId = member === null ? null : checkId(member);
  if (!periodId.ok || (provinceCode && !provinceCode.ok) || (memberId && !memberId.ok) || (provinceCode && memberId)) return null;
  return { periodId: periodId.value, provinceCode: provinceCode?.ok ? provinceCode.value : null, memberId: memberId?.ok ? memberId.value : null };
}


interface ParticipationExportDeps {
  sessions: Pick<SessionService, 'resolve'>;
  participation: ParticipationService;
}

/**
 * GET /exports/participation.(csv|xlsx)?period=<id>[&province=<code> | &member=<id>] with the session cookie, under the
 * dashboard's rules: the secretariat everything, a chief editor their own member's row (and scorecard), others 403;
 * 401 without a session, 404 for an unknown period or member, 400 for malformed parameters. The CSV is the ranking
 * (or with member= the scorecard), UTF-8 with BOM; the XLSX has one sheet per view: 排名, 承诺进度, 省份汇总, 月度趋势,
 * 沉寂成员 (30 days) — or with member= the scorecard, 成员记分卡.
 */
export function participationExportHandler({ sessions, participation }: ParticipationExportDeps, format: 'csv' | 'xlsx'): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = readSessionToken(req.headers.cookie);
      const viewer: Viewer | null = token ? await sessions.resolve(token) : null;
      if (!viewer) {
        res.status(401).type('text/plain').send('Please sign in.');
        return;
      }
      const query = exportQuery(req.query);
      if (!query) {
        res.status(400).type('text/plain').send('The parameters are not valid: period=<id>, and optionally province=<code> or member=<id> (not both).');
        return;
      }
      let sheets: ExportSheet[];
      let name: string;
      if (query.memberId) {
        const row = await participation.scorecard(viewer, query.memberId, query.periodId);
        const period = await participation.period(query.periodId);
        sheets = [scorecardSheet(row)];
        name = row ? `成员记分卡-${row.member.nameZh}-${periodLabel(period)}` : `成员记分卡-${periodLabel(period)}`;
      } else {
        const [view, provinces] = await Promise.all([participation.participation(viewer, query.periodId, query.provinceCode), participation.provinces()]);
        const provinceName = new Map(provinces.map((province: ProvinceEntity) => [province.code, province.nameZh]));
        const ranking = rankingSheet(view, provinceName);
        sheets = format === 'csv' ? [ranking] : [ranking, progressSheet(view), provincesSheet(view), trendSheet(view), quietSheet(view, participation, provinceName)];
        const province = query.provinceCode ? `-${provinceName.get(query.provinceCode) ?? query.provinceCode}` : '';
        name = `联盟参与度-${periodLabel(view.period)}${province}`;
      }
      res.setHeader('Content-Disposition', contentDisposition(`${name}.${format}`));
      res.setHeader('Cache-Control', 'private, no-store');
      if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(sheets));
      else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(sheets));
    } catch (error) {
      const status = httpStatusOf(error);
      if (status && error instanceof AppError) {
        res.status(status).type('text/plain').send(error.message);
        return;
      }
      next(error);
    }
  };
}
