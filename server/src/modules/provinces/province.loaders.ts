import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ReferenceData } from '../../common/reference-data';
import type { ProvinceEntity } from './province.entity';

export function createProvinceLoaders(dataSource: DataSource, reference: ReferenceData) {
  return {
    /** From this copy's snapshot of the provinces table (common/reference-data.ts): read-only rows. */
    provinceByCode: new DataLoader<string, ProvinceEntity | null>((codes) => reference.provinces.many(codes)),
    /** Active members per province. */
    memberCountByProvince: new DataLoader<string, number>(async (codes) => {
      const rows: { province_code: string; count: string }[] = await dataSource.query(
        `SELECT province_code, count(*) AS count FROM members WHERE province_code = ANY($1) AND status = 'ACTIVE' GROUP BY province_code`,
        [codes],
      );
      const byCode = new Map(rows.map((row) => [row.province_code, Number(row.count)]));
      return codes.map((code) => byCode.get(code) ?? 0);
    }),
  };
}
