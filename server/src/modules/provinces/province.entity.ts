import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'provinces' })
export class ProvinceEntity {
  /** GB/T 2260 code, e.g. "420000" for Hubei. */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 20 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 40 })
  nameEn: string;

  /** Position along the river, 1 = furthest upstream. */
  @Column({ name: 'river_order', type: 'smallint', unique: true })
  riverOrder: number;
}
