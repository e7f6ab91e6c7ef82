/**
 * A link that opens a point in a map app: AMap's URI API opens the AMap app on a phone that has it, its web map
 * otherwise. Coordinates are WGS-84 as entered; AMap shifts them to its own datum.
 */
export function mapAppUrl(latitude: number, longitude: number, name: string): string {
  const params = new URLSearchParams({
    position: `${longitude.toFixed(6)},${latitude.toFixed(6)}`,
    name,
    coordinate: 'wgs84',
    callnative: '1',
  });
  return `https://uri.amap.com/marker?${params.toString()}`;
}

export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}

export interface PlacedPoint extends MapPoint {
  x: number;
  y: number;
}

/**
 * Places points in a width × height box, keeping their shape (longitudes shrunk by the cosine of the mean latitude),
 * north up, with `pad` pixels of margin. One point, or points on one spot, land in the middle.
 */
export function placePoints(points: readonly MapPoint[], width: number, height: number, pad: number): PlacedPoint[] {
  if (points.length === 0) return [];
  const meanLat = points.reduce((sum, point) => sum + point.latitude, 0) / points.length;
  const shrink = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((point) => point.longitude * shrink);
  const ys = points.map((point) => point.latitude);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const scale = spanX === 0 && spanY === 0 ? 0 : Math.min(spanX ? innerW / spanX : Infinity, spanY ? innerH / spanY : Infinity);
  const offsetX = pad + (innerW - spanX * scale) / 2;
  const offsetY = pad + (innerH - spanY * scale) / 2;
  return points.map((point) => ({
    ...point,
    x: offsetX + (point.longitude * shrink - minX) * scale,
    y: offsetY + (maxY - point.latitude) * scale,
  }));
}
