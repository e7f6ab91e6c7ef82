import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import type { AssignmentProgress, Reach } from './topic.type';
import { TopicCoSponsorEntity, TopicEntity, type CoSponsorStatus } from './topic.entity';

/** Groups rows by a key, in the order DataLoader asked for the keys. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createTopicLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    topicById: new DataLoader<string, TopicEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(TopicEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    coSponsorsByTopic: new DataLoader<string, TopicCoSponsorEntity[]>(async (topicIds) => {
      const rows = await dataSource.getRepository(TopicCoSponsorEntity).find({ where: { topicId: In([...topicIds]) }, order: { invitedAt: 'ASC' } });
      return groupBy(topicIds, rows, (row) => row.topicId);
    }),
    /** The viewer's member's place on each topic (for policies). */
    viewerStatusByTopic: new DataLoader<string, CoSponsorStatus | null>(async (topicIds) => {
      if (!viewer) return topicIds.map(() => null);
      const rows = await dataSource.getRepository(TopicCoSponsorEntity).findBy({ topicId: In([...topicIds]), memberId: viewer.memberId });
      const byTopic = new Map(rows.map((row) => [row.topicId, row.status]));
      return topicIds.map((id) => byTopic.get(id) ?? null);
    }),
    progressByTopic: new DataLoader<string, AssignmentProgress>(async (topicIds) => {
      const rows: { topic_id: string; assignments: string; slots: string; claimed: string; submitted: string; accepted: string }[] = await dataSource.query(
        `SELECT a.topic_id, count(*) AS assignments,
                coalesce(sum(a.slots) FILTER (WHERE a.status = 'OPEN'), 0) AS slots,
                coalesce(sum(a.claimed_count) FILTER (WHERE a.status = 'OPEN'), 0) AS claimed,
                coalesce(sum(c.submitted), 0) AS submitted, coalesce(sum(c.accepted), 0) AS accepted
           FROM assignments a
           LEFT JOIN LATERAL (
             SELECT count(*) FILTER (WHERE state = 'SUBMITTED') AS submitted, count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted
               FROM claims WHERE assignment_id = a.id
           ) c ON true
          WHERE a.topic_id = ANY($1) GROUP BY a.topic_id`,
        [topicIds],
      );
      const byTopic = new Map(rows.map((row) => [row.topic_id, row]));
      return topicIds.map((id) => {
        const row = byTopic.get(id);
        return {
          assignments: Number(row?.assignments ?? 0),
          slots: Number(row?.slots ?? 0),
          claimed: Number(row?.claimed ?? 0),
          submitted: Number(row?.submitted ?? 0),
          accepted: Number(row?.accepted ?? 0),
        };
      });
    }),
    reachByTopic: new DataLoader<string, Reach>(async (topicIds) => {
      const rows: { topic_id: string; publications: string; members: string; views: number; shares: number; likes: number }[] = await dataSource.query(
        `SELECT topic_id, count(*) AS publications, count(DISTINCT member_id) AS members,
                -- summed as bigint/numeric in SQL (no overflow), read as float8: exact up to 2^53
                coalesce(sum(views), 0)::float8 AS views, coalesce(sum(shares::bigint), 0)::float8 AS shares, coalesce(sum(likes::bigint), 0)::float8 AS likes
           FROM publications WHERE topic_id = ANY($1) GROUP BY topic_id`,
        [topicIds],
      );
      const byTopic = new Map(rows.map((row) => [row.topic_id, row]));
      return topicIds.map((id) => {
        const row = byTopic.get(id);
        return {
          publications: Number(row?.publications ?? 0),
          members: Number(row?.members ?? 0),
          views: Number(row?.views ?? 0),
          shares: Number(row?.shares ?? 0),
          likes: Number(row?.likes ?? 0),
        };
      });
    }),
  };
}
