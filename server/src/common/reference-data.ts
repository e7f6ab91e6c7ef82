import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import { MemberEntity } from '../modules/members/member.entity';
import { ProvinceEntity } from '../modules/provinces/province.entity';

/** How long a copy serves its snapshot before reading the table again: what another copy changed shows within this. */
const SNAPSHOT_TTL_MS = 5_000;

/**
 * A whole small table held in memory for a few seconds, shared by every request of this copy. A key the snapshot
 * lacks (a row added since, perhaps by another copy) is read from the database at once, so nothing new is ever missed;
 * a change to an existing row shows within SNAPSHOT_TTL_MS, at once on the copy that made it (`invalidate`).
 * Rows are frozen: a request reads them, never changes them.
 */
class TableSnapshot<T extends ObjectLiteral> {
  private rows: Promise<Map<string, T>> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: new () => T,
    private readonly key: keyof T & string,
  ) {}

  async many(keys: readonly string[]): Promise<(T | null)[]> {
    const rows = await this.current();
    const missing = keys.filter((key) => !rows.has(key));
    if (missing.length) {
      const found = await this.dataSource.getRepository(this.entity).findBy({ [this.key]: In(missing) } as never);
      for (const row of found) rows.set(String(row[this.key]), Object.freeze(row));
    }
    return keys.map((key) => rows.get(key) ?? null);
  }

  invalidate(): void {
    this.rows = null;
  }

  private current(): Promise<Map<string, T>> {
    if (!this.rows || Date.now() - this.loadedAt > SNAPSHOT_TTL_MS) {
      this.loadedAt = Date.now();
      const loading = this.dataSource
        .getRepository(this.entity)
        .find()
        .then((rows) => new Map(rows.map((row) => [String(row[this.key]), Object.freeze(row)])));
      // A failed read is not kept: the next request tries again.
      loading.catch(() => {
        if (this.rows === loading) this.rows = null;
      });
      this.rows = loading;
    }
    return this.rows;
  }
}

/** Members and provinces: a few hundred rows that nearly every read shows (names, cities, provinces) and that seldom change. */
export class ReferenceData {
  readonly members: TableSnapshot<MemberEntity>;
  readonly provinces: TableSnapshot<ProvinceEntity>;

  constructor(dataSource: DataSource) {
    this.members = new TableSnapshot(dataSource, MemberEntity, 'id');
    this.provinces = new TableSnapshot(dataSource, ProvinceEntity, 'code');
  }
}
