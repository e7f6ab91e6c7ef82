/**
 * The geography of the river map: the Yangtze, its main tributaries and lakes, and the 11 provinces of the belt.
 *
 * `yangtze-geo.json` (≈ 43 kB, ≈ 12 kB gzipped) is imported dynamically, so it is downloaded only with the screens
 * that draw the map. Sources and licences are in `yangtze-geo.README.md` (and in the file's own `source` field):
 * river, tributaries and lakes from Natural Earth (public domain); province outlines from DCW-GMT (LGPL-3).
 */

export type LonLat = [longitude: number, latitude: number];

export interface YangtzeGeo {
  source: string;
  /** The main stream, upstream → downstream. */
  river: LonLat[];
  tributaries: { name: string; nameEn: string; line: LonLat[] }[];
  /** A lake split by the simplification (Dongting) carries its other parts in `extraPolygons`. */
  lakes: { name: string; nameEn: string; polygon: LonLat[]; extraPolygons?: LonLat[][] }[];
  /** Each polygon one closed ring. */
  provinces: { code: string; name: string; nameEn: string; polygons: LonLat[][] }[];
}

/** The name the provinces (and lakes) are registered under with ECharts. */
export const BELT_MAP = 'yangtze-belt';
/** Region names of lakes in the registered map (provinces are named by their code). */
export const LAKE_REGION_PREFIX = 'lake:';

let loading: Promise<YangtzeGeo> | null = null;

/** Loads the geography once per page (a separate chunk). */
export function loadYangtzeGeo(): Promise<YangtzeGeo> {
  loading ??= import('./yangtze-geo.json').then((module) => module.default as unknown as YangtzeGeo);
  loading.catch(() => {
    loading = null; // let a later attempt (a retry) load it again
  });
  return loading;
}

interface Feature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'MultiPolygon'; coordinates: LonLat[][][] };
}

/** The provinces, then the lakes on top of them, as the GeoJSON ECharts registers. */
export function beltGeoJson(geo: YangtzeGeo): { type: 'FeatureCollection'; features: Feature[] } {
  const provinces: Feature[] = geo.provinces.map((province) => ({
    type: 'Feature',
    properties: { name: province.code },
    geometry: { type: 'MultiPolygon', coordinates: province.polygons.map((ring) => [ring]) },
  }));
  const lakes: Feature[] = geo.lakes.map((lake) => ({
    type: 'Feature',
    properties: { name: `${LAKE_REGION_PREFIX}${lake.name}` },
    geometry: { type: 'MultiPolygon', coordinates: [lake.polygon, ...(lake.extraPolygons ?? [])].map((ring) => [ring]) },
  }));
  return { type: 'FeatureCollection', features: [...provinces, ...lakes] };
}

const DEGREE = Math.PI / 180;

/** Mercator (conformal: the belt keeps its shape), in degree-like units; y grows downwards as on screen. */
export const mercator = {
  project([longitude, latitude]: number[]): number[] {
    const phi = (latitude ?? 0) * DEGREE;
    return [longitude ?? 0, -Math.log(Math.tan(Math.PI / 4 + phi / 2)) / DEGREE];
  },
  unproject([x, y]: number[]): number[] {
    return [x ?? 0, (2 * Math.atan(Math.exp(-(y ?? 0) * DEGREE)) - Math.PI / 2) / DEGREE];
  },
};
