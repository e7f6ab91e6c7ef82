import type { DataSource, EntityManager } from 'typeorm';
import {
  canMoveInnovationRound,
  INNOVATION_LIMITS,
  INNOVATION_ROUND_STATUSES,
  isUuid,
  type InnovationAward,
  type InnovationCategory,
  type InnovationRoundStatus,
} from '@yah/shared';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { newsroomEditorIds, notify } from '../notifications/notification.service';
import {
  InnovationPanellistEntity,
  InnovationProjectEntity,
  InnovationRoundEntity,
  InnovationScoreEntity,
  type InnovationCriterion,
  type InnovationMedia,
} from './innovation.entity';
import type { InnovationProjectFilter } from './innovation.input';
import { innovationPolicy } from './innovation.policy';

export interface NewInnovationRound {
  title: string;
  year: number;
  criteria: CriterionInput[];
  submissionsCloseAt: Date;
}

export interface InnovationRoundChanges {
  title?: string | null;
  year?: number | null;
  criteria?: CriterionInput[] | null;
  submissionsCloseAt?: Date | null;
}

export interface InnovationProjectFields {
  title?: string | null;
  category?: InnovationCategory | null;
  summary?: string | null;
  results?: string | null;
  links?: string[] | null;
  media?: InnovationMedia[] | null;
}

export interface NewInnovationProject {
  roundId: string;
  title: string;
  category: InnovationCategory;
  summary: string;
  results?: string | null;
  links: string[];
  media: InnovationMedia[];
}

export interface CriterionScore {
  criterionIndex: number;
  score: number;
}

const roundNotOpen = () => conflict('Submissions to this round are closed.', 'ROUND_NOT_OPEN');
const notInState = (what: string) => conflict(what, 'NOT_ALLOWED_IN_STATE');
const yearTaken = (year: number) => conflict(`There is already a round for ${year}: one round a year.`, 'VALIDATION');
const deadlinePast = () => badInput('The submission deadline is already past.', 'VALIDATION', { submissionsCloseAt: 'must be in the future' });

/** One round a year: refused here first, and by the unique index on innovation_rounds(year) under concurrency. */
async function checkYearFree(manager: EntityManager, year: number, exceptId: string | null): Promise<void> {
  const rows = await manager.query(`SELECT 1 FROM innovation_rounds WHERE year = $1 AND id IS DISTINCT FROM $2`, [year, exceptId]);
  if (rows.length) throw yearTaken(year);
}

const stale = () => conflict('This was changed meanwhile. Reload to see the latest version.', 'STALE_VERSION');

/** Whether the account is on the round's panel (read through the caller's transaction). */
async function onPanel(manager: EntityManager, roundId: string, userId: string): Promise<boolean> {
  const rows = await manager.query(`SELECT 1 FROM innovation_panellists WHERE round_id = $1 AND user_id = $2`, [roundId, userId]);
  return rows.length > 0;
}

/** What a criterion is made of (its description optional). */
export interface CriterionInput {
  name: string;
  description?: string | null;
  maxScore: number;
}

const cleanCriteria = (criteria: readonly CriterionInput[]): InnovationCriterion[] =>
  criteria.map(({ name, description, maxScore }) => ({ name, description: description ?? null, maxScore }));
const cleanMedia = (media: InnovationMedia[]): InnovationMedia[] => media.map(({ url, credit }) => ({ url, credit }));

export class InnovationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** Every round, newest year first. Everyone signed in reads rounds (their criteria, status and panel). */
  async listRounds(first: number | null | undefined, after: string | null | undefined): Promise<Page<InnovationRoundEntity>> {
    const size = pageSize(first);
    const query = this.dataSource.getRepository(InnovationRoundEntity).createQueryBuilder('r');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [year, createdAt, id] = decodeCursor(after, ['integer', 'timestamp', 'uuid']);
      query.where('(r.year, r.created_at, r.id) < (:year, :createdAt, :id)', { year, createdAt, id });
    }
    const rows = await query.orderBy('r.year', 'DESC').addOrderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(size + 1).getMany();
    return toPage(rows, size, totalCount, (row) => [row.year, row.createdAt.toISOString(), row.id]);
  }

  async round(id: string): Promise<InnovationRoundEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(InnovationRoundEntity).findOneBy({ id });
  }

  async openRound(viewer: Viewer, input: NewInnovationRound, requestId: string): Promise<InnovationRoundEntity> {
    authorize(innovationPolicy.mayManage(viewer), 'Only the secretariat opens innovation rounds.');
    if (input.submissionsCloseAt <= new Date()) throw deadlinePast();
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      await checkYearFree(manager, input.year, null);
      const round = await manager.save(
        manager.create(InnovationRoundEntity, {
          title: input.title,
          year: input.year,
          criteria: cleanCriteria(input.criteria),
          submissionsCloseAt: input.submissionsCloseAt,
          status: 'OPEN',
          openedById: viewer.userId,
          closedAt: null,
          publishedAt: null,
          isDemo: false,
          version: 1,
        }),
      ).catch(rethrowUniqueViolation(() => yearTaken(input.year)));
      await recordAudit(manager, viewer, requestId, {
        action: 'innovation_round.open',
        entityType: 'innovation_round',
        entityId: round.id,
        after: { title: round.title, year: round.year, criteria: round.criteria, submissionsCloseAt: round.submissionsCloseAt.toISOString() },
      });
      return round;
    });
  }

  /** Title, year, criteria and deadline, while the round is OPEN; guarded on the version the secretariat read. */
  async updateRound(viewer: Viewer, id: string, version: number, changes: InnovationRoundChanges, requestId: string): Promise<InnovationRoundEntity> {
    if (!isUuid(id)) throw notFound('The round');
    authorize(innovationPolicy.mayManage(viewer), 'Only the secretariat edits innovation rounds.');
    if (changes.submissionsCloseAt && changes.submissionsCloseAt <= new Date()) throw deadlinePast();
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const round = await manager.findOne(InnovationRoundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw notFound('The round');
      if (round.version !== version) throw stale();
      if (round.status !== 'OPEN') throw notInState('A round is edited only while it is open for submissions.');
      const next = {
        title: changes.title ?? round.title,
        year: changes.year ?? round.year,
        criteria: changes.criteria ? cleanCriteria(changes.criteria) : round.criteria,
        submissionsCloseAt: changes.submissionsCloseAt ?? round.submissionsCloseAt,
      };
      if (next.year !== round.year) await checkYearFree(manager, next.year, id);
      const result = await manager
        .createQueryBuilder()
        .update(InnovationRoundEntity)
        .set({ ...next, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute()
        .catch(rethrowUniqueViolation(() => yearTaken(next.year)));
      if (result.affected !== 1) throw stale();
      await recordAudit(manager, viewer, requestId, {
        action: 'innovation_round.update',
        entityType: 'innovation_round',
        entityId: id,
        before: { title: round.title, year: round.year, criteria: round.criteria, submissionsCloseAt: round.submissionsCloseAt.toISOString() },
        after: { ...next, submissionsCloseAt: next.submissionsCloseAt.toISOString() },
      });
      return manager.findOneByOrFail(InnovationRoundEntity, { id });
    });
  }

  /**
   * Names the panel (replacing it) while the round is OPEN or SCORING. Newly named panellists are notified; scores of
   * anyone taken off the panel go with them.
   */
  async setPanel(viewer: Viewer, roundId: string, userIds: readonly string[], requestId: string): Promise<InnovationRoundEntity> {
    if (!isUuid(roundId)) throw notFound('The round');
    authorize(innovationPolicy.mayManage(viewer), 'Only the secretariat names the panel.');
    const wanted = [...new Set(userIds)];
    if (wanted.length < INNOVATION_LIMITS.panel.min) throw badInput('Name at least one panellist.', 'VALIDATION', { userIds: 'at least one' });
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const round = await manager.findOne(InnovationRoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw notFound('The round');
      if (round.status !== 'OPEN' && round.status !== 'SCORING') throw notInState('The panel is set before scoring closes.');
      const found: { id: string }[] = await manager.query(`SELECT id FROM users WHERE id = ANY($1) AND active`, [wanted]);
      if (found.length !== wanted.length) throw badInput('Every panellist must be an active account.', 'VALIDATION', { userIds: 'unknown or inactive account' });
      const before = (await manager.find(InnovationPanellistEntity, { where: { roundId } })).map((row) => row.userId);
      const added = wanted.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !wanted.includes(id));
      if (removed.length) {
        await manager.query(`DELETE FROM innovation_scores WHERE round_id = $1 AND user_id = ANY($2)`, [roundId, removed]);
        await manager.query(`DELETE FROM innovation_panellists WHERE round_id = $1 AND user_id = ANY($2)`, [roundId, removed]);
      }
      if (added.length) await manager.save(added.map((userId) => manager.create(InnovationPanellistEntity, { roundId, userId })));
      await manager.query(`UPDATE innovation_rounds SET version = version + 1, updated_at = now() WHERE id = $1`, [roundId]);
      await recordAudit(manager, viewer, requestId, {
        action: 'innovation_round.set_panel',
        entityType: 'innovation_round',
        entityId: roundId,
        before: { panel: before },
        after: { panel: wanted },
      });
      await notify(manager, emit, { userIds: added, kind: 'INNOVATION_PANEL_NAMED', actorId: viewer.userId, innovationRoundId: roundId, detail: round.title });
      return manager.findOneByOrFail(InnovationRoundEntity, { id: roundId });
    });
  }

  /**
   * Moves the round one step, guarded on the state it was read in (`status = from` in the UPDATE). Submitting and
   * scoring read the round row FOR SHARE, so a move waits for them and none slips past it. Closing fixes each project's
   * average and rank; publishing tells every member's chief editors and editors.
   */
  async moveRound(viewer: Viewer, id: string, to: InnovationRoundStatus, requestId: string): Promise<InnovationRoundEntity> {
    if (!isUuid(id)) throw notFound('The round');
    authorize(innovationPolicy.mayManage(viewer), 'Only the secretariat moves innovation rounds.');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      // Closing locks the round: scores in flight (FOR SHARE) and panel changes finish first, so the count below holds.
      const round = await manager.findOne(InnovationRoundEntity, { where: { id }, lock: to === 'CLOSED' ? { mode: 'pessimistic_write' } : undefined });
      if (!round) throw notFound('The round');
      if (!canMoveInnovationRound(round.status, to)) throw notInState(`This round is ${round.status.toLowerCase()}: it cannot move to ${to.toLowerCase()}.`);
      if (to === 'CLOSED') {
        const unscored = await this.unscoredCount(manager, id);
        if (unscored) throw notInState(`${unscored} submitted project(s) have no score yet: scoring cannot close.`);
      }
      if (to === 'SCORING') {
        const panel = await manager.count(InnovationPanellistEntity, { where: { roundId: id } });
        if (!panel) throw notInState('Name the panel before scoring starts.');
      }
      const from = INNOVATION_ROUND_STATUSES.filter((status) => canMoveInnovationRound(status, to));
      const stamps = to === 'CLOSED' ? { closedAt: new Date() } : to === 'PUBLISHED' ? { publishedAt: new Date() } : {};
      const result = await manager
        .createQueryBuilder()
        .update(InnovationRoundEntity)
        .set({ ...stamps, status: to, version: () => 'version + 1' })
        .where('id = :id AND status = :status AND status IN (:...from)', { id, status: round.status, from })
        .execute();
      if (result.affected !== 1) throw notInState('This round moved meanwhile. Reload to see its state.');
      if (to === 'CLOSED') await this.fixRanking(manager, id);
      await recordAudit(manager, viewer, requestId, {
        action: `innovation_round.${to.toLowerCase()}`,
        entityType: 'innovation_round',
        entityId: id,
        before: { status: round.status },
        after: { status: to },
      });
      if (to === 'PUBLISHED') {
        const members: { id: string }[] = await manager.query(`SELECT id FROM members WHERE status = 'ACTIVE'`);
        await notify(manager, emit, {
          userIds: await newsroomEditorIds(manager, members.map((member) => member.id)),
          kind: 'INNOVATION_LIST_PUBLISHED',
          actorId: viewer.userId,
          innovationRoundId: id,
          detail: round.title,
        });
      }
      return manager.findOneByOrFail(InnovationRoundEntity, { id });
    });
  }

  /**
   * The secretariat names the published event (a meeting or a trip) at which the round's recommended list is presented,
   * or none. A draft or cancelled event cannot be named.
   */
  async presentAtEvent(viewer: Viewer, roundId: string, eventId: string | null, requestId: string): Promise<InnovationRoundEntity> {
    if (!isUuid(roundId)) throw notFound('The round');
    authorize(innovationPolicy.mayManage(viewer), 'Only the secretariat says where a round is presented.');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const round = await manager.findOne(InnovationRoundEntity, { where: { id: roundId }, lock: { mode: 'for_no_key_update' } });
      if (!round) throw notFound('The round');
      if (eventId !== null) {
        // KEY SHARE: the event cannot be deleted under the link; its status is read as of this lock.
        const [event]: { status: string }[] = await manager.query(`SELECT status FROM events WHERE id = $1 FOR KEY SHARE`, [eventId]);
        if (!event) throw notFound('The event');
        if (event.status !== 'PUBLISHED') throw badInput('Name a published event: a draft or cancelled one cannot present the list.', 'VALIDATION', { eventId: 'must be a published event' });
      }
      if (round.presentedAtEventId === eventId) return round;
      await manager.update(InnovationRoundEntity, { id: roundId }, { presentedAtEventId: eventId, version: () => 'version + 1' });
      await recordAudit(manager, viewer, requestId, {
        action: 'innovation_round.present',
        entityType: 'innovation_round',
        entityId: roundId,
        before: { presentedAtEventId: round.presentedAtEventId },
        after: { presentedAtEventId: eventId },
      });
      return manager.findOneByOrFail(InnovationRoundEntity, { id: roundId });
    });
  }

  /** Submitted projects no panellist has scored yet. */
  private async unscoredCount(manager: EntityManager, roundId: string): Promise<number> {
    const [row]: { count: number | string }[] = await manager.query(
      `SELECT count(*) AS count FROM innovation_projects p
        WHERE p.round_id = $1 AND p.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM innovation_scores s WHERE s.project_id = p.id)`,
      [roundId],
    );
    return Number(row?.count ?? 0);
  }

  /** Each submitted project's mean total over the panellists who scored it, and its place (ties: earlier first). */
  private async fixRanking(manager: EntityManager, roundId: string): Promise<void> {
    await manager.query(
      `UPDATE innovation_projects p SET average_score = s.average, rank = s.place
         FROM (SELECT p.id, round(avg(sc.total), 2) AS average,
                      row_number() OVER (ORDER BY avg(sc.total) DESC NULLS LAST, p.created_at, p.id) AS place
                 FROM innovation_projects p LEFT JOIN innovation_scores sc ON sc.project_id = p.id
                WHERE p.round_id = $1 AND p.status = 'SUBMITTED'
                GROUP BY p.id) s
        WHERE p.id = s.id`,
      [roundId],
    );
  }

  /**
   * Submits a project for the viewer's member. The member's slot is reserved first, by one guarded upsert the database
   * serialises per (round, member), so however many editors submit at once the limit is never passed.
   */
  async submitProject(viewer: Viewer, input: NewInnovationProject, requestId: string): Promise<InnovationProjectEntity> {
    if (!isUuid(input.roundId)) throw notFound('The round');
    authorize(innovationPolicy.maySubmitFor(viewer), "Only a member's chief editors and editors submit its projects.");
    const max = INNOVATION_LIMITS.projectsPerMemberPerRound.max;
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const round = await manager.findOne(InnovationRoundEntity, { where: { id: input.roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw notFound('The round');
      if (!innovationPolicy.takesSubmissions(round, new Date())) throw roundNotOpen();
      const reserved: { used: number }[] = await manager.query(
        `INSERT INTO innovation_member_quota (round_id, member_id, used) VALUES ($1, $2, 1)
         ON CONFLICT (round_id, member_id) DO UPDATE SET used = innovation_member_quota.used + 1
         WHERE innovation_member_quota.used < $3
         RETURNING used`,
        [round.id, viewer.memberId, max],
      );
      if (!reserved.length) throw conflict(`A member submits at most ${max} projects to a round.`, 'TOO_MANY_PROJECTS');
      const project = await manager.save(
        manager.create(InnovationProjectEntity, {
          roundId: round.id,
          memberId: viewer.memberId,
          submittedById: viewer.userId,
          title: input.title,
          category: input.category,
          summary: input.summary,
          results: input.results ?? null,
          links: input.links,
          media: cleanMedia(input.media),
          status: 'SUBMITTED',
          award: null,
          averageScore: null,
          rank: null,
          withdrawnAt: null,
          isDemo: false,
          version: 1,
        }),
      );
      await recordAudit(manager, viewer, requestId, {
        action: 'innovation_project.submit',
        entityType: 'innovation_project',
        entityId: project.id,
        after: { roundId: round.id, title: project.title, category: project.category },
      });
      return project;
    });
  }

  async updateProject(viewer: Viewer, id: string, version: number, changes: InnovationProjectFields, requestId: string): Promise<InnovationProjectEntity> {
    return this.changeOwnProject(viewer, id, requestId, async (manager, project) => {
      if (project.version !== version) throw stale();
      const next = {
        title: changes.title ?? project.title,
        category: changes.category ?? project.category,
        summary: changes.summary ?? project.summary,
        results: changes.results !== undefined ? changes.results : project.results,
        links: changes.links ?? project.links,
        media: changes.media ? cleanMedia(changes.media) : project.media,
      };
      const result = await manager
        .createQueryBuilder()
        .update(InnovationProjectEntity)
        .set({ ...next, version: () => 'version + 1' })
        .where("id = :id AND version = :version AND status = 'SUBMITTED'", { id, version })
        .execute();
      if (result.affected !== 1) throw stale();
      return {
        action: 'innovation_project.update',
        before: { title: project.title, category: project.category, summary: project.summary, results: project.results, links: project.links, media: project.media },
        after: next,
      };
    });
  }

  /** The member takes its project back before submissions close; its slot is given back. */
  async withdrawProject(viewer: Viewer, id: string, requestId: string): Promise<InnovationProjectEntity> {
    return this.changeOwnProject(viewer, id, requestId, async (manager, project) => {
      const result = await manager
        .createQueryBuilder()
        .update(InnovationProjectEntity)
        .set({ status: 'WITHDRAWN', withdrawnAt: new Date(), version: () => 'version + 1' })
        .where("id = :id AND status = 'SUBMITTED'", { id })
        .execute();
      if (result.affected !== 1) throw notInState('This project was already withdrawn.');
      await manager.query(`UPDATE innovation_member_quota SET used = used - 1 WHERE round_id = $1 AND member_id = $2 AND used > 0`, [project.roundId, project.memberId]);
      return { action: 'innovation_project.withdraw', before: { status: project.status }, after: { status: 'WITHDRAWN' } };
    });
  }

  /** Edits and withdrawals: the project's own member's editors, while the round takes submissions. */
  private async changeOwnProject(
    viewer: Viewer,
    id: string,
    requestId: string,
    change: (manager: EntityManager, project: InnovationProjectEntity) => Promise<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>,
  ): Promise<InnovationProjectEntity> {
    if (!isUuid(id)) throw notFound('The project');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const project = await manager.findOneBy(InnovationProjectEntity, { id });
      if (!project) throw notFound('The project');
      const round = await manager.findOne(InnovationRoundEntity, { where: { id: project.roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw notFound('The project');
      if (!innovationPolicy.mayReadProject(viewer, await onPanel(manager, round.id, viewer.userId), round, project)) throw notFound('The project');
      if (viewer.memberId !== project.memberId || !innovationPolicy.maySubmitFor(viewer)) throw forbidden("Only the project's own member's chief editors and editors change it.");
      if (project.status !== 'SUBMITTED') throw notInState('This project was withdrawn.');
      if (!innovationPolicy.takesSubmissions(round, new Date())) throw roundNotOpen();
      const { action, before, after } = await change(manager, project);
      await recordAudit(manager, viewer, requestId, { action, entityType: 'innovation_project', entityId: id, before, after });
      return manager.findOneByOrFail(InnovationProjectEntity, { id });
    });
  }

  /**
   * A panellist scores a submitted project, one score per criterion (0..max, checked here), while the round is SCORING;
   * scoring again replaces their score. The round row is read FOR SHARE: closing waits for scores in flight.
   */
  async scoreProject(viewer: Viewer, projectId: string, scores: readonly CriterionScore[], comment: string | null, requestId: string): Promise<InnovationProjectEntity> {
    if (!isUuid(projectId)) throw notFound('The project');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const project = await manager.findOneBy(InnovationProjectEntity, { id: projectId });
      if (!project) throw notFound('The project');
      const round = await manager.findOne(InnovationRoundEntity, { where: { id: project.roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw notFound('The project');
      const panellist = await onPanel(manager, round.id, viewer.userId);
      if (!innovationPolicy.mayReadProject(viewer, panellist, round, project)) throw notFound('The project');
      if (!panellist) throw forbidden('Only the panel scores projects.', 'NOT_ON_PANEL');
      if (!innovationPolicy.mayScore(viewer, panellist, project)) throw forbidden("A panellist does not score their own member's project (conflict of interest).");
      if (round.status !== 'SCORING') throw notInState('Projects are scored only while the round is scoring.');
      if (project.status !== 'SUBMITTED') throw notInState('This project was withdrawn.');
      const points = this.checkScores(round.criteria, scores);
      const total = points.reduce((sum, value) => sum + value, 0);
      const existing = await manager.findOneBy(InnovationScoreEntity, { projectId, userId: viewer.userId });
      await manager.query(
        `INSERT INTO innovation_scores (project_id, user_id, round_id, scores, total, comment) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
         ON CONFLICT (project_id, user_id) DO UPDATE SET scores = EXCLUDED.scores, total = EXCLUDED.total, comment = EXCLUDED.comment, updated_at = now()`,
        [projectId, viewer.userId, round.id, JSON.stringify(points), total, comment],
      );
      // The values stay out of the audit log until the round closes: the secretariat reads the log, and sees only who scored.
      await recordAudit(manager, viewer, requestId, {
        action: existing ? 'innovation_score.update' : 'innovation_score.create',
        entityType: 'innovation_project',
        entityId: projectId,
        after: { roundId: round.id, criteria: points.length, commented: comment !== null },
      });
      return project;
    });
  }

  /** One score per criterion, each 0..its max; anything else is SCORE_OUT_OF_RANGE. */
  private checkScores(criteria: readonly InnovationCriterion[], scores: readonly CriterionScore[]): number[] {
    const points: (number | undefined)[] = criteria.map(() => undefined);
    for (const { criterionIndex, score } of scores) {
      const criterion = criteria[criterionIndex];
      if (!criterion) throw badInput(`There is no criterion ${criterionIndex}.`, 'SCORE_OUT_OF_RANGE', { scores: 'unknown criterion' });
      if (points[criterionIndex] !== undefined) throw badInput(`Criterion ${criterionIndex} is scored twice.`, 'SCORE_OUT_OF_RANGE', { scores: 'criterion scored twice' });
      if (!Number.isInteger(score) || score < 0 || score > criterion.maxScore) {
        throw badInput(`${criterion.name} is scored 0 to ${criterion.maxScore}.`, 'SCORE_OUT_OF_RANGE', { scores: `0–${criterion.maxScore}` });
      }
      points[criterionIndex] = score;
    }
    if (points.some((value) => value === undefined)) throw badInput('Score every criterion.', 'SCORE_OUT_OF_RANGE', { scores: 'every criterion' });
    return points.map((value) => value ?? 0);
  }

  /** The secretariat sets (or clears) a project's award once scoring is closed. */
  async setAward(viewer: Viewer, projectId: string, award: InnovationAward | null, requestId: string): Promise<InnovationProjectEntity> {
    if (!isUuid(projectId)) throw notFound('The project');
    authorize(innovationPolicy.mayManage(viewer), 'Only the secretariat sets awards.');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const project = await manager.findOne(InnovationProjectEntity, { where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw notFound('The project');
      const round = await manager.findOne(InnovationRoundEntity, { where: { id: project.roundId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw notFound('The project');
      if (round.status !== 'CLOSED') throw notInState('Awards are set after scoring closes and before the list is published.');
      if (project.status !== 'SUBMITTED') throw notInState('This project was withdrawn.');
      await manager.update(InnovationProjectEntity, { id: projectId }, { award, version: () => 'version + 1' });
      await recordAudit(manager, viewer, requestId, {
        action: 'innovation_project.set_award',
        entityType: 'innovation_project',
        entityId: projectId,
        before: { award: project.award },
        after: { award },
      });
      return manager.findOneByOrFail(InnovationProjectEntity, { id: projectId });
    });
  }

  /**
   * A round's projects the viewer may read (see the policy), in ranking order once the viewer may see it (rank is
   * fixed at closing), otherwise in the order they came in.
   */
  async listProjects(
    viewer: Viewer,
    roundId: string,
    filter: InnovationProjectFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<InnovationProjectEntity>> {
    const size = pageSize(first);
    const round = await this.round(roundId);
    if (!round) throw notFound('The round');
    const panellist = await onPanel(this.dataSource.manager, round.id, viewer.userId);
    const secretariat = innovationPolicy.mayManage(viewer);
    const seesOthers = secretariat || round.status === 'PUBLISHED' || (panellist && (round.status === 'SCORING' || round.status === 'CLOSED'));
    const ranked = innovationPolicy.maySeeAllScores(viewer, panellist, round) || round.status === 'PUBLISHED';
    const sortKey = ranked ? 'COALESCE(p.rank, 2147483647)' : '0';
    const statuses = filter?.statuses?.length ? filter.statuses : ['SUBMITTED'];
    const query = this.dataSource
      .getRepository(InnovationProjectEntity)
      .createQueryBuilder('p')
      .where('p.round_id = :roundId', { roundId: round.id })
      .andWhere('p.status IN (:...statuses)', { statuses });
    if (filter?.mine || !seesOthers) query.andWhere('p.member_id = :member', { member: viewer.memberId });
    else if (!secretariat) query.andWhere("(p.member_id = :member OR p.status = 'SUBMITTED')", { member: viewer.memberId });
    if (filter?.awards?.length) {
      if (innovationPolicy.maySeeAward(viewer, panellist, round)) query.andWhere('p.award IN (:...awards)', { awards: filter.awards });
      else query.andWhere('FALSE');
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [key, createdAt, id] = decodeCursor(after, ['integer', 'timestamp', 'uuid']);
      query.andWhere(`(${sortKey}, p.created_at, p.id) > (:key, :createdAt, :id)`, { key, createdAt, id });
    }
    if (ranked) query.orderBy(sortKey, 'ASC').addOrderBy('p.created_at', 'ASC');
    else query.orderBy('p.created_at', 'ASC');
    const rows = await query.addOrderBy('p.id', 'ASC').limit(size + 1).getMany();
    return toPage(rows, size, totalCount, (row) => [ranked ? (row.rank ?? 2147483647) : 0, row.createdAt.toISOString(), row.id]);
  }

  /** A project, when the viewer may read it (NOT_FOUND otherwise). */
  async project(viewer: Viewer, id: string): Promise<InnovationProjectEntity | null> {
    if (!isUuid(id)) return null;
    const project = await this.dataSource.getRepository(InnovationProjectEntity).findOneBy({ id });
    if (!project) return null;
    const round = await this.dataSource.getRepository(InnovationRoundEntity).findOneByOrFail({ id: project.roundId });
    return innovationPolicy.mayReadProject(viewer, await onPanel(this.dataSource.manager, round.id, viewer.userId), round, project) ? project : null;
  }
}
