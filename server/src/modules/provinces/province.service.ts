import type { DataSource } from 'typeorm';
import { ProvinceEntity } from './province.entity';

export class ProvinceService {
  constructor(private readonly dataSource: DataSource) {}

  /** All provinces of the belt, upstream first. */
  list(): Promise<ProvinceEntity[]> {
    return this.dataSource.getRepository(ProvinceEntity).find({ order: { riverOrder: 'ASC' } });
  }
}
