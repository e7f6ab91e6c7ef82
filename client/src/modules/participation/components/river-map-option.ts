import type {
  EffectScatterSeriesOption,
  LinesSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  GeoComponentOption,
  GraphicComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import { isRateMetric, type CommitmentMetric, type CommitmentStatus } from '@yah/shared';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { STATUS_COLORS } from '../status-colors';
import type { RiverMapMember } from './river-map';
import { clipPolyline, inside, largestCentroid, ringCentroid, scaleBar, toPixel, type MapPanel, type Rect, type RiverMapLayout } from './river-map-geometry';
import { BELT_MAP, LAKE_REGION_PREFIX, mercator, type LonLat, type YangtzeGeo } from './yangtze-geo';

export type RiverMapOption = ComposeOption<
  | GeoComponentOption
  | GraphicComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | LinesSeriesOption
  | ScatterSeriesOption
  | EffectScatterSeriesOption
>;

/**
 * Where a province's name sits, when its centroid would fall on the river, a city or outside the drawn belt
 * (hand-placed on the map, in degrees).
 */
const PROVINCE_LABEL_AT: Record<string, LonLat> = {
  '530000': [100.9, 25.0], // 云南
  '510000': [101.9, 30.2], // 四川
  '520000': [106.4, 26.6], // 贵州
  '500000': [108.85, 31.55], // 重庆
  '420000': [112.9, 31.45], // 湖北
  '430000': [111.6, 27.5], // 湖南
  '360000': [116.2, 27.3], // 江西
  '340000': [116.75, 32.5], // 安徽
  '320000': [119.6, 32.9], // 江苏
  '330000': [119.9, 29.4], // 浙江
  // 上海 is too small to name: its member cities say it.
};

// ---------------------------------------------------------------- style

const RIVER = '#1d4e89';
const RIVER_GLOW = 'rgba(74, 144, 217, 0.22)';
const RIVER_SHINE = '#a9d0f5';
const TRIBUTARY = '#79a6d6';
const WATER_TEXT = '#2f5f94';
const LAND = '#fbf8f0';
const LAND_BORDER = '#d6cbb5';
const LAKE = '#bdd7f0';
const LAKE_BORDER = '#93bce4';
const LAND_TEXT = '#a09478';
const CITY_TEXT = '#1f2a37';
const SHANGHAI = '310000';
/** Three tones of paper, so that no two neighbouring provinces share one. */
const [TONE_A, TONE_B, TONE_C] = [LAND, '#f4eee0', '#f0f1e3'];
const LAND_TONES: Record<string, string> = {
  '530000': TONE_A, // 云南
  '510000': TONE_B, // 四川
  '520000': TONE_C, // 贵州
  '500000': TONE_A, // 重庆
  '430000': TONE_B, // 湖南
  '420000': TONE_C, // 湖北
  '360000': TONE_A, // 江西
  '340000': TONE_B, // 安徽
  '330000': TONE_C, // 浙江
  '320000': TONE_A, // 江苏
  '310000': TONE_B, // 上海
};

export interface RiverMapOptionInput {
  members: readonly RiverMapMember[];
  geo: YangtzeGeo;
  t: TFunction;
  english: boolean;
  layout: RiverMapLayout;
  /** Flowing river and rippling leaders; off for print and for people who ask for reduced motion. */
  animate: boolean;
  /** A printed report: flat (no shadows). */
  printMode?: boolean;
  /** Touch screens: the first tap shows the scorecard, the second opens it. */
  touch?: boolean;
  now?: Date;
}

/** Dot diameter for a participation index (0–100): the dot's area grows with the index. */
export function symbolSizeFor(index: number, scale: number): number {
  const min = Math.min(8, Math.max(6, scale * 0.15));
  const max = Math.min(22, Math.max(15, scale * 0.42));
  const share = Math.sqrt(Math.min(100, Math.max(0, index)) / 100);
  return Math.round((min + (max - min) * share) * 10) / 10;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function formatFigure(value: number | null, metric: string): string {
  if (value === null) return '—';
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return isRateMetric(metric as CommitmentMetric) ? `${rounded}%` : rounded;
}

function dot(status: CommitmentStatus, size = 8): string {
  return `<span aria-hidden="true" style="display:inline-block;width:${size}px;height:${size}px;border-radius:50%;background:${STATUS_COLORS[status]};margin-right:6px;vertical-align:middle;flex:none"></span>`;
}

/** The scorecard shown when pointing at a member: name, city, rank, index, status, commitments, last activity. */
export function memberTooltipHtml(
  member: RiverMapMember,
  provinceName: string | null,
  { t, english, touch, now }: Pick<RiverMapOptionInput, 't' | 'english' | 'touch' | 'now'>,
): string {
  const name = english ? member.nameEn : member.nameZh;
  const city = english ? member.cityEn : member.cityZh;
  const place = provinceName && provinceName !== city ? `${city} · ${provinceName}` : city;
  const status = STATUS_COLORS[member.status];
  const commitments = member.commitments.length
    ? member.commitments
        .map(
          (commitment) =>
            `<div style="display:flex;align-items:center;gap:8px;padding:2px 0">` +
            `<span style="display:flex;align-items:center;flex:1;min-width:0">${dot(commitment.status, 7)}` +
            `<span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeHtml(commitment.title)}</span></span>` +
            `<span style="font-variant-numeric:tabular-nums;color:${STATUS_COLORS[commitment.status]};font-weight:600;white-space:nowrap">` +
            `${formatFigure(commitment.actual, commitment.metric)}<span style="color:#8a94a3;font-weight:400"> / ${formatFigure(commitment.target, commitment.metric)}</span></span></div>`,
        )
        .join('')
    : `<div style="color:#6b7280">${escapeHtml(t('riverMap.tooltip.noCommitments'))}</div>`;
  const lastActivity = member.lastActivityAt
    ? t('riverMap.tooltip.lastActivity', { time: formatAllianceTime(member.lastActivityAt, english, now) })
    : t('riverMap.tooltip.never');
  const hint = t(touch ? 'riverMap.tooltip.openTouch' : 'riverMap.tooltip.open');
  return (
    `<div style="min-width:220px;max-width:300px;white-space:normal;font-size:12px;line-height:1.5;color:#1f2a37">` +
    `<div style="font-size:14px;font-weight:600;line-height:1.35">${escapeHtml(name)}</div>` +
    `<div style="color:#6b7280">${escapeHtml(place)}</div>` +
    `<div style="display:flex;align-items:baseline;gap:10px;margin:6px 0 4px;padding:6px 0;border-top:1px solid #eef0f3;border-bottom:1px solid #eef0f3">` +
    `<span style="font-size:22px;font-weight:700;color:${status};font-variant-numeric:tabular-nums;line-height:1">${member.index.toFixed(1)}</span>` +
    `<span style="color:#6b7280">${escapeHtml(t('riverMap.tooltip.index'))}</span>` +
    `<span style="margin-left:auto;text-align:right"><span style="display:block;font-weight:600">${escapeHtml(t('riverMap.tooltip.rank', { rank: member.rank }))}</span>` +
    `<span style="display:inline-flex;align-items:center;color:${status};font-weight:600">${dot(member.status)}${escapeHtml(t(`riverMap.status.${member.status}`))}</span></span></div>` +
    commitments +
    `<div style="margin-top:6px;color:#4b5563">${escapeHtml(lastActivity)}</div>` +
    `<div style="margin-top:4px;color:${RIVER};font-weight:500">${escapeHtml(hint)}</div>` +
    `</div>`
  );
}

// ---------------------------------------------------------------- labels

type LabelSide = 'right' | 'left' | 'top' | 'bottom';


/** A fair estimate of a label's width: CJK characters are square, Latin ones about 0.6 em. */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) {
    width += /[\u2e80-\u9fff\uff00-\uffef]/.test(character) ? fontSize : character === ' ' ? fontSize * 0.3 : fontSize * 0.6;
  }
  return width;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function centredRect([x, y]: [number, number], width: number, height: number): Rect {
  return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
}

function labelRect([x, y]: [number, number], radius: number, width: number, height: number, side: LabelSide, distance: number): Rect {
  switch (side) {
    case 'right':
      return { x0: x + radius + distance, y0: y - height / 2, x1: x + radius + distance + width, y1: y + height / 2 };
    case 'left':
      return { x0: x - radius - distance - width, y0: y - height / 2, x1: x - radius - distance, y1: y + height / 2 };
    case 'top':
      return { x0: x - width / 2, y0: y - radius - distance - height, x1: x + width / 2, y1: y - radius - distance };
    case 'bottom':
      return { x0: x - width / 2, y0: y + radius + distance, x1: x + width / 2, y1: y + radius + distance + height };
  }
}

/** A name drawn on the map (of a province or a water) and the room it takes. */
interface NameOnMap {
  datum: { name: string; value: number[]; label?: { fontSize: number; fontWeight?: number; align?: 'right' } };
  rect: Rect;
}

function nameOnMap(panel: MapPanel, text: string, at: LonLat, fontSize: number, bold = false, align?: 'right'): NameOnMap {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => textWidth(line, fontSize)));
  const [x, y] = toPixel(panel, at);
  const label = bold || align ? { fontSize, ...(bold ? { fontWeight: 600 } : {}), ...(align ? { align } : {}) } : undefined;
  return {
    datum: { name: text, value: [at[0], at[1]], ...(label ? { label } : {}) },
    rect: centredRect([align === 'right' ? x - width / 2 : x, y], width, fontSize * 1.3 * lines.length),
  };
}

export interface LabelPlacement {
  /** null: no room without covering another city or its name (shown on hover only). */
  side: LabelSide | null;
  /** Where the name is, and where the dot is, px. */
  rect: Rect | null;
  dot: Rect;
}

/**
 * Where each member's city name goes: the best-ranked members are placed first, each on the first side (right,
 * left, above, below) that covers no other city's dot or name and stays inside the map — and, if it can, no name of
 * a province, river or lake either. A name with no room is left to the hover.
 */
export function placeMemberLabels(
  panel: MapPanel,
  members: readonly { id: string; label: string; longitude: number; latitude: number; size: number; rank: number }[],
  fontSize: number,
  obstacles: { hard?: readonly Rect[]; soft?: readonly Rect[] } = {},
): Map<string, LabelPlacement> {
  const { hard = [], soft = [] } = obstacles;
  const distance = 3;
  const height = fontSize + 2;
  const bounds: Rect = { x0: panel.left + 2, y0: panel.top + 2, x1: panel.left + panel.width - 2, y1: panel.top + panel.height - 2 };
  const points = members.map((member) => ({ member, at: toPixel(panel, [member.longitude, member.latitude]), radius: member.size / 2 }));
  const dots = points.map(({ member, at, radius }) => ({ id: member.id, rect: centredRect(at, radius * 1.7, radius * 1.7) }));
  const placed: Rect[] = [];
  const result = new Map<string, LabelPlacement>();
  const order = [...points].sort((a, b) => a.member.rank - b.member.rank || b.member.size - a.member.size);
  const sides: LabelSide[] = ['right', 'left', 'top', 'bottom'];
  for (const { member, at, radius } of order) {
    const width = textWidth(member.label, fontSize) + 2;
    const fits = (rect: Rect, strict: boolean) =>
      rect.x0 >= bounds.x0 &&
      rect.x1 <= bounds.x1 &&
      rect.y0 >= bounds.y0 &&
      rect.y1 <= bounds.y1 &&
      !dots.some((dot) => dot.id !== member.id && overlaps(rect, dot.rect)) &&
      !placed.some((other) => overlaps(rect, other)) &&
      !hard.some((other) => overlaps(rect, other)) &&
      (!strict || !soft.some((other) => overlaps(rect, other)));
    let chosen: { side: LabelSide; rect: Rect } | null = null;
    for (const strict of [true, false]) {
      for (const side of sides) {
        const rect = labelRect(at, radius, width, height, side, distance);
        if (fits(rect, strict)) {
          chosen = { side, rect };
          break;
        }
      }
      if (chosen) break;
    }
    if (chosen) placed.push(chosen.rect);
    result.set(member.id, { side: chosen?.side ?? null, rect: chosen?.rect ?? null, dot: centredRect(at, radius * 2, radius * 2) });
  }
  return result;
}

interface MemberDatum {
  id: string;
  name: string;
  value: [number, number, number];
  symbolSize: number;
  itemStyle: { color: string };
  label: { show: boolean; position: LabelSide };
}

function sortForDrawing(members: readonly RiverMapMember[]): RiverMapMember[] {
  // Larger dots first, so a small dot beside a large one stays on top and can be pointed at.
  return [...members].sort((a, b) => b.index - a.index || a.rank - b.rank);
}

/** The river's width grows on its way to the sea: thin in Yunnan, broad at Shanghai (as a share of the widest). */
function taper(longitude: number): number {
  const along = Math.min(1, Math.max(0, (longitude - 99) / (121.9 - 99)));
  return 0.38 + 0.62 * along ** 1.2;
}

/** A clipped piece of the river cut into short runs, each drawn with the width of where it lies. */
function taperedRuns(piece: readonly LonLat[], size = 6): { coords: LonLat[]; share: number }[] {
  const runs: { coords: LonLat[]; share: number }[] = [];
  for (let start = 0; start < piece.length - 1; start += size) {
    const coords = piece.slice(start, Math.min(piece.length, start + size + 1));
    const middle = coords[Math.floor(coords.length / 2)] ?? coords[0];
    if (coords.length > 1 && middle) runs.push({ coords, share: taper(middle[0]) });
  }
  return runs;
}

/** Hand-placed names of the river: the Jinsha in Yunnan, the Yangtze in the Three Gorges and between Yueyang and Wuhan. */
const RIVER_NAMES: { key: 'jinsha' | 'yangtze'; at: LonLat }[] = [
  { key: 'jinsha', at: [100.75, 26.05] },
  { key: 'yangtze', at: [110.0, 31.32] },
  { key: 'yangtze', at: [113.95, 29.75] },
];
/** The sea's name ends at the right edge (its text runs west from here). */
const SEA_NAME_AT: LonLat = [122.95, 30.5];
/** Small lakes named only on a large map. */
const SMALL_LAKES = new Set(['滇池', '巢湖']);

const SERIF = "'Songti SC', STSong, 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, Georgia, serif";

/**
 * The map's title, reach and scale bar in its bottom-right corner, drawn in the chart so that it scales with the
 * map when printed.
 */
function cartouche(layout: RiverMapLayout, count: number, t: TFunction, english: boolean): GraphicComponentOption {
  const panel = layout.panels[layout.panels.length - 1] as MapPanel;
  const compact = layout.folded;
  const bar = scaleBar(panel, compact ? 110 : 160);
  const titleSize = english ? (compact ? 14 : 20) : compact ? 17 : 22;
  const subtitleSize = compact ? 11 : 12;
  const scaleText = t('riverMap.scale', { km: bar.km });
  const scaleTextWidth = textWidth(scaleText, 11);
  const barRight = -(scaleTextWidth + 6);
  const barLeft = barRight - bar.px;
  const muted = '#51607a';
  // Chinese titles are set with thin spaces between the characters, as on a printed map.
  const title = english ? t('riverMap.title') : [...t('riverMap.title')].join('\u2009');
  return {
    elements: [
      {
        type: 'group',
        id: 'cartouche',
        x: layout.width - (compact ? 10 : 14),
        y: layout.height - (compact ? 8 : 12),
        silent: true,
        // A group's z does not reach its children: each child carries its own, to be drawn over the map.
        children: [
          {
            type: 'text',
            z: 100,
            x: 0,
            y: -(11 + 8 + subtitleSize + 5),
            style: {
              text: title,
              align: 'right',
              verticalAlign: 'bottom',
              font: `700 ${titleSize}px ${SERIF}`,
              fill: RIVER,
              stroke: 'rgba(255, 255, 255, 0.85)',
              lineWidth: 3,
            },
          },
          {
            type: 'text',
            z: 100,
            x: 0,
            y: -(11 + 8),
            style: {
              text: t('riverMap.cartouche', { count }),
              align: 'right',
              verticalAlign: 'bottom',
              fontSize: subtitleSize,
              fill: muted,
              stroke: 'rgba(255, 255, 255, 0.85)',
              lineWidth: 2,
            },
          },
          {
            type: 'text',
            z: 100,
            x: 0,
            y: 0,
            style: { text: scaleText, align: 'right', verticalAlign: 'bottom', fontSize: 11, fill: muted },
          },
          {
            type: 'rect',
            z: 100,
            shape: { x: barLeft, y: -4, width: bar.px / 2, height: 2 },
            style: { fill: muted },
          },
          {
            type: 'polyline',
            z: 100,
            shape: {
              points: [
                [barLeft, -9],
                [barLeft, -2],
                [barRight, -2],
                [barRight, -9],
              ],
            },
            style: { stroke: muted, lineWidth: 1.2, fill: 'none' },
          },
        ],
      },
    ],
  };
}

/**
 * The whole ECharts option of the river map: pure (no DOM), so it is unit-tested. The belt map itself must be
 * registered under `BELT_MAP` (see `beltGeoJson`) before the option is set.
 */
export function riverMapOption(input: RiverMapOptionInput): RiverMapOption {
  const { members, geo, t, english, layout, animate, printMode = false, touch = false, now } = input;
  const provinceName = new Map(geo.provinces.map((province) => [province.code, english ? province.nameEn : province.name]));
  const byId = new Map(members.map((member) => [member.id, member]));

  const geos: GeoComponentOption[] = layout.panels.map((panel) => ({
    map: BELT_MAP,
    projection: mercator,
    boundingCoords: [
      [panel.extent.west, panel.extent.north],
      [panel.extent.east, panel.extent.south],
    ],
    left: panel.left,
    top: panel.top,
    width: panel.width,
    height: panel.height,
    clip: true,
    roam: false,
    silent: true,
    label: { show: false },
    itemStyle: { areaColor: LAND, borderColor: LAND_BORDER, borderWidth: 0.8 },
    emphasis: { disabled: true },
    select: { disabled: true },
    regions: [
      // Neighbours in different tones of paper, so each province reads as itself without competing with the dots.
      ...geo.provinces.map((province) => ({
        name: province.code,
        itemStyle: { areaColor: LAND_TONES[province.code] ?? LAND },
      })),
      ...geo.lakes.map((lake) => ({
        name: `${LAKE_REGION_PREFIX}${lake.name}`,
        itemStyle: { areaColor: LAKE, borderColor: LAKE_BORDER, borderWidth: 0.6 },
      })),
    ],
    // No `tooltip` here: ECharts reads the tooltip options of a series' coordinate system too, so hiding the geo's
    // would hide the members' scorecards. The geo is silent, so it never asks for a tooltip of its own.
  }));

  const series: RiverMapOption['series'] = [];
  layout.panels.forEach((panel, geoIndex) => {
    const large = panel.scale >= 40;
    const river = clipPolyline(geo.river, panel.extent);
    const runs = river.flatMap((piece) => taperedRuns(piece));
    const widest = Math.max(2.4, Math.min(4.6, panel.scale / 11));
    const tributaries = geo.tributaries.flatMap((tributary) => clipPolyline(tributary.line, panel.extent));

    series.push({
      id: `tributaries-${geoIndex}`,
      type: 'lines',
      coordinateSystem: 'geo',
      geoIndex,
      polyline: true,
      silent: true,
      z: 2,
      lineStyle: { color: TRIBUTARY, width: large ? 1.1 : 0.9, opacity: 0.9, cap: 'round', join: 'round' },
      data: tributaries.map((coords) => ({ coords })),
    });
    series.push({
      id: `river-glow-${geoIndex}`,
      type: 'lines',
      coordinateSystem: 'geo',
      geoIndex,
      polyline: true,
      silent: true,
      z: 3,
      lineStyle: { color: RIVER_GLOW, opacity: 1, cap: 'round', join: 'round' },
      data: runs.map((run) => ({ coords: run.coords, lineStyle: { width: widest * run.share * 3.6 + 2 } })),
    });
    series.push({
      id: `river-${geoIndex}`,
      type: 'lines',
      coordinateSystem: 'geo',
      geoIndex,
      polyline: true,
      silent: true,
      z: 4,
      lineStyle: { color: RIVER, opacity: 1, cap: 'round', join: 'round' },
      data: runs.map((run) => ({ coords: run.coords, lineStyle: { width: widest * run.share } })),
    });
    if (animate) {
      // Light drifting downstream along the whole river.
      series.push({
        id: `river-flow-${geoIndex}`,
        type: 'lines',
        coordinateSystem: 'geo',
        geoIndex,
        polyline: true,
        silent: true,
        z: 5,
        lineStyle: { width: 0, opacity: 0 },
        effect: {
          show: true,
          constantSpeed: Math.max(16, panel.scale * 0.8),
          trailLength: 0.5,
          symbol: 'circle',
          symbolSize: Math.max(2, widest * 0.7),
          color: RIVER_SHINE,
          loop: true,
        },
        data: river.map((coords) => ({ coords })),
      });
    }

    // Names on the map: provinces (muted, on the land), then the waters (italic blue), then the member cities, whose
    // names are placed so that none covers another city; a province or water name a city needs the room of gives way.
    const provinceFont = english ? (large ? 11 : 10) : large ? 15 : 13;
    const provinceLabels: NameOnMap[] = geo.provinces.flatMap((province) => {
      const at = PROVINCE_LABEL_AT[province.code] ?? largestCentroid(province.polygons);
      if (!at || !inside(at, panel.extent)) return [];
      if (province.code === SHANGHAI) return []; // too small to name
      const text = english ? province.nameEn.toUpperCase() : [...province.name].join(' ');
      return [nameOnMap(panel, text, at, provinceFont)];
    });

    const waterFont = 11;
    const riverFont = large ? 14 : 12;
    const waterLabels: NameOnMap[] = [];
    if (large) {
      for (const tributary of geo.tributaries) {
        const longest = clipPolyline(tributary.line, panel.extent).sort((a, b) => b.length - a.length)[0];
        // Named on its lower course, near where it joins (lines run source → mouth).
        const at = longest?.[Math.floor((longest.length - 1) * 0.72)];
        if (at) waterLabels.push(nameOnMap(panel, english ? tributary.nameEn : tributary.name, at, waterFont));
      }
    }
    for (const lake of geo.lakes) {
      if (!large && SMALL_LAKES.has(lake.name)) continue;
      const at = ringCentroid(lake.polygon).point;
      if (inside(at, panel.extent)) waterLabels.push(nameOnMap(panel, english ? lake.nameEn : lake.name, at, waterFont));
    }
    for (const name of RIVER_NAMES) {
      if (inside(name.at, panel.extent)) waterLabels.push(nameOnMap(panel, t(`riverMap.water.${name.key}`), name.at, riverFont, true));
    }
    if (large && inside(SEA_NAME_AT, panel.extent)) {
      waterLabels.push(nameOnMap(panel, t('riverMap.water.sea'), SEA_NAME_AT, riverFont, true, 'right'));
    }

    const shown = sortForDrawing(members.filter((member) => member.longitude >= panel.fromLongitude && member.longitude < panel.toLongitude));
    const cityFont = large ? 12 : 11;
    const placements = placeMemberLabels(
      panel,
      shown.map((member) => ({
        id: member.id,
        label: english ? member.cityEn : member.cityZh,
        longitude: member.longitude,
        latitude: member.latitude,
        size: symbolSizeFor(member.index, panel.scale),
        rank: member.rank,
      })),
      cityFont,
      { hard: [layout.cartouche], soft: [...provinceLabels, ...waterLabels].map((name) => name.rect) },
    );
    const taken = [layout.cartouche, ...[...placements.values()].flatMap((placement) => [placement.dot, ...(placement.rect ? [placement.rect] : [])])];
    const within = (rect: Rect) =>
      rect.x0 >= panel.left && rect.x1 <= panel.left + panel.width && rect.y0 >= panel.top && rect.y1 <= panel.top + panel.height;
    const free = (name: NameOnMap) => within(name.rect) && !overlaps(name.rect, layout.cartouche);
    const clear = (name: NameOnMap) => free(name) && !taken.some((rect) => overlaps(name.rect, rect));

    series.push({
      id: `province-names-${geoIndex}`,
      type: 'scatter',
      coordinateSystem: 'geo',
      geoIndex,
      silent: true,
      z: 6,
      symbolSize: 0,
      label: {
        show: true,
        position: 'inside',
        formatter: '{b}',
        color: LAND_TEXT,
        fontSize: provinceFont,
        fontWeight: english ? 600 : 500,
      },
      data: provinceLabels.filter(free).map((name) => name.datum),
    });
    series.push({
      id: `water-names-${geoIndex}`,
      type: 'scatter',
      coordinateSystem: 'geo',
      geoIndex,
      silent: true,
      z: 7,
      symbolSize: 0,
      label: {
        show: true,
        position: 'inside',
        formatter: '{b}',
        color: WATER_TEXT,
        fontSize: waterFont,
        fontStyle: 'italic',
        textBorderColor: 'rgba(255, 255, 255, 0.7)',
        textBorderWidth: 2,
      },
      data: waterLabels.filter(clear).map((name) => name.datum),
    });

    const toDatum = (member: RiverMapMember): MemberDatum => {
      const side = placements.get(member.id)?.side ?? null;
      return {
        id: member.id,
        name: english ? member.cityEn : member.cityZh,
        value: [member.longitude, member.latitude, member.index],
        symbolSize: symbolSizeFor(member.index, panel.scale),
        itemStyle: { color: STATUS_COLORS[member.status] },
        label: { show: side !== null, position: side ?? 'right' },
      };
    };
    const memberStyle = {
      coordinateSystem: 'geo' as const,
      geoIndex,
      z: 10,
      cursor: 'pointer',
      itemStyle: { borderColor: '#ffffff', borderWidth: 1.5, opacity: 1, shadowColor: 'rgba(15, 23, 42, 0.28)', shadowBlur: printMode ? 0 : 3 },
      label: {
        formatter: '{b}',
        distance: 3,
        color: CITY_TEXT,
        fontSize: cityFont,
        fontWeight: 500,
        textBorderColor: 'rgba(255, 255, 255, 0.95)',
        textBorderWidth: 3,
      },
      labelLayout: { hideOverlap: true },
      emphasis: {
        scale: 1.3,
        focus: 'none' as const,
        itemStyle: { borderColor: CITY_TEXT, borderWidth: 2 },
        label: { show: true, fontWeight: 700 },
      },
    };
    const leaders = animate ? shown.filter((member) => member.rank <= 3) : [];
    series.push({
      ...memberStyle,
      id: `members-${geoIndex}`,
      type: 'scatter',
      data: shown.filter((member) => !leaders.includes(member)).map(toDatum),
    });
    if (leaders.length) {
      series.push({
        ...memberStyle,
        id: `members-leading-${geoIndex}`,
        type: 'effectScatter',
        rippleEffect: { brushType: 'stroke', scale: 2.2, period: 5, number: 2 },
        showEffectOn: 'render',
        data: leaders.map(toDatum),
      });
    }
  });

  const titles: TitleComponentOption[] = layout.panels
    .filter((panel) => panel.caption)
    .map((panel) => ({
      text: t(`riverMap.reaches.${panel.caption ?? 'upper'}`),
      left: panel.left + 10,
      top: panel.top - 19,
      padding: 0,
      textStyle: { fontSize: 12, fontWeight: 600, color: '#51607a' },
    }));

  return {
    animation: animate,
    aria: { enabled: false },
    textStyle: {
      fontFamily:
        "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
    },
    title: titles,
    graphic: cartouche(layout, members.length, t, english),
    geo: geos,
    tooltip: {
      trigger: 'item',
      confine: true,
      enterable: false,
      backgroundColor: 'rgba(255, 255, 255, 0.98)',
      borderColor: '#dfe4ea',
      borderWidth: 1,
      padding: [10, 12],
      extraCssText: 'box-shadow: 0 8px 24px rgba(15, 23, 42, 0.16); border-radius: 8px;',
      transitionDuration: animate ? 0.2 : 0,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const id = (item?.data as { id?: string } | undefined)?.id;
        const member = id ? byId.get(id) : undefined;
        if (!member) return '';
        return memberTooltipHtml(member, provinceName.get(member.provinceCode) ?? null, { t, english, touch, now });
      },
    },
    series,
  } as RiverMapOption;
}
