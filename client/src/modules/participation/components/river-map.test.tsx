import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { RiverMap, type RiverMapMember } from './river-map';

// jsdom cannot draw: the chart is a stand-in that records what the component asks of it.
const chart = vi.hoisted(() => ({
  handlers: new Map<string, (params: unknown) => void>(),
  on: vi.fn(),
  getZr: vi.fn(),
  setOption: vi.fn(),
  resize: vi.fn(),
  dispose: vi.fn(),
  getWidth: vi.fn(() => 0),
  getHeight: vi.fn(() => 0),
}));
// Test files share one module cache (isolate: false): load this file's modules afresh, so the mock below is what they get.
vi.hoisted(() => vi.resetModules());
vi.mock('echarts/core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('echarts/core')>();
  return { ...actual, init: vi.fn(() => chart) };
});

const MEMBERS: RiverMapMember[] = [
  {
    id: 'm-wuhan',
    slug: 'wuhan',
    nameZh: '长江日报报业集团',
    nameEn: 'Changjiang Daily Press Group',
    cityZh: '武汉',
    cityEn: 'Wuhan',
    provinceCode: '420000',
    longitude: 114.3055,
    latitude: 30.5928,
    index: 71.4,
    rank: 2,
    status: 'ON_TRACK',
    lastActivityAt: '2026-09-14T02:30:00.000Z',
    commitments: [
      { title: '提出联合选题', status: 'MET', actual: 6, target: 6, metric: 'TOPICS_PROPOSED' },
      { title: '转载联盟稿件', status: 'ON_TRACK', actual: 30, target: 40, metric: 'PIECES_REPUBLISHED' },
    ],
  },
  {
    id: 'm-jingzhou',
    slug: 'jingzhou',
    nameZh: '荆州市融媒体中心',
    nameEn: 'Jingzhou Converged Media Center',
    cityZh: '荆州',
    cityEn: 'Jingzhou',
    provinceCode: '420000',
    longitude: 112.2397,
    latitude: 30.3348,
    index: 100,
    rank: 1,
    status: 'MET',
    lastActivityAt: null,
    commitments: [],
  },
  {
    id: 'm-kunming',
    slug: 'kunming',
    nameZh: '昆明日报社',
    nameEn: 'Kunming Daily',
    cityZh: '昆明',
    cityEn: 'Kunming',
    provinceCode: '530000',
    longitude: 102.8329,
    latitude: 24.8801,
    index: 20,
    rank: 3,
    status: 'BEHIND',
    lastActivityAt: null,
    commitments: [{ title: '提出联合选题', status: 'BEHIND', actual: 0, target: 6, metric: 'TOPICS_PROPOSED' }],
  },
];

beforeEach(() => {
  chart.handlers.clear();
  chart.on.mockImplementation((event: string, handler: (params: unknown) => void) => chart.handlers.set(event, handler));
  chart.getZr.mockReturnValue({ on: vi.fn() });
});

describe('RiverMap', () => {
  it('is labelled for screen readers and offers the same data as a list, each member opening its scorecard', async () => {
    const user = userEvent.setup();
    const onOpenMember = vi.fn();
    renderWithApp(<RiverMap members={MEMBERS} onOpenMember={onOpenMember} />);

    expect(screen.getByRole('img', { name: /万里长江图：3 家成员单位/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '图例' })).toHaveTextContent('圆点大小：参与指数');
    const toggle = screen.getByRole('button', { name: '查看列表' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(toggle);
    expect(screen.getByRole('button', { name: '收起列表' })).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: '成员参与情况（按排名，共 3 家）' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['1', '2', '3']);
    expect(rows[1]).toHaveTextContent('长江日报报业集团');
    expect(rows[1]).toHaveTextContent('武汉');
    expect(rows[1]).toHaveTextContent('71.4');
    expect(rows[1]).toHaveTextContent('正常推进');
    expect(rows[1]).toHaveTextContent('1 / 2');
    expect(rows[1]).toHaveTextContent('9月14日 10:30');
    expect(rows[0]).toHaveTextContent('尚无');

    await user.click(within(table).getByRole('button', { name: '打开 昆明日报社 的记分卡' }));
    expect(onOpenMember).toHaveBeenCalledWith('m-kunming');
  });

  it('opens the member a click on its city lands on', async () => {
    const onOpenMember = vi.fn();
    renderWithApp(<RiverMap members={MEMBERS} onOpenMember={onOpenMember} />);
    // The geography is loaded lazily; the chart is created once it is there.
    await waitFor(() => expect(chart.handlers.get('click')).toBeDefined());
    chart.handlers.get('click')?.({ data: { id: 'm-jingzhou' } });
    expect(onOpenMember).toHaveBeenCalledWith('m-jingzhou');
    chart.handlers.get('click')?.({ data: null });
    expect(onOpenMember).toHaveBeenCalledTimes(1);
  });

  it('has no list toggle in print', () => {
    renderWithApp(<RiverMap members={MEMBERS} onOpenMember={() => undefined} printMode />);
    expect(screen.queryByRole('button', { name: '查看列表' })).toBeNull();
    expect(screen.getByRole('img', { name: /万里长江图/ })).toBeInTheDocument();
  });
});
