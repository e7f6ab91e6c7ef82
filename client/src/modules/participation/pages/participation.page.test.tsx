import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { ParticipationEntriesQuery } from '../components/entries-drawer';
import { JINGZHOU, PERIOD, jingzhouRow, noPeriodsMock, participationData, periodsMock, provincesMock, setScreenWidth, wuhanRow } from '../participation.fixtures';
import { ParticipationDashboardQuery, ParticipationPage } from './participation.page';

// Test files share one module cache (isolate: false): load this file's modules afresh, so the mock below is what they get.
vi.hoisted(() => vi.resetModules());
// The river map is another component's own business (and draws with ECharts): here it only has to receive the members.
vi.mock('../components/river-map', () => ({
  RiverMap: ({ members, onOpenMember }: { members: { id: string; nameZh: string }[]; onOpenMember: (id: string) => void }) => (
    <ul data-testid="river-map">
      {members.map((member) => (
        <li key={member.id}>
          <button type="button" onClick={() => onOpenMember(member.id)}>
            map:{member.nameZh}
          </button>
        </li>
      ))}
    </ul>
  ),
}));

const secretariat = makeViewer({ role: 'SECRETARIAT', displayName: '秘书处', member: { __typename: 'Member', id: 'm-secretariat', nameZh: '联盟秘书处', nameEn: 'Alliance Secretariat', allianceRole: 'SECRETARIAT' } });
const chief = makeViewer({ member: { __typename: 'Member', id: JINGZHOU, nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center', allianceRole: 'CHAIR' } });

function dashboardMock(data: ReturnType<typeof participationData>, provinceCode: string | null = null): MockLink.MockedResponse {
  return { request: { query: ParticipationDashboardQuery, variables: { periodId: PERIOD, provinceCode } }, result: { data }, maxUsageCount: 10 };
}

const entry = (id: string, title: string, at: string, onTime: boolean | null, detail: string | null = null) => ({
  __typename: 'ParticipationEntry' as const,
  entityType: onTime === null ? 'topic' : 'claim',
  entityId: id,
  title,
  at,
  onTime,
  path: `/topics/${id}`,
  detail,
});

function entriesMock(metric: string, nodes: ReturnType<typeof entry>[], totalCount: number, hasNextPage = false, after?: string): MockLink.MockedResponse {
  return {
    request: { query: ParticipationEntriesQuery, variables: { periodId: PERIOD, memberId: JINGZHOU, metric, commitmentId: null, ...(after ? { after } : {}) } },
    result: { data: { participationEntries: { __typename: 'ParticipationEntryConnection', totalCount, pageInfo: { __typename: 'PageInfo', endCursor: hasNextPage ? 'cursor-1' : null, hasNextPage }, nodes } } },
  };
}

let restoreWidth: () => void;
beforeEach(() => {
  restoreWidth = setScreenWidth(1366);
});
afterEach(() => restoreWidth());

describe('ParticipationPage', () => {
  it('shows the secretariat the totals, the river map and the ranking; a figure opens its rows with the formula, page after page', async () => {
    renderWithApp(<ParticipationPage />, {
      viewer: secretariat,
      route: '/participation',
      mocks: [
        periodsMock,
        provincesMock,
        dashboardMock(participationData([wuhanRow, jingzhouRow])),
        entriesMock('TOPICS_PROPOSED', [entry('t1', '长江大保护十年', '2026-03-01T16:05:00.000Z', null)], 2, true),
        entriesMock('TOPICS_PROPOSED', [entry('t2', '荆江大堤上的守护者', '2026-02-01T02:00:00.000Z', null)], 2, false, 'cursor-1'),
      ],
    });
    const table = await screen.findByTestId('ranking-table');
    expect(within(table).getByRole('link', { name: '荆州市融媒体中心' })).toHaveAttribute('href', `/members/${JINGZHOU}`);
    expect(table).toHaveTextContent('长江日报报业集团');
    expect(table).toHaveTextContent('80.0% / 90%');
    const totals = screen.getByTestId('participation-totals');
    expect(totals).toHaveTextContent('71.4');
    expect(totals).toHaveTextContent('86.5%');
    expect(within(screen.getByTestId('river-map')).getByText('map:荆州市融媒体中心')).toBeInTheDocument();
    expect(screen.getByTestId('quiet-members')).toHaveTextContent('昭通市融媒体中心');
    expect(screen.getByTestId('export-xlsx')).toHaveAttribute('href', `/exports/participation.xlsx?period=${PERIOD}`);
    expect(screen.getByTestId('export-csv')).toHaveAttribute('href', `/exports/participation.csv?period=${PERIOD}`);
    expect(screen.getByTestId('open-report')).toHaveAttribute('href', expect.stringMatching(/^\/participation\/report\?month=\d{4}-\d{2}$/));

    await userEvent.click(within(table).getByRole('button', { name: /荆州市融媒体中心：发起联合选题 8 \/ 20，落后/ }));
    const drawer = await screen.findByTestId('entries');
    expect(screen.getByTestId('formula')).toHaveTextContent('实际 8 / 目标 20；按期进度应达 20 × 334/365 = 18.3 → 落后');
    expect(screen.getByTestId('formula')).toHaveTextContent('不低于应达值的 75% 为有风险');
    expect(within(drawer).getByTestId('entries-total')).toHaveTextContent('共 2 条');
    expect(within(drawer).getByRole('link', { name: '长江大保护十年' })).toHaveAttribute('href', '/topics/t1');
    expect(drawer).toHaveTextContent(/3月2日 00:05/);
    expect(drawer).toHaveTextContent('时间均为北京时间');
    await userEvent.click(within(drawer).getByRole('button', { name: '加载更多' }));
    expect(await within(drawer).findByRole('link', { name: '荆江大堤上的守护者' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  }, 60_000);

  it('explains the on-time rate as on time ÷ due, and the index as its weighted parts', async () => {
    renderWithApp(<ParticipationPage />, {
      viewer: secretariat,
      route: `/participation?period=${PERIOD}`,
      mocks: [
        periodsMock,
        provincesMock,
        dashboardMock(participationData([wuhanRow, jingzhouRow])),
        entriesMock('ON_TIME_RATE', [entry('c1', '荆州古城采访', '2026-11-02T02:00:00.000Z', true), entry('c2', '洪湖湿地', '2026-11-05T02:00:00.000Z', false)], 10),
      ],
    });
    const table = await screen.findByTestId('ranking-table');
    await userEvent.click(within(table).getByRole('button', { name: /荆州市融媒体中心：参与指数 56.3/ }));
    expect(await screen.findByText('参与指数 = Σ（权重 × min(实际 ÷ 目标, 1)）÷ Σ权重 × 100')).toBeInTheDocument();
    expect(screen.getByTestId('formula')).toHaveTextContent('(2 × 0.40 + 1 × 0.89) ÷ 3 × 100 = 56.3');

    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /80.0% \/ 90%/ }));
    const drawer = await screen.findByTestId('entries');
    expect(screen.getByTestId('formula')).toHaveTextContent('按时 8 / 到期 10 = 80.0%；目标 90% → 有风险');
    expect(within(drawer).getByText('按时')).toBeInTheDocument();
    expect(within(drawer).getByText('逾期')).toBeInTheDocument();
  }, 60_000);

  it('narrows the ranking to a status when its count is clicked', async () => {
    renderWithApp(<ParticipationPage />, {
      viewer: secretariat,
      route: '/participation',
      mocks: [periodsMock, provincesMock, dashboardMock(participationData([wuhanRow, jingzhouRow]))],
    });
    const table = await screen.findByTestId('ranking-table');
    await userEvent.click(within(screen.getByTestId('participation-totals')).getByRole('button', { name: /落后/ }));
    expect(table).not.toHaveTextContent('长江日报报业集团');
    expect(table).toHaveTextContent('荆州市融媒体中心');
    await userEvent.click(screen.getByTestId('clear-status'));
    expect(table).toHaveTextContent('长江日报报业集团');
  }, 40_000);

  it('reads the province from the address', async () => {
    renderWithApp(<ParticipationPage />, {
      viewer: secretariat,
      route: `/participation?period=${PERIOD}&province=420000`,
      mocks: [periodsMock, provincesMock, dashboardMock(participationData([jingzhouRow]), '420000')],
    });
    expect(await screen.findByText('湖北合计')).toBeInTheDocument();
    expect(screen.getByTestId('export-csv')).toHaveAttribute('href', `/exports/participation.csv?period=${PERIOD}&province=420000`);
  });

  it('shows a chief editor their own member, the alliance totals and the trend, and says the ranking is the secretariat’s', async () => {
    renderWithApp(<ParticipationPage />, {
      viewer: chief,
      route: '/participation',
      mocks: [periodsMock, provincesMock, dashboardMock(participationData([jingzhouRow], { secretariat: false }))],
    });
    const own = await screen.findByTestId('own-row');
    expect(own).toHaveTextContent('荆州市融媒体中心');
    expect(own).toHaveTextContent('第 2 名');
    expect(own).toHaveTextContent('8 / 20');
    expect(screen.getByTestId('chief-note')).toHaveTextContent('排名是秘书处的视图');
    expect(screen.getByTestId('participation-totals')).toHaveTextContent('71.4');
    // The charts (and ECharts) load after the figures.
    expect(await screen.findByTestId('trend-chart', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('ranking-table')).not.toBeInTheDocument();
    expect(screen.queryByTestId('river-map')).not.toBeInTheDocument();
    expect(screen.queryByTestId('quiet-members')).not.toBeInTheDocument();
    expect(screen.queryByTestId('province-select')).not.toBeInTheDocument();
    expect(screen.queryByTestId('open-report')).not.toBeInTheDocument();
    expect(screen.queryByText('长江日报报业集团')).not.toBeInTheDocument();
  }, 60_000);

  it('says when the period has no commitments yet, and when no period is open', async () => {
    const { unmount } = renderWithApp(<ParticipationPage />, {
      viewer: secretariat,
      route: '/participation',
      mocks: [periodsMock, provincesMock, dashboardMock(participationData([], { commitments: [] }))],
    });
    expect(await screen.findByText('2026 年度尚未设定承诺')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '设定承诺' })).toHaveAttribute('href', `/commitments?period=${PERIOD}`);
    expect(screen.queryByTestId('ranking-table')).not.toBeInTheDocument();
    unmount();

    renderWithApp(<ParticipationPage />, { viewer: secretariat, route: '/participation', mocks: [noPeriodsMock, provincesMock] });
    expect(await screen.findByText('尚未开启考核周期')).toBeInTheDocument();
  });

  it('lays the ranking out as cards on a phone', async () => {
    restoreWidth();
    restoreWidth = setScreenWidth(375);
    renderWithApp(<ParticipationPage />, {
      viewer: secretariat,
      route: '/participation',
      mocks: [periodsMock, provincesMock, dashboardMock(participationData([wuhanRow, jingzhouRow]))],
    });
    const cards = await screen.findByTestId('ranking-cards');
    const names = () => within(cards).getAllByRole('link').map((link) => link.textContent);
    expect(names()).toEqual(['长江日报报业集团', '荆州市融媒体中心']);
    expect(screen.queryByTestId('ranking-table')).not.toBeInTheDocument();
  });

  it('tells an editor the dashboard is not theirs, and asks the server nothing', async () => {
    renderWithApp(<ParticipationPage />, { viewer: makeViewer({ role: 'EDITOR' }), route: '/participation', mocks: [] });
    expect(await screen.findByText('只有联盟秘书处和成员单位总编辑可以查看参与度。')).toBeInTheDocument();
  });
});
