import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ResourceEntity } from './resource.entity';

export function createResourceLoaders(dataSource: DataSource) {
  return {
    resourceById: new DataLoader<string, ResourceEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(ResourceEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
