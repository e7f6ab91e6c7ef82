import { describe, expect, it } from 'vitest';
import { mapAppUrl, placePoints } from './map-links';

describe('stop map helpers', () => {
  it('links a point to a map app with its WGS-84 coordinates and name', () => {
    const url = new URL(mapAppUrl(30.3269, 112.2397, '荆州古城'));
    expect(url.searchParams.get('position')).toBe('112.239700,30.326900');
    expect(url.searchParams.get('name')).toBe('荆州古城');
    expect(url.searchParams.get('coordinate')).toBe('wgs84');
  });

  it('draws north up and west left inside the padding', () => {
    const placed = placePoints(
      [
        { id: 'a', label: 'A', latitude: 30.3, longitude: 112.2 },
        { id: 'b', label: 'B', latitude: 30.4, longitude: 112.5 },
      ],
      300,
      200,
      20,
    );
    const [a, b] = placed;
    if (!a || !b) throw new Error('two points expected');
    expect(b.y).toBeLessThan(a.y);
    expect(b.x).toBeGreaterThan(a.x);
    for (const point of placed) {
      expect(point.x).toBeGreaterThanOrEqual(20);
      expect(point.x).toBeLessThanOrEqual(280);
      expect(point.y).toBeGreaterThanOrEqual(20);
      expect(point.y).toBeLessThanOrEqual(180);
    }
  });

  it('puts a single point in the middle', () => {
    expect(placePoints([{ id: 'a', label: 'A', latitude: 30, longitude: 112 }], 300, 200, 20)).toEqual([
      expect.objectContaining({ x: 150, y: 100 }),
    ]);
    expect(placePoints([], 300, 200, 20)).toEqual([]);
  });
});
