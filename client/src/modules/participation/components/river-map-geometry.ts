// The river map's geometry: the belt's extents, the layout of its panels (whole, or folded in two on a phone), clipping
// lines to a panel, centroids and the projection of a point to the chart's pixels. Styling is river-map-option.ts's.
import { mercator, type LonLat } from './yangtze-geo';

/** A rectangle on the chart, px. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A rectangle of the earth, in degrees. */
export interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** One drawn map: the whole belt, or (on a phone) one of its two reaches. */
export interface MapPanel {
  extent: Extent;
  /** Which members it shows: those whose longitude lies in [fromLongitude, toLongitude). */
  fromLongitude: number;
  toLongitude: number;
  /** Its box on the chart, px. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Screen pixels per degree of longitude. */
  scale: number;
  /** i18n key of the caption over a folded panel. */
  caption: 'upper' | 'lower' | null;
}

export interface RiverMapLayout {
  /** Narrow screens fold the belt into two rows (upper reaches, then middle and lower), each twice the scale. */
  folded: boolean;
  panels: MapPanel[];
  width: number;
  height: number;
  /** The bottom-right corner kept for the map's title and scale bar, px. */
  cartouche: Rect;
}

/** Yunnan's first bend of the river to the sea off Shanghai, every member city inside. */
export const WHOLE_BELT: Extent = { west: 98.8, east: 123.0, south: 24.15, north: 33.3 };
/** Folded: Yunnan to Chongqing (Wanzhou), then Hubei (Yichang) to the sea. No member city lies near the seam. */
const SEAM = 110.7;
const UPPER_REACHES: Extent = { west: 98.8, east: SEAM, south: 24.15, north: 32.2 };
const LOWER_REACHES: Extent = { west: SEAM, east: 123.0, south: 25.3, north: 32.85 };

/** How far the map may grow to keep a member city in sight (the 11 provinces' own bounds, in degrees). */
const BELT_LIMIT: Extent = { west: 97.3, east: 123.2, south: 21.1, north: 35.2 };
const MARGIN = 0.45;

/** The extent, grown where needed so that every point lies inside it with a margin (within the belt's bounds). */
export function extentAround(base: Extent, points: readonly { longitude: number; latitude: number }[]): Extent {
  const extent = { ...base };
  for (const { longitude, latitude } of points) {
    if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) continue;
    extent.west = Math.max(BELT_LIMIT.west, Math.min(extent.west, longitude - MARGIN));
    extent.east = Math.min(BELT_LIMIT.east, Math.max(extent.east, longitude + MARGIN));
    extent.south = Math.max(BELT_LIMIT.south, Math.min(extent.south, latitude - MARGIN));
    extent.north = Math.min(BELT_LIMIT.north, Math.max(extent.north, latitude + MARGIN));
  }
  return extent;
}

/** Below this width the belt is folded in two. */
export const FOLD_BELOW = 640;
/** The band over each folded panel that holds its caption, px. */
const CAPTION = 26;

function projectedSize(extent: Extent): { width: number; height: number } {
  const [, top] = mercator.project([extent.west, extent.north]) as [number, number];
  const [, bottom] = mercator.project([extent.west, extent.south]) as [number, number];
  return { width: extent.east - extent.west, height: bottom - top };
}

function fitPanel(
  extent: Extent,
  box: { left: number; top: number; width: number; height: number },
  members: [number, number],
  caption: MapPanel['caption'],
): MapPanel {
  const size = projectedSize(extent);
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { extent, fromLongitude: members[0], toLongitude: members[1], ...box, scale, caption };
}

function corner(width: number, height: number, cornerWidth: number, cornerHeight: number): Rect {
  return { x0: width - cornerWidth, y0: height - cornerHeight, x1: width, y1: height };
}

/**
 * Where the map(s) go in a chart `width` px wide. The map fills the chart's width edge to edge; its height follows
 * the belt's shape unless `fixedHeight` is given (the map is then fitted inside, centred). The map grows beyond its
 * usual frame when a member city would fall outside it.
 */
export function riverMapLayout(
  width: number,
  fixedHeight?: number,
  members: readonly { longitude: number; latitude: number }[] = [],
): RiverMapLayout {
  const inner = Math.max(200, width);
  if (width >= FOLD_BELOW) {
    const whole = extentAround(WHOLE_BELT, members);
    const size = projectedSize(whole);
    const height = fixedHeight ?? Math.round(inner / (size.width / size.height));
    const panel = fitPanel(whole, { left: 0, top: 0, width: inner, height }, [-180, 180], null);
    return { folded: false, panels: [panel], width: inner, height, cartouche: corner(inner, height, 290, 80) };
  }
  const upperExtent = extentAround(UPPER_REACHES, members.filter((member) => member.longitude < SEAM));
  const lowerExtent = extentAround(LOWER_REACHES, members.filter((member) => member.longitude >= SEAM));
  // The seam stays where it is: a panel grows outwards only.
  upperExtent.east = SEAM;
  lowerExtent.west = SEAM;
  const upperSize = projectedSize(upperExtent);
  const lowerSize = projectedSize(lowerExtent);
  const naturalUpper = inner / (upperSize.width / upperSize.height);
  const naturalLower = inner / (lowerSize.width / lowerSize.height);
  const height = fixedHeight ?? Math.round(naturalUpper + naturalLower + 2 * CAPTION);
  const shrink = Math.min(1, (height - 2 * CAPTION) / (naturalUpper + naturalLower));
  const upperHeight = Math.round(naturalUpper * shrink);
  const lowerHeight = Math.round(naturalLower * shrink);
  const upper = fitPanel(upperExtent, { left: 0, top: CAPTION, width: inner, height: upperHeight }, [-180, SEAM], 'upper');
  const lower = fitPanel(
    lowerExtent,
    { left: 0, top: CAPTION + upperHeight + CAPTION, width: inner, height: lowerHeight },
    [SEAM, 180],
    'lower',
  );
  return { folded: true, panels: [upper, lower], width: inner, height, cartouche: corner(inner, height, 200, 74) };
}

/** A scale bar for a panel: a round distance and its length on screen (Mercator, true at the belt's 30°N). */
export function scaleBar(panel: MapPanel, maxPx = 160, latitude = 30): { km: number; px: number } {
  const kmPerPx = (111.32 * Math.cos((latitude * Math.PI) / 180)) / panel.scale;
  const fitting = [50, 100, 200, 300, 500].filter((candidate) => candidate / kmPerPx <= maxPx);
  const km = fitting[fitting.length - 1] ?? 50;
  return { km, px: Math.round(km / kmPerPx) };
}

// ---------------------------------------------------------------- geometry

export function inside(point: LonLat, box: Extent): boolean {
  return point[0] >= box.west && point[0] <= box.east && point[1] >= box.south && point[1] <= box.north;
}

/** Liang–Barsky: the part of segment a→b inside the box, or null. */
function clipSegment(a: LonLat, b: LonLat, box: Extent): [LonLat, LonLat] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.west],
    [dx, box.east - a[0]],
    [-dy, a[1] - box.south],
    [dy, box.north - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** The pieces of a polyline inside the box, in the line's own direction. */
export function clipPolyline(line: readonly LonLat[], box: Extent): LonLat[][] {
  const pieces: LonLat[][] = [];
  let current: LonLat[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as LonLat;
    const b = line[i + 1] as LonLat;
    const clipped = clipSegment(a, b, box);
    if (!clipped) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const [from, to] = clipped;
    const last = current[current.length - 1];
    if (!last || last[0] !== from[0] || last[1] !== from[1]) {
      if (current.length > 1) pieces.push(current);
      current = [from];
    }
    current.push(to);
    if (!inside(b, box)) {
      if (current.length > 1) pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

export function ringCentroid(ring: readonly LonLat[]): { point: LonLat; area: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LonLat;
    const [xj, yj] = ring[j] as LonLat;
    const cross = xj * yi - xi * yj;
    area += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  if (area === 0) return { point: (ring[0] ?? [0, 0]) as LonLat, area: 0 };
  return { point: [x / (3 * area), y / (3 * area)], area: Math.abs(area / 2) };
}

/** The centroid of a province's largest polygon, for its name. */
export function largestCentroid(rings: readonly (readonly LonLat[])[]): LonLat | null {
  let best: { point: LonLat; area: number } | null = null;
  for (const ring of rings) {
    const candidate = ringCentroid(ring);
    if (!best || candidate.area > best.area) best = candidate;
  }
  return best?.point ?? null;
}

/** Where a point lands on the chart, px — the same fit ECharts makes of the panel's extent into its box. */
export function toPixel(panel: MapPanel, [longitude, latitude]: readonly number[]): [number, number] {
  const [, top] = mercator.project([panel.extent.west, panel.extent.north]) as [number, number];
  const [, bottom] = mercator.project([panel.extent.west, panel.extent.south]) as [number, number];
  const [, y] = mercator.project([longitude ?? 0, latitude ?? 0]) as [number, number];
  const spanX = (panel.extent.east - panel.extent.west) * panel.scale;
  const spanY = (bottom - top) * panel.scale;
  return [
    panel.left + (panel.width - spanX) / 2 + ((longitude ?? 0) - panel.extent.west) * panel.scale,
    panel.top + (panel.height - spanY) / 2 + (y - top) * panel.scale,
  ];
}
