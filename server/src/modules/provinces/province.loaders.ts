import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ReferenceData } from '../../common/reference-data';
import type { ProvinceEntity } from './province.entity';

export function createProvinceLoaders(dataSource: DataSource, reference: ReferenceData) {
  return {
    /** From this copy's snapshot of the provinces table (common/reference-data.ts): read-only rows. */
    provinceByCode: new DataLoader<string, ProvinceEntity | null>((codes) => reference.provinces.many(codes)),
    /** Member newsrooms per province, suspended ones included (as the directory lists them); never the secretariat unit. */
    memberCountByProvince: new DataLoader<string, number>(async (codes) => {
      const rows: { province_code: string; count: string }[] = await dataSource.query(
        `SELECT province_code, count(*) AS count FROM members WHERE province_code = ANY($1) AND alliance_role <> 'SECRETARIAT' GROUP BY province_code`,
        [codes],
      );
      const byCode = new Map(rows.map((row) => [row.province_code, Number(row.count)]));
      return codes.map((code) => byCode.get(code) ?? 0);
    }),
  };
}
