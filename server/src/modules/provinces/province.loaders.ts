import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ProvinceEntity } from './province.entity';

export function createProvinceLoaders(dataSource: DataSource) {
  return {
    provinceByCode: new DataLoader<string, ProvinceEntity | null>(async (codes) => {
      const rows = await dataSource.getRepository(ProvinceEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
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
