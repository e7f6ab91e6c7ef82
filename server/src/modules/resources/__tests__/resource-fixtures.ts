import type { DataSource } from 'typeorm';
import { ResourceEntity } from '../resource.entity';
import { publicSearchText } from '../resource-search';

/** A resource written straight into the database (sharing itself is another slice's), owned by a member's editor. */
export async function insertResource(
  dataSource: DataSource,
  ownerSlug: string,
  fields: Partial<ResourceEntity> & Pick<ResourceEntity, 'area' | 'title'>,
): Promise<ResourceEntity> {
  const [owner]: { member_id: string; user_id: string }[] = await dataSource.query(
    `SELECT m.id AS member_id, u.id AS user_id FROM members m JOIN users u ON u.member_id = m.id WHERE m.slug = $1 AND u.role = 'EDITOR' ORDER BY u.email LIMIT 1`,
    [ownerSlug],
  );
  if (!owner) throw new Error(`no editor at ${ownerSlug}`);
  const repository = dataSource.getRepository(ResourceEntity);
  const description = fields.description ?? `${fields.title}（简介）`;
  return repository.save(
    repository.create({
      ownerMemberId: owner.member_id,
      createdById: owner.user_id,
      description,
      searchPublic: publicSearchText({ title: fields.title, description, themes: fields.themes ?? [], cities: fields.cities ?? [] }),
      ...fields,
    }),
  );
}
