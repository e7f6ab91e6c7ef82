import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AssignmentStatus, ClaimState } from '@yah/shared';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import type { Viewer } from '../../common/viewer';
import type { AssignmentProgress } from './topic.type';
import { TopicCoSponsorEntity, TopicCommentEntity, TopicEntity, type CoSponsorStatus } from './topic.entity';
import { reachLoader } from '../claims/publication.loaders';

/**
 * One page of one topic's comments, oldest first: `after` is the last comment's (created_at, id), the time in
 * microseconds since 1970 as PostgreSQL keeps it (a JavaScript Date drops the microseconds, and a cursor
 * rounded to milliseconds hands the same comment out twice).
 */
export interface CommentPageKey {
  topicId: string;
  first: number;
  after: { createdAtMicros: string; id: string } | null;
}

/** Checks `first` and decodes `after` before anything is loaded: a forged cursor is the client's error. */
export function commentPageKey(topicId: string, first: number | null | undefined, after: string | null | undefined): CommentPageKey {
  const size = pageSize(first);
  if (!after) return { topicId, first: size, after: null };
  const [createdAtMicros, id] = decodeCursor(after, ['epochMicros', 'uuid']);
  return { topicId, first: size, after: { createdAtMicros, id } };
}

interface CommentRow {
  i: number;
  id: string;
  topic_id: string;
  author_id: string;
  body: string;
  created_at: Date;
  created_micros: string;
  total: string;
}

/** Groups rows by a key, in the order DataLoader asked for the keys. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Topic loaders that answer the same for every viewer: one set may serve every subscriber of one live event. */
export function createTopicLoaders(dataSource: DataSource) {
  return {
    topicById: new DataLoader<string, TopicEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(TopicEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    commentById: new DataLoader<string, TopicCommentEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(TopicCommentEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    coSponsorsByTopic: new DataLoader<string, TopicCoSponsorEntity[]>(async (topicIds) => {
      const rows = await dataSource.getRepository(TopicCoSponsorEntity).find({ where: { topicId: In([...topicIds]) }, order: { invitedAt: 'ASC' } });
      return groupBy(topicIds, rows, (row) => row.topicId);
    }),
    progressByTopic: new DataLoader<string, AssignmentProgress>(async (topicIds) => {
      const rows: { topic_id: string; assignments: string; slots: string; claimed: string; submitted: string; accepted: string }[] = await dataSource.query(
        `SELECT a.topic_id, count(*) AS assignments,
                coalesce(sum(a.slots) FILTER (WHERE a.status = $2), 0) AS slots,
                coalesce(sum(a.claimed_count) FILTER (WHERE a.status = $2), 0) AS claimed,
                coalesce(sum(c.submitted), 0) AS submitted, coalesce(sum(c.accepted), 0) AS accepted
           FROM assignments a
           LEFT JOIN LATERAL (
             SELECT count(*) FILTER (WHERE state = $3) AS submitted, count(*) FILTER (WHERE state = $4) AS accepted
               FROM claims WHERE assignment_id = a.id
           ) c ON true
          WHERE a.topic_id = ANY($1) GROUP BY a.topic_id`,
        [topicIds, 'OPEN' satisfies AssignmentStatus, 'SUBMITTED' satisfies ClaimState, 'ACCEPTED' satisfies ClaimState],
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
    /**
     * Comment pages of many topics in ONE statement: each requested page is numbered, its comments are
     * numbered by a window function (those after the cursor apart from the rest) and counted over the
     * whole topic, and only the first `first + 1` after the cursor come back.
     */
    commentsByTopic: new DataLoader<CommentPageKey, Page<TopicCommentEntity>, string>(
      async (keys) => {
        const rows: CommentRow[] = await dataSource.query(
          `WITH wanted AS (
             SELECT i, topic_id, lim, timestamptz 'epoch' + after_micros * interval '1 microsecond' AS after_at, after_id
               FROM unnest($1::int[], $2::uuid[], $3::int[], $4::bigint[], $5::uuid[]) AS w(i, topic_id, lim, after_micros, after_id)
           )
           SELECT i, id, topic_id, author_id, body, created_at, total,
                  ((extract(epoch FROM created_at - timestamptz 'epoch') * 1000000)::bigint)::text AS created_micros
             FROM (
             SELECT w.i, w.lim, c.id, c.topic_id, c.author_id, c.body, c.created_at, paged.after_cursor,
                    count(*) OVER (PARTITION BY w.i) AS total,
                    row_number() OVER (PARTITION BY w.i, paged.after_cursor ORDER BY c.created_at, c.id) AS rn
               FROM wanted w
               JOIN topic_comments c ON c.topic_id = w.topic_id
               CROSS JOIN LATERAL (SELECT w.after_at IS NULL OR (c.created_at, c.id) > (w.after_at, w.after_id) AS after_cursor) paged
           ) numbered
           WHERE after_cursor AND rn <= lim + 1
           ORDER BY i, rn`,
          [
            keys.map((_, i) => i),
            keys.map((key) => key.topicId),
            keys.map((key) => key.first),
            keys.map((key) => key.after?.createdAtMicros ?? null),
            keys.map((key) => key.after?.id ?? null),
          ],
        );
        const repository = dataSource.getRepository(TopicCommentEntity);
        const pages = keys.map(() => ({ comments: [] as TopicCommentEntity[], total: 0 }));
        const microsOf = new Map<string, string>();
        for (const row of rows) {
          const page = pages[row.i];
          if (!page) continue;
          page.total = Number(row.total);
          microsOf.set(row.id, row.created_micros);
          page.comments.push(repository.create({ id: row.id, topicId: row.topic_id, authorId: row.author_id, body: row.body, createdAt: new Date(row.created_at) }));
        }
        // A page after the last comment has no rows of its own: its total comes from a second look only if needed.
        const missingTotals = keys.filter((key, i) => key.after && pages[i]?.comments.length === 0).map((key) => key.topicId);
        if (missingTotals.length) {
          const counts: { topic_id: string; total: string }[] = await dataSource.query(
            `SELECT topic_id, count(*) AS total FROM topic_comments WHERE topic_id = ANY($1) GROUP BY topic_id`,
            [missingTotals],
          );
          const byTopic = new Map(counts.map((row) => [row.topic_id, Number(row.total)]));
          keys.forEach((key, i) => {
            const page = pages[i];
            if (page && key.after && page.comments.length === 0) page.total = byTopic.get(key.topicId) ?? 0;
          });
        }
        return keys.map((key, i) =>
          toPage(pages[i]?.comments ?? [], key.first, pages[i]?.total ?? 0, (comment) => [microsOf.get(comment.id) ?? '0', comment.id]),
        );
      },
      { cacheKeyFn: (key) => JSON.stringify([key.topicId, key.first, key.after?.createdAtMicros ?? null, key.after?.id ?? null]) },
    ),
    reachByTopic: reachLoader(dataSource, 'topic_id'),
  };
}

/**
 * The viewer's member's place on each topic (for policies), read from the topics' co-sponsor lists: the same
 * statement serves every viewer (and the co-sponsor list on the page), so a live event asks it once for all.
 */
export function createViewerTopicLoaders(topicLoaders: Pick<ReturnType<typeof createTopicLoaders>, 'coSponsorsByTopic'>, viewer: Viewer | null) {
  return {
    viewerStatusByTopic: new DataLoader<string, CoSponsorStatus | null>(async (topicIds) => {
      if (!viewer) return topicIds.map(() => null);
      const lists = await topicLoaders.coSponsorsByTopic.loadMany(topicIds);
      return lists.map((list) => (list instanceof Error ? list : (list.find((row) => row.memberId === viewer.memberId)?.status ?? null)));
    }),
  };
}
