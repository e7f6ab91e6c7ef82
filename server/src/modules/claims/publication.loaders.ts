import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Reach } from '../topics/topic.type';

/** Publications and their summed reach, per topic (its claims' publications) or per library piece (its republications). */
export function reachLoader(dataSource: DataSource, by: 'topic_id' | 'resource_id'): DataLoader<string, Reach> {
  return new DataLoader<string, Reach>(async (ids) => {
    const rows: { owner_id: string; publications: string; members: string; views: number; shares: number; likes: number }[] = await dataSource.query(
      `SELECT ${by} AS owner_id, count(*) AS publications, count(DISTINCT member_id) AS members,
              -- summed as bigint/numeric in SQL (no overflow), read as float8: exact up to 2^53
              coalesce(sum(views), 0)::float8 AS views, coalesce(sum(shares::bigint), 0)::float8 AS shares, coalesce(sum(likes::bigint), 0)::float8 AS likes
         FROM publications WHERE ${by} = ANY($1) GROUP BY ${by}`,
      [ids],
    );
    const byOwner = new Map(rows.map((row) => [row.owner_id, row]));
    return ids.map((id) => {
      const row = byOwner.get(id);
      return {
        publications: Number(row?.publications ?? 0),
        members: Number(row?.members ?? 0),
        views: Number(row?.views ?? 0),
        shares: Number(row?.shares ?? 0),
        likes: Number(row?.likes ?? 0),
      };
    });
  });
}
