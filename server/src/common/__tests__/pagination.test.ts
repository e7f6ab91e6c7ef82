import { decodeCursor, encodeCursor, pageSize, toPage } from '../pagination';

describe('cursor pagination', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const cursor = encodeCursor([5, 'jingzhou']);
    expect(cursor).not.toContain('jingzhou');
    expect(decodeCursor(cursor, ['integer', 'slug'])).toEqual([5, 'jingzhou']);
  });

  it('rejects forged or foreign cursors as bad input', () => {
    for (const bad of ['%%%', encodeCursor([1]), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, ['integer', 'slug'])).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('defect 4: refuses cursors that decode but carry the wrong types, before SQL sees them', () => {
    const id = '0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a10';
    const shape = ['timestamp', 'uuid'] as const;
    expect(decodeCursor(encodeCursor(['2026-11-30T10:00:00.000Z', id]), shape)).toEqual(['2026-11-30T10:00:00.000Z', id]);
    const forged = [[1, id], ['x', id], ['2026-11-30T10:00:00.000Z', 'x'], ['2026-02-30T10:00:00.000Z', id], ['+275760-09-13T00:00:00.000Z', id], ['2026-11-30T10:00:00.000Z\u0000', id], [null, id]];
    for (const key of forged) {
      expect(() => decodeCursor(Buffer.from(JSON.stringify(key)).toString('base64url'), shape)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    for (const key of [[2 ** 31, 'jingzhou'], [1.5, 'jingzhou'], [1, 'Jingzhou'], [1, 'a'.repeat(41)], ['1', 'jingzhou']]) {
      expect(() => decodeCursor(encodeCursor(key), ['integer', 'slug'])).toThrow();
    }
  });

  it('bounds page sizes to 1–100, 20 by default', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow();
    expect(() => pageSize(101)).toThrow();
  });

  it('uses the extra row only to know there is a next page', () => {
    const page = toPage([1, 2, 3], 2, 10, (n) => [n]);
    expect(page.nodes).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toPage([1], 2, 1, (n) => [n]).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 2, 0, (n: number) => [n]).pageInfo.endCursor).toBeNull();
  });
});
