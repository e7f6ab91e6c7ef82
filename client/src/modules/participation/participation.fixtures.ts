import type { MockLink } from '@apollo/client/testing';
import type { ParticipationRow_RowFragment } from '@/__generated__/graphql';
import { CoverageProvincesQuery } from '@/modules/topics/hooks/use-provinces';
import { ParticipationPeriodsQuery } from './participation-fragments';
import { joinPlan, type PlanCommitment, type Standing } from './participation-plan';

/** Data for the participation tests, shaped as the server answers (with __typename), following the contract. */
export const PERIOD = '6b1f4a8e-7c2d-4e5f-9a0b-1c2d3e4f5a01';
export const QUARTER = '6b1f4a8e-7c2d-4e5f-9a0b-1c2d3e4f5a02';
export const JINGZHOU = '5f0c5a52-2a4c-4c7e-9a43-1f3b7b8b7a01';
export const WUHAN = '5f0c5a52-2a4c-4c7e-9a43-1f3b7b8b7a02';

export const periodFields = {
  __typename: 'Period' as const,
  id: PERIOD,
  kind: 'YEAR' as const,
  year: 2026,
  quarter: null,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  isCurrent: true,
  elapsedDays: 334,
  periodDays: 365,
};

const quarterFields = { ...periodFields, id: QUARTER, kind: 'QUARTER' as const, quarter: 4, startsOn: '2026-10-01', elapsedDays: 61, periodDays: 92 };

type Row = ParticipationRow_RowFragment;
type Cell = Row['commitments'][number];

export const TOPICS: PlanCommitment = { __typename: 'Commitment' as const, id: 'c-topics', metric: 'TOPICS_PROPOSED' as const, title: '发起联合选题', weight: 2 };
export const ON_TIME: PlanCommitment = { __typename: 'Commitment' as const, id: 'c-on-time', metric: 'ON_TIME_RATE' as const, title: '按时交稿率', weight: 1 };

/** The year as ParticipationPlan_period asks for it: its days and commitments. */
export const planFields = { ...periodFields, commitments: [TOPICS, ON_TIME] };

const province = (code: string, nameZh: string, nameEn: string, riverOrder: number) => ({ __typename: 'Province' as const, code, nameZh, nameEn, riverOrder });
export const HUBEI = province('420000', '湖北', 'Hubei', 5);
export const HUNAN = province('430000', '湖南', 'Hunan', 6);

function member(id: string, slug: string, nameZh: string, nameEn: string, cityZh: string, cityEn: string) {
  return { __typename: 'Member' as const, id, slug, nameZh, nameEn, cityZh, cityEn, latitude: 30.33, longitude: 112.24, province: HUBEI };
}

/** A row's cell as the server answers it: only what differs per member, the commitment by id. */
const progress = (commitment: PlanCommitment, fields: Omit<Cell, '__typename' | 'commitment'>): Cell => ({
  __typename: 'CommitmentProgress' as const,
  ...fields,
  commitment: { __typename: 'Commitment' as const, id: commitment.id },
});

export const jingzhouRow: Row = {
  __typename: 'ParticipationRow' as const,
  index: 56.3,
  rank: 2,
  status: 'BEHIND',
  lastActivityAt: '2026-11-20T02:00:00.000Z',
  member: member(JINGZHOU, 'jingzhou', '荆州市融媒体中心', 'Jingzhou Converged Media Center', '荆州', 'Jingzhou'),
  commitments: [
    progress(TOPICS, { target: 20, actual: 8, due: null, expected: 18.3, ratio: 0.4, status: 'BEHIND' }),
    progress(ON_TIME, { target: 90, actual: 80, due: 10, expected: 90, ratio: 0.889, status: 'AT_RISK' }),
  ],
};

export const wuhanRow: Row = {
  ...jingzhouRow,
  index: 100,
  rank: 1,
  status: 'MET',
  lastActivityAt: '2026-11-29T02:00:00.000Z',
  member: member(WUHAN, 'wuhan', '长江日报报业集团', 'Changjiang Daily Press Group', '武汉', 'Wuhan'),
  commitments: [
    progress(TOPICS, { target: 20, actual: 21, due: null, expected: 18.3, ratio: 1, status: 'MET' }),
    progress(ON_TIME, { target: 90, actual: 100, due: 5, expected: 90, ratio: 1, status: 'ON_TRACK' }),
  ],
};

/** The two rows joined with the year's plan, as the components read them. */
export const [wuhanStanding, jingzhouStanding] = joinPlan([wuhanRow, jingzhouRow], planFields) as [Standing, Standing];

export const totals = () => ({
  __typename: 'ParticipationTotals' as const,
  members: 35,
  averageIndex: 71.4,
  statusCounts: [
    { __typename: 'StatusCount' as const, status: 'MET' as const, count: 3 },
    { __typename: 'StatusCount' as const, status: 'ON_TRACK' as const, count: 12 },
    { __typename: 'StatusCount' as const, status: 'AT_RISK' as const, count: 11 },
    { __typename: 'StatusCount' as const, status: 'BEHIND' as const, count: 9 },
  ],
  metrics: [
    { __typename: 'MetricTotal' as const, metric: 'TOPICS_PROPOSED' as const, value: 412 },
    { __typename: 'MetricTotal' as const, metric: 'ON_TIME_RATE' as const, value: 86.5 },
  ],
});

const quiet = (days: number) =>
  days === 90
    ? []
    : [{ __typename: 'QuietMember' as const, lastActivityAt: '2026-09-01T02:00:00.000Z', daysQuiet: 91 - days + 30, member: { __typename: 'Member' as const, id: 'm-quiet', nameZh: '昭通市融媒体中心', nameEn: 'Zhaotong Converged Media Center', cityZh: '昭通', cityEn: 'Zhaotong' } }];

export function participationData(rows: readonly Row[], options: { secretariat?: boolean; commitments?: readonly PlanCommitment[] } = {}) {
  const secretariat = options.secretariat ?? true;
  return {
    participation: {
      __typename: 'Participation' as const,
      period: { ...periodFields, commitments: options.commitments ?? [TOPICS, ON_TIME] },
      totals: totals(),
      rows,
      provinces: secretariat
        ? [HUBEI, HUNAN].map((item, index) => ({ __typename: 'ProvinceParticipation' as const, members: 5, averageIndex: 70 + index, province: item }))
        : [],
      trend: ['2026-10', '2026-11'].map((month, index) => ({
        __typename: 'MonthTrend' as const,
        month,
        metrics: [
          { __typename: 'MetricTotal' as const, metric: 'TOPICS_PROPOSED' as const, value: 30 + index },
          { __typename: 'MetricTotal' as const, metric: 'ON_TIME_RATE' as const, value: 85 + index },
        ],
      })),
      quiet30: secretariat ? quiet(30) : [],
      quiet60: secretariat ? quiet(60) : [],
      quiet90: secretariat ? quiet(90) : [],
    },
  };
}

export const periodsMock: MockLink.MockedResponse = {
  request: { query: ParticipationPeriodsQuery },
  result: { data: { periods: [periodFields, quarterFields] } },
  maxUsageCount: 10,
};

export const noPeriodsMock: MockLink.MockedResponse = {
  request: { query: ParticipationPeriodsQuery },
  result: { data: { periods: [] } },
  maxUsageCount: 10,
};

export const provincesMock: MockLink.MockedResponse = {
  request: { query: CoverageProvincesQuery },
  result: { data: { provinces: [HUBEI, HUNAN] } },
  maxUsageCount: 10,
};

/** antd picks layouts from media queries: answer them as a browser of this width would. */
export function setScreenWidth(width: number): () => void {
  const original = window.matchMedia;
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: [...query.matchAll(/\((min|max)-width:\s*(\d+)px\)/g)].every(([, kind, px]) => (kind === 'min' ? width >= Number(px) : width <= Number(px))),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  return () => Object.defineProperty(window, 'matchMedia', { writable: true, configurable: true, value: original });
}
