import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 11 provinces and municipalities of the Yangtze River Economic Belt: reference data, not demo data. */
const PROVINCES: [code: string, nameZh: string, nameEn: string, riverOrder: number][] = [
  ['530000', '云南', 'Yunnan', 1],
  ['510000', '四川', 'Sichuan', 2],
  ['520000', '贵州', 'Guizhou', 3],
  ['500000', '重庆', 'Chongqing', 4],
  ['420000', '湖北', 'Hubei', 5],
  ['430000', '湖南', 'Hunan', 6],
  ['360000', '江西', 'Jiangxi', 7],
  ['340000', '安徽', 'Anhui', 8],
  ['320000', '江苏', 'Jiangsu', 9],
  ['330000', '浙江', 'Zhejiang', 10],
  ['310000', '上海', 'Shanghai', 11],
];

export class Provinces1795663400000 implements MigrationInterface {
  name = 'Provinces1795663400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, nameZh, nameEn, riverOrder] of PROVINCES) {
      await queryRunner.query(`INSERT INTO "provinces" ("code", "name_zh", "name_en", "river_order") VALUES ($1, $2, $3, $4)`, [code, nameZh, nameEn, riverOrder]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "provinces" WHERE "code" = ANY($1)`, [PROVINCES.map(([code]) => code)]);
  }
}
