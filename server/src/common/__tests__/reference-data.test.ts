import type { DataSource } from 'typeorm';
import { ReferenceData } from '../reference-data';

/** A members table of the given rows, counting the reads. */
function fakeDataSource(rows: { id: string; nameZh: string }[]) {
  const reads = { all: 0, some: 0 };
  const repository = {
    find: async () => {
      reads.all += 1;
      return rows.map((row) => ({ ...row }));
    },
    findBy: async (where: { id: { value: string[] } }) => {
      reads.some += 1;
      return rows.filter((row) => where.id.value.includes(row.id)).map((row) => ({ ...row }));
    },
  };
  return { dataSource: { getRepository: () => repository } as unknown as DataSource, reads, rows };
}

describe('reference data (members and provinces held by each server copy)', () => {
  it('reads the whole table once for many requests, and rows added since from the database at once', async () => {
    const { dataSource, reads, rows } = fakeDataSource([{ id: 'm-1', nameZh: '荆州' }]);
    const reference = new ReferenceData(dataSource);
    expect((await reference.members.many(['m-1'])).map((m) => m?.nameZh)).toEqual(['荆州']);
    expect((await reference.members.many(['m-1', 'm-404'])).map((m) => m?.nameZh ?? null)).toEqual(['荆州', null]);
    rows.push({ id: 'm-2', nameZh: '衡阳' });
    expect((await reference.members.many(['m-2'])).map((m) => m?.nameZh)).toEqual(['衡阳']);
    expect(reads.all).toBe(1);
  });

  it('shows a change at once on the copy that made it, and hands out rows no request can change', async () => {
    const { dataSource, rows } = fakeDataSource([{ id: 'm-1', nameZh: '荆州' }]);
    const reference = new ReferenceData(dataSource);
    const [before] = await reference.members.many(['m-1']);
    expect(Object.isFrozen(before)).toBe(true);
    rows[0] = { id: 'm-1', nameZh: '荆州市' };
    reference.members.invalidate();
    expect((await reference.members.many(['m-1']))[0]?.nameZh).toBe('荆州市');
  });

  it('reads the table again after a few seconds, so other copies’ changes show', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-12-01T00:00:00Z') });
    try {
      const { dataSource, reads, rows } = fakeDataSource([{ id: 'm-1', nameZh: '荆州' }]);
      const reference = new ReferenceData(dataSource);
      await reference.members.many(['m-1']);
      rows[0] = { id: 'm-1', nameZh: '荆州市' };
      jest.setSystemTime(Date.parse('2026-12-01T00:00:06Z'));
      expect((await reference.members.many(['m-1']))[0]?.nameZh).toBe('荆州市');
      expect(reads.all).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
