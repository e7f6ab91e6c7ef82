import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { STATUS_COLORS } from '../status-colors';
import type { RiverMapMember } from './river-map';
import { clipPolyline, extentAround, riverMapLayout, scaleBar, toPixel, WHOLE_BELT } from './river-map-geometry';
import { placeMemberLabels, riverMapOption, symbolSizeFor, type RiverMapOption } from './river-map-option';
import geoAsset from './yangtze-geo.json';
import type { LonLat, YangtzeGeo } from './yangtze-geo';

const geo = geoAsset as unknown as YangtzeGeo;

function member(overrides: Partial<RiverMapMember> & Pick<RiverMapMember, 'slug' | 'longitude' | 'latitude' | 'index' | 'rank'>): RiverMapMember {
  return {
    id: `m-${overrides.slug}`,
    nameZh: `${overrides.slug}日报社`,
    nameEn: `${overrides.slug} Daily`,
    cityZh: overrides.slug,
    cityEn: overrides.slug,
    provinceCode: '420000',
    status: 'ON_TRACK',
    lastActivityAt: null,
    commitments: [],
    ...overrides,
  };
}

const MEMBERS: RiverMapMember[] = [
  member({
    slug: 'jingzhou',
    nameZh: '荆州市融媒体中心',
    nameEn: 'Jingzhou Converged Media Center',
    cityZh: '荆州',
    cityEn: 'Jingzhou',
    longitude: 112.2397,
    latitude: 30.3348,
    index: 96.5,
    rank: 1,
    status: 'MET',
    lastActivityAt: '2026-09-14T16:30:00.000Z', // 15 Sep 00:30 in Beijing
    commitments: [
      { title: '提出联合选题', status: 'MET', actual: 6, target: 6, metric: 'TOPICS_PROPOSED' },
      { title: '按时交稿率', status: 'AT_RISK', actual: 85.5, target: 90, metric: 'ON_TIME_RATE' },
      { title: '<b>承办</b>培训', status: 'BEHIND', actual: null, target: 1, metric: 'MANUAL' },
    ],
  }),
  member({ slug: 'kunming', provinceCode: '530000', longitude: 102.8329, latitude: 24.8801, index: 12, rank: 4, status: 'BEHIND' }),
  member({ slug: 'wuhan', longitude: 114.3055, latitude: 30.5928, index: 70.2, rank: 2, status: 'ON_TRACK' }),
  member({ slug: 'nanjing', provinceCode: '320000', longitude: 118.7969, latitude: 32.0603, index: 55, rank: 3, status: 'AT_RISK' }),
  member({ slug: 'pudong', provinceCode: '310000', longitude: 121.544, latitude: 31.2215, index: 0, rank: 5, status: 'BEHIND' }),
];

type Series = Exclude<RiverMapOption['series'], undefined | readonly unknown[] | Record<string, unknown>>;
interface Datum {
  id: string;
  name: string;
  value: number[];
  symbolSize: number;
  itemStyle: { color: string };
  label: { show: boolean; position: string };
}

function seriesOf(option: RiverMapOption): { id: string; type: string; data: unknown[]; effect?: { show?: boolean } }[] {
  return (option.series as Series as unknown as { id: string; type: string; data: unknown[] }[]) ?? [];
}

function memberData(option: RiverMapOption): Datum[] {
  return seriesOf(option)
    .filter((series) => series.id.startsWith('members'))
    .flatMap((series) => series.data as Datum[]);
}

function build(width: number, overrides: Partial<Parameters<typeof riverMapOption>[0]> = {}): RiverMapOption {
  return riverMapOption({
    members: MEMBERS,
    geo,
    t: i18n.t,
    english: false,
    layout: riverMapLayout(width, undefined, MEMBERS),
    animate: false,
    now: new Date('2026-09-20T00:00:00Z'),
    ...overrides,
  });
}

describe('the river map geography (Natural Earth asset)', () => {
  it('runs the Yangtze from Yunnan west to east down to the sea, with the 11 provinces of the belt', () => {
    const first = geo.river[0] as LonLat;
    const last = geo.river[geo.river.length - 1] as LonLat;
    expect(first[0]).toBeGreaterThan(98.5);
    expect(first[0]).toBeLessThan(100);
    expect(last[0]).toBeGreaterThan(121.5);
    expect(last[0]).toBeGreaterThan(first[0]);
    expect(geo.provinces.map((province) => province.code).sort()).toEqual(
      ['310000', '320000', '330000', '340000', '360000', '420000', '430000', '500000', '510000', '520000', '530000'],
    );
    expect(geo.source).toMatch(/Natural Earth/);
  });
});

describe('riverMapOption', () => {
  it('puts every member on the map at its own coordinates, once', () => {
    for (const width of [1280, 375]) {
      const points = memberData(build(width));
      expect(points.map((point) => point.id).sort()).toEqual(MEMBERS.map((m) => m.id).sort());
      for (const m of MEMBERS) {
        const point = points.find((candidate) => candidate.id === m.id);
        expect(point?.value).toEqual([m.longitude, m.latitude, m.index]);
      }
    }
  });

  it('sizes a dot by the participation index and colours it by status', () => {
    const points = memberData(build(1280));
    const bySize = [...points].sort((a, b) => (a.value[2] ?? 0) - (b.value[2] ?? 0));
    for (let i = 1; i < bySize.length; i++) {
      expect((bySize[i] as Datum).symbolSize).toBeGreaterThan((bySize[i - 1] as Datum).symbolSize);
    }
    for (const m of MEMBERS) {
      expect(points.find((point) => point.id === m.id)?.itemStyle.color).toBe(STATUS_COLORS[m.status]);
    }
    expect(symbolSizeFor(100, 50)).toBeGreaterThan(symbolSizeFor(50, 50));
    expect(symbolSizeFor(0, 50)).toBeGreaterThanOrEqual(6);
    expect(symbolSizeFor(250, 50)).toBe(symbolSizeFor(100, 50));
  });

  it('draws the river west to east, tapering wider towards the sea', () => {
    const river = seriesOf(build(1280)).find((series) => series.id === 'river-0');
    const runs = river?.data as { coords: LonLat[]; lineStyle: { width: number } }[];
    expect(runs.length).toBeGreaterThan(5);
    const points = runs.flatMap((run) => run.coords);
    expect((points[0] as LonLat)[0]).toBeLessThan((points[points.length - 1] as LonLat)[0]);
    expect((points[0] as LonLat)[0]).toBeLessThan(100);
    expect((runs[runs.length - 1] as { lineStyle: { width: number } }).lineStyle.width).toBeGreaterThan(
      (runs[0] as { lineStyle: { width: number } }).lineStyle.width,
    );
  });

  it('folds the belt in two on a phone: upper reaches first, each member in exactly one panel', () => {
    const layout = riverMapLayout(375, undefined, MEMBERS);
    expect(layout.folded).toBe(true);
    expect(layout.panels).toHaveLength(2);
    const [upper, lower] = layout.panels;
    expect(upper?.extent.east).toBe(lower?.extent.west);
    expect((lower?.top ?? 0) > (upper?.top ?? 0)).toBe(true);
    const option = build(375);
    const upperIds = seriesOf(option)
      .filter((series) => series.id === 'members-0')
      .flatMap((series) => (series.data as Datum[]).map((point) => point.id));
    expect(upperIds.sort()).toEqual(['m-kunming']);
    // About twice the scale the whole belt would have at the same width.
    const unfolded = 375 / (WHOLE_BELT.east - WHOLE_BELT.west);
    expect(upper?.scale ?? 0).toBeGreaterThan(1.8 * unfolded);
    expect(lower?.scale ?? 0).toBeGreaterThan(1.8 * unfolded);
    expect(riverMapLayout(1280).folded).toBe(false);
  });

  it('places city names without covering another city or name, and inside the map', () => {
    const layout = riverMapLayout(1280, undefined, MEMBERS);
    const panel = layout.panels[0];
    if (!panel) throw new Error('no panel');
    const crowded = [
      { id: 'nanjing', label: '南京', longitude: 118.7969, latitude: 32.0603, size: 18, rank: 1 },
      { id: 'zhenjiang', label: '镇江', longitude: 119.4251, latitude: 32.1877, size: 12, rank: 3 },
      { id: 'yangzhou', label: '扬州', longitude: 119.4129, latitude: 32.3942, size: 16, rank: 2 },
      { id: 'maanshan', label: '马鞍山', longitude: 118.5065, latitude: 31.6705, size: 10, rank: 4 },
      { id: 'zhoushan', label: 'Zhoushan', longitude: 122.2072, latitude: 29.9853, size: 10, rank: 5 },
    ];
    const placements = placeMemberLabels(panel, crowded, 12);
    const rects = [...placements.values()].flatMap((placement) => (placement.rect ? [placement.rect] : []));
    expect(rects.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i];
      if (!a) continue;
      expect(a.x0).toBeGreaterThanOrEqual(panel.left);
      expect(a.x1).toBeLessThanOrEqual(panel.left + panel.width);
      for (let j = i + 1; j < rects.length; j++) {
        const b = rects[j];
        if (!b) continue;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
    // The best-ranked city always gets its name; Zhoushan, on the eastern edge, gets a long name on its left.
    expect(placements.get('nanjing')?.side).not.toBeNull();
    expect(placements.get('zhoushan')?.side).toBe('left');
  });

  it('shows each member’s scorecard on hover: name, city, rank, index, status, commitments and last activity in Beijing time', () => {
    const option = build(1280);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter({ data: { id: 'm-jingzhou' } });
    expect(html).toContain('荆州市融媒体中心');
    expect(html).toContain('荆州 · 湖北');
    expect(html).toContain('第 1 名');
    expect(html).toContain('96.5');
    expect(html).toContain('已达成');
    expect(html).toContain('6<span style="color:#8a94a3;font-weight:400"> / 6');
    expect(html).toContain('85.5%');
    expect(html).toContain('90%');
    expect(html).toContain('&#60;b&#62;承办&#60;/b&#62;培训'); // escaped, never markup
    expect(html).toContain('最近活动：9月15日 00:30（北京时间）');
    expect(html).toContain('点击圆点打开记分卡');
    expect(tooltip.formatter({ data: { id: 'unknown' } })).toBe('');
    const english = build(1280, { english: true, touch: true, t: i18n.getFixedT('en') });
    const englishHtml = (english.tooltip as { formatter: (params: unknown) => string }).formatter({ data: { id: 'm-kunming' } });
    expect(englishHtml).toContain('kunming Daily');
    expect(englishHtml).toContain('Rank 4');
    expect(englishHtml).toContain('No activity yet');
    expect(englishHtml).toContain('Tap again to open the scorecard');
  });

  it('keeps still for print and reduced motion, and flows otherwise', () => {
    const still = build(1280, { animate: false });
    expect(still.animation).toBe(false);
    expect(seriesOf(still).some((series) => series.type === 'effectScatter' || series.effect?.show)).toBe(false);
    const moving = build(1280, { animate: true });
    expect(seriesOf(moving).some((series) => series.id === 'river-flow-0' && series.effect?.show)).toBe(true);
    expect(seriesOf(moving).find((series) => series.type === 'effectScatter')?.data).toHaveLength(3);
  });

  it('names the map and gives a scale bar in its corner', () => {
    const option = build(1280);
    const graphic = option.graphic as { elements: { id: string; children: { style?: { text?: string } }[] }[] };
    const texts = graphic.elements[0]?.children.map((child) => child.style?.text).filter(Boolean);
    expect(texts).toContain('万\u2009里\u2009长\u2009江\u2009图');
    expect(texts).toContain('云南 — 上海 · 5 家成员单位');
    const bar = scaleBar(riverMapLayout(1280).panels[0] as never);
    expect(texts).toContain(`${bar.km} 公里`);
    expect(bar.px).toBeGreaterThanOrEqual(50);
    expect(bar.px).toBeLessThanOrEqual(160);
  });
});

describe('geometry helpers', () => {
  it('clips a polyline to a box, keeping its direction', () => {
    const box = { west: 0, east: 10, south: 0, north: 10 };
    const pieces = clipPolyline(
      [
        [-5, 5],
        [5, 5],
        [15, 5],
        [15, 8],
        [5, 8],
      ],
      box,
    );
    expect(pieces).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
    expect(clipPolyline([[20, 20], [30, 30]], box)).toEqual([]);
  });

  it('grows the map to keep an outlying member city in sight', () => {
    const grown = extentAround(WHOLE_BELT, [{ longitude: 117.18, latitude: 34.26 }]); // Xuzhou
    expect(grown.north).toBeGreaterThan(34.26);
    expect(grown.west).toBe(WHOLE_BELT.west);
    expect(extentAround(WHOLE_BELT, [{ longitude: 0, latitude: 0 }]).west).toBeGreaterThan(97);
  });

  it('computes the pixel of a point as ECharts fits the extent into the box', () => {
    const panel = riverMapLayout(1000).panels[0];
    if (!panel) throw new Error('no panel');
    const [left, top] = toPixel(panel, [panel.extent.west, panel.extent.north]);
    const [right, bottom] = toPixel(panel, [panel.extent.east, panel.extent.south]);
    expect(left).toBeCloseTo(0, 5);
    expect(right).toBeCloseTo(1000, 5);
    expect(top).toBeCloseTo(0, 0);
    expect(bottom).toBeCloseTo(panel.height, 0);
  });
});
