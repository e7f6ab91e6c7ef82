import { decodeCursor, encodeCursor, pageSize, toPage } from '../pagination';

describe('cursor pagination', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const cursor = encodeCursor([5, 'jingzhou']);
    expect(cursor).not.toContain('jingzhou');
    expect(decodeCursor(cursor, 2)).toEqual([5, 'jingzhou']);
  });

  it('rejects forged or foreign cursors as bad input', () => {
    for (const bad of ['%%%', encodeCursor([1]), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
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
