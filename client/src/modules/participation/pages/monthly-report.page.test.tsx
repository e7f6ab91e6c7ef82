import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { HUBEI, PERIOD, jingzhouRow, periodFields, planFields, totals, wuhanRow } from '../participation.fixtures';
import { MonthlyReportPage, MonthlyReportParticipationQuery, MonthlyReportQuery } from './monthly-report.page';

// Test files share one module cache (isolate: false): load this file's modules afresh, so the mock below is what they get.
vi.hoisted(() => vi.resetModules());
vi.mock('../components/river-map', () => ({
  RiverMap: ({ members, printMode }: { members: unknown[]; printMode?: boolean }) => (
    <div data-testid="river-map" data-print={String(Boolean(printMode))}>
      {members.length}
    </div>
  ),
}));

const secretariat = makeViewer({ role: 'SECRETARIAT', member: { __typename: 'Member', id: 'm-secretariat', nameZh: '联盟秘书处', nameEn: 'Alliance Secretariat', allianceRole: 'SECRETARIAT' } });
const host = { __typename: 'Member' as const, id: wuhanRow.member.id, nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center' };

const report = {
  monthlyReport: {
    __typename: 'MonthlyReport',
    month: '2026-11',
    period: periodFields,
    metrics: [
      { __typename: 'MetricTotal', metric: 'TOPICS_PROPOSED', value: 31 },
      { __typename: 'MetricTotal', metric: 'ON_TIME_RATE', value: 88.6 },
    ],
    topPublications: [
      { __typename: 'ReportPublication', id: 'p1', title: '长江十年禁渔见闻', channel: 'WECHAT', url: 'https://example.com/p1', publishedAt: '2026-11-03T01:00:00.000Z', reach: 182000, member: host },
    ],
    events: [
      { __typename: 'ReportEvent', placed: 48, attended: 45, event: { __typename: 'Event', id: 'e1', title: '百家党媒看荆州', startsOn: '2026-11-16', endsOn: '2026-11-19', place: '湖北荆州', host } },
    ],
    newMembers: [
      { __typename: 'Member', id: 'm-new', nameZh: '铜陵日报社', nameEn: 'Tongling Daily', cityZh: '铜陵', cityEn: 'Tongling', joinedOn: '2026-11-20', province: HUBEI },
    ],
  },
};

const mocks: MockLink.MockedResponse[] = [
  { request: { query: MonthlyReportQuery, variables: { month: '2026-11' } }, result: { data: report } },
  {
    request: { query: MonthlyReportParticipationQuery, variables: { periodId: PERIOD } },
    result: { data: { participation: { __typename: 'Participation', period: planFields, totals: totals(), rows: [wuhanRow, jingzhouRow] } } },
  },
];

describe('MonthlyReportPage', () => {
  it('prints the month’s totals beside the year’s, the ranking, the river map and the highlights', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithApp(<MonthlyReportPage />, { viewer: secretariat, route: '/participation/report?month=2026-11', mocks });
    const article = await screen.findByTestId('monthly-report');
    expect(article).toHaveTextContent('联盟工作月报 · 2026 年 11 月');
    const metrics = await screen.findByTestId('report-metrics');
    expect(within(metrics).getByRole('row', { name: /发起联合选题/ })).toHaveTextContent('31');
    expect(await within(metrics).findByText('412')).toBeInTheDocument();
    expect(metrics).toHaveTextContent('88.6%');
    expect(metrics).toHaveTextContent('2026 年度累计');
    expect(await screen.findByText('前 2 名')).toBeInTheDocument();
    expect(screen.getByText('落后的成员单位（1 家）')).toBeInTheDocument();
    expect(screen.getByTestId('river-map')).toHaveAttribute('data-print', 'true');
    expect(screen.getByTestId('report-publications')).toHaveTextContent('182,000');
    expect(screen.getByTestId('report-publications')).toHaveTextContent('微信');
    expect(screen.getByTestId('report-events')).toHaveTextContent('百家党媒看荆州');
    expect(screen.getByTestId('report-events')).toHaveTextContent('45');
    expect(screen.getByTestId('report-new-members')).toHaveTextContent('铜陵日报社');
    // The toolbar is not printed; the sheet is.
    expect(screen.getByTestId('report-print').closest('.no-print')).not.toBeNull();
    expect(article.closest('.no-print')).toBeNull();
    await userEvent.click(screen.getByTestId('report-print'));
    expect(print).toHaveBeenCalledOnce();
  }, 40_000);

  it('is the secretariat’s only', async () => {
    renderWithApp(<MonthlyReportPage />, { viewer: makeViewer(), route: '/participation/report?month=2026-11', mocks: [] });
    expect(await screen.findByText('只有联盟秘书处可以查看工作月报。')).toBeInTheDocument();
  });
});
