import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { INNOVATION_LIMITS } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { InnovationRoundEntity, InnovationScoreEntity } from './innovation.entity';

/** Counts of one round as the viewer's member sees them. */
export interface InnovationRoundCountsRow {
  submitted: number;
  viewerMember: number;
  viewerMemberLeft: number;
  top: number;
  excellent: number;
}

export interface InnovationProgressRow {
  userId: string;
  scored: number;
  total: number;
}

const byKey = <K, V>(keys: readonly K[], rows: Map<K, V>, fallback: V): V[] => keys.map((key) => rows.get(key) ?? fallback);

export function createInnovationLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    innovationRoundById: new DataLoader<string, InnovationRoundEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(InnovationRoundEntity).findBy({ id: In([...ids]) });
      return byKey(ids, new Map(rows.map((row) => [row.id, row])), null);
    }),
    /** Rounds whose recommended list is presented at each event, newest year first. */
    innovationRoundsByPresentedEvent: new DataLoader<string, InnovationRoundEntity[]>(async (eventIds) => {
      const rows = await dataSource.getRepository(InnovationRoundEntity).find({ where: { presentedAtEventId: In([...eventIds]) }, order: { year: 'DESC', id: 'ASC' } });
      return eventIds.map((eventId) => rows.filter((row) => row.presentedAtEventId === eventId));
    }),
    /** Panellists' account ids per round, in the order they were named. */
    innovationPanelByRound: new DataLoader<string, string[]>(async (roundIds) => {
      const rows: { round_id: string; user_id: string }[] = await dataSource.query(
        `SELECT round_id, user_id FROM innovation_panellists WHERE round_id = ANY($1) ORDER BY created_at, user_id`,
        [roundIds],
      );
      const panels = new Map<string, string[]>();
      for (const row of rows) panels.set(row.round_id, [...(panels.get(row.round_id) ?? []), row.user_id]);
      return byKey(roundIds, panels, []);
    }),
    /** Whether the viewer is on each round's panel. */
    viewerOnInnovationPanel: new DataLoader<string, boolean>(async (roundIds) => {
      if (!viewer) return roundIds.map(() => false);
      const rows: { round_id: string }[] = await dataSource.query(`SELECT round_id FROM innovation_panellists WHERE user_id = $1 AND round_id = ANY($2)`, [
        viewer.userId,
        roundIds,
      ]);
      const on = new Set(rows.map((row) => row.round_id));
      return roundIds.map((id) => on.has(id));
    }),
    innovationRoundCounts: new DataLoader<string, InnovationRoundCountsRow>(async (roundIds) => {
      const rows: (InnovationRoundCountsRow & { round_id: string })[] = await dataSource.query(
        `SELECT r.id AS round_id,
                count(p.id) FILTER (WHERE p.status = 'SUBMITTED')::int AS submitted,
                count(p.id) FILTER (WHERE p.status = 'SUBMITTED' AND p.member_id = $2)::int AS "viewerMember",
                count(p.id) FILTER (WHERE p.status = 'SUBMITTED' AND p.award = 'TOP')::int AS top,
                count(p.id) FILTER (WHERE p.status = 'SUBMITTED' AND p.award = 'EXCELLENT')::int AS excellent
           FROM innovation_rounds r LEFT JOIN innovation_projects p ON p.round_id = r.id
          WHERE r.id = ANY($1) GROUP BY r.id`,
        [roundIds, viewer?.memberId ?? null],
      );
      const max = INNOVATION_LIMITS.projectsPerMemberPerRound.max;
      const counts = new Map<string, InnovationRoundCountsRow>(
        rows.map(({ round_id, submitted, viewerMember, top, excellent }) => [round_id, { submitted, viewerMember, top, excellent, viewerMemberLeft: Math.max(0, max - viewerMember) }]),
      );
      return byKey(roundIds, counts, { submitted: 0, viewerMember: 0, viewerMemberLeft: max, top: 0, excellent: 0 });
    }),
    /** Submitted projects of each round that no panellist has scored yet (closing waits for them). */
    innovationUnscoredByRound: new DataLoader<string, number>(async (roundIds) => {
      const rows: { round_id: string; unscored: number }[] = await dataSource.query(
        `SELECT p.round_id, count(*)::int AS unscored FROM innovation_projects p
          WHERE p.round_id = ANY($1) AND p.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM innovation_scores s WHERE s.project_id = p.id)
          GROUP BY p.round_id`,
        [roundIds],
      );
      return byKey(roundIds, new Map(rows.map((row) => [row.round_id, row.unscored])), 0);
    }),
    /** Per panellist of each round: how many submitted projects they scored. */
    innovationProgressByRound: new DataLoader<string, InnovationProgressRow[]>(async (roundIds) => {
      const rows: { round_id: string; user_id: string; scored: number; total: number }[] = await dataSource.query(
        `SELECT pl.round_id, pl.user_id,
                (SELECT count(*)::int FROM innovation_scores s JOIN innovation_projects p ON p.id = s.project_id
                  WHERE s.round_id = pl.round_id AND s.user_id = pl.user_id AND p.status = 'SUBMITTED') AS scored,
                (SELECT count(*)::int FROM innovation_projects p WHERE p.round_id = pl.round_id AND p.status = 'SUBMITTED') AS total
           FROM innovation_panellists pl WHERE pl.round_id = ANY($1) ORDER BY pl.created_at, pl.user_id`,
        [roundIds],
      );
      const progress = new Map<string, InnovationProgressRow[]>();
      for (const row of rows) progress.set(row.round_id, [...(progress.get(row.round_id) ?? []), { userId: row.user_id, scored: row.scored, total: row.total }]);
      return byKey(roundIds, progress, []);
    }),
    /** The viewer's own score of each project. */
    viewerInnovationScore: new DataLoader<string, InnovationScoreEntity | null>(async (projectIds) => {
      if (!viewer) return projectIds.map(() => null);
      const rows = await dataSource.getRepository(InnovationScoreEntity).findBy({ projectId: In([...projectIds]), userId: viewer.userId });
      return byKey(projectIds, new Map(rows.map((row) => [row.projectId, row])), null);
    }),
    /** Every panellist's score of each project (callers check the policy first). */
    innovationScoresByProject: new DataLoader<string, InnovationScoreEntity[]>(async (projectIds) => {
      const rows = await dataSource.getRepository(InnovationScoreEntity).find({ where: { projectId: In([...projectIds]) }, order: { total: 'DESC', userId: 'ASC' } });
      const scores = new Map<string, InnovationScoreEntity[]>();
      for (const row of rows) scores.set(row.projectId, [...(scores.get(row.projectId) ?? []), row]);
      return byKey(projectIds, scores, []);
    }),
  };
}
