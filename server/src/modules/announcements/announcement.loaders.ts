import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ANNOUNCEMENT_LIMITS } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { AnnouncementEntity } from './announcement.entity';
import { announcementPolicy } from './announcement.policy';
import type { AnnouncementReader } from './announcement.service';

export interface AnnouncementCounts {
  /** Members it was addressed to. */
  recipients: number;
  /** Of them, members any of whose staff opened it. */
  readMembers: number;
}

/** Per-request loaders of announcement read state: one statement per batch. */
export function createAnnouncementLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    /** An announcement by id when the viewer may read it (announcementPolicy.mayRead); null otherwise. */
    readableAnnouncementById: new DataLoader<string, AnnouncementEntity | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows = await dataSource
        .getRepository(AnnouncementEntity)
        .createQueryBuilder('a')
        .addSelect('EXISTS (SELECT 1 FROM announcement_recipients r WHERE r.announcement_id = a.id AND r.member_id = :memberId)', 'addressed')
        .where('a.id IN (:...ids)', { ids, memberId: viewer.memberId })
        .getRawAndEntities();
      const byId = new Map<string, AnnouncementEntity>();
      rows.entities.forEach((entity, index) => {
        const raw = rows.raw[index] as { addressed: boolean };
        if (announcementPolicy.mayRead(viewer, entity, raw.addressed)) byId.set(entity.id, entity);
      });
      return ids.map((id) => byId.get(id) ?? null);
    }),
    announcementCounts: new DataLoader<string, AnnouncementCounts>(async (ids) => {
      const rows: { id: string; recipients: number; read_members: number }[] = await dataSource.query(
        `SELECT r.announcement_id AS id, count(*)::int AS recipients,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM announcement_reads x WHERE x.announcement_id = r.announcement_id AND x.member_id = r.member_id))::int AS read_members
           FROM announcement_recipients r WHERE r.announcement_id = ANY($1) GROUP BY r.announcement_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, { recipients: row.recipients, readMembers: row.read_members }]));
      return ids.map((id) => byId.get(id) ?? { recipients: 0, readMembers: 0 });
    }),
    /** When the viewer first opened each announcement; null when never. */
    viewerAnnouncementReadAt: new DataLoader<string, Date | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const rows: { id: string; read_at: Date }[] = await dataSource.query(
        `SELECT announcement_id AS id, read_at FROM announcement_reads WHERE announcement_id = ANY($1) AND user_id = $2`,
        [ids, viewer.userId],
      );
      const byId = new Map(rows.map((row) => [row.id, row.read_at]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The first readers of one member (key: `announcementId:memberId`), earliest first, at most ANNOUNCEMENT_LIMITS.readersPerReceipt. */
    announcementReaders: new DataLoader<string, AnnouncementReader[]>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows: { announcement_id: string; member_id: string; user_id: string; read_at: Date }[] = await dataSource.query(
        `SELECT announcement_id, member_id, user_id, read_at FROM (
           SELECT x.*, row_number() OVER (PARTITION BY x.announcement_id, x.member_id ORDER BY x.read_at, x.user_id) AS n
             FROM announcement_reads x
            WHERE (x.announcement_id, x.member_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
         ) ranked WHERE n <= $3 ORDER BY read_at, user_id`,
        [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1]), ANNOUNCEMENT_LIMITS.readersPerReceipt],
      );
      const byKey = new Map<string, AnnouncementReader[]>();
      for (const row of rows) {
        const key = `${row.announcement_id}:${row.member_id}`;
        byKey.set(key, [...(byKey.get(key) ?? []), { userId: row.user_id, readAt: row.read_at }]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    }),
  };
}
