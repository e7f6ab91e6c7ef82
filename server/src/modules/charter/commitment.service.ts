import type { DataSource, EntityManager } from 'typeorm';
import { CHARTER_LIMITS, isRateMetric, isUuid, type CommitmentMetric } from '@yah/shared';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { MemberEntity } from '../members/member.entity';
import { CommitmentEntity, CommitmentTargetEntity, ParticipationPeriodEntity } from './charter.entity';
import type { CommitmentInput, CommitmentUpdateInput } from './charter.input';
import { charterPolicy } from './charter.policy';

const stale = () => conflict('Someone changed this commitment meanwhile. Reload it to see their changes.', 'STALE_VERSION');
const metricTaken = () => conflict('This period already has a commitment on that metric: change that one instead.', 'METRIC_TAKEN');

/** A target within bounds: a count up to CHARTER_LIMITS.target, a rate a percentage (at most 100). */
function checkTarget(metric: CommitmentMetric, target: number, field: string): void {
  const max = isRateMetric(metric) ? 100 : CHARTER_LIMITS.target;
  if (!Number.isInteger(target) || target < 0 || target > max) {
    const problem = isRateMetric(metric) ? 'must be a percentage from 0 to 100' : `must be from 0 to ${CHARTER_LIMITS.target}`;
    throw badInput(`${field} ${problem}.`, 'VALIDATION', { [field]: problem });
  }
}

const auditView = (commitment: CommitmentEntity) => ({
  periodId: commitment.periodId,
  metric: commitment.metric,
  title: commitment.title,
  description: commitment.description,
  defaultTarget: commitment.defaultTarget,
  weight: commitment.weight,
  version: commitment.version,
});

/** Commitments of a period and their per-member targets: set by the secretariat, read by everyone signed in. */
export class CommitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** A period's commitments in the order they were set; NOT_FOUND for an unknown period. */
  async listForPeriod(periodId: string): Promise<CommitmentEntity[]> {
    const period = isUuid(periodId) ? await this.dataSource.getRepository(ParticipationPeriodEntity).findOneBy({ id: periodId }) : null;
    if (!period) throw notFound('The period');
    return this.dataSource.getRepository(CommitmentEntity).find({ where: { periodId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * A new commitment. The period row is locked (FOR NO KEY UPDATE: it does not wait for the key-share locks that rows
   * pointing at the period take) so the count and the metric check hold until the insert commits: two at once cannot
   * both take the 30th place or the same measured metric.
   */
  async create(viewer: Viewer, input: CommitmentInput, requestId: string): Promise<CommitmentEntity> {
    authorize(charterPolicy.mayManageCommitments(viewer), 'Only the secretariat sets commitments.');
    checkTarget(input.metric, input.defaultTarget, 'defaultTarget');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const period = await manager.findOne(ParticipationPeriodEntity, { where: { id: input.periodId }, lock: { mode: 'for_no_key_update' } });
      if (!period) throw notFound('The period');
      const [row]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM commitments WHERE period_id = $1`, [period.id]);
      if ((row?.count ?? 0) >= CHARTER_LIMITS.commitmentsPerPeriod) {
        throw conflict(`A period has at most ${CHARTER_LIMITS.commitmentsPerPeriod} commitments.`, 'TOO_MANY_COMMITMENTS');
      }
      if (input.metric !== 'MANUAL' && (await manager.existsBy(CommitmentEntity, { periodId: period.id, metric: input.metric }))) throw metricTaken();
      const commitment = await manager
        .save(
          manager.create(CommitmentEntity, {
            periodId: period.id,
            metric: input.metric,
            title: input.title,
            description: input.description ?? '',
            defaultTarget: input.defaultTarget,
            weight: input.weight,
            isDemo: false,
            version: 1,
          }),
        )
        .catch(rethrowUniqueViolation(metricTaken));
      await recordAudit(manager, viewer, requestId, { action: 'commitment.create', entityType: 'commitment', entityId: commitment.id, after: auditView(commitment) });
      return commitment;
    });
  }

  /** Title, description, default target and weight; `input.version` must be the one the edit started from. */
  async update(viewer: Viewer, id: string, input: CommitmentUpdateInput, requestId: string): Promise<CommitmentEntity> {
    authorize(charterPolicy.mayManageCommitments(viewer), 'Only the secretariat changes commitments.');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const commitment = await this.locked(manager, id);
      if (commitment.version !== input.version) throw stale();
      checkTarget(commitment.metric, input.defaultTarget, 'defaultTarget');
      const result = await manager
        .createQueryBuilder()
        .update(CommitmentEntity)
        .set({ title: input.title, description: input.description ?? '', defaultTarget: input.defaultTarget, weight: input.weight, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      const updated = await manager.findOneByOrFail(CommitmentEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'commitment.update', entityType: 'commitment', entityId: id, before: auditView(commitment), after: auditView(updated) });
      return updated;
    });
  }

  /** Removes a commitment with its targets and evidence. */
  async remove(viewer: Viewer, id: string, requestId: string): Promise<boolean> {
    authorize(charterPolicy.mayManageCommitments(viewer), 'Only the secretariat removes commitments.');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const commitment = await this.locked(manager, id);
      const [counts]: { targets: number; evidence: number }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM commitment_targets WHERE commitment_id = $1) AS targets,
                (SELECT count(*)::int FROM commitment_evidence WHERE commitment_id = $1) AS evidence`,
        [id],
      );
      await manager.delete(CommitmentEntity, { id });
      await recordAudit(manager, viewer, requestId, {
        action: 'commitment.remove',
        entityType: 'commitment',
        entityId: id,
        before: { ...auditView(commitment), targets: counts?.targets ?? 0, evidence: counts?.evidence ?? 0 },
      });
      return true;
    });
  }

  /**
   * A member's own target, or (null) back to the default. Changes to one commitment's targets run one at a time (the
   * commitment row is locked), so the audit's before is the value replaced.
   */
  async setTarget(viewer: Viewer, commitmentId: string, memberId: string, target: number | null, requestId: string): Promise<CommitmentEntity> {
    authorize(charterPolicy.mayManageCommitments(viewer), 'Only the secretariat sets targets.');
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const commitment = await this.locked(manager, commitmentId);
      if (target !== null) checkTarget(commitment.metric, target, 'target');
      const member = await manager.findOneBy(MemberEntity, { id: memberId });
      if (!member || (target !== null && (member.status !== 'ACTIVE' || member.allianceRole === 'SECRETARIAT'))) {
        throw badInput('Targets are set for active member units (never the secretariat).', 'VALIDATION', { memberId: 'unknown, inactive or the secretariat' });
      }
      const old = await manager.findOneBy(CommitmentTargetEntity, { commitmentId, memberId });
      if (target === null) {
        if (!old) return commitment;
        await manager.delete(CommitmentTargetEntity, { commitmentId, memberId });
      } else {
        if (old?.target === target) return commitment;
        await manager.query(
          `INSERT INTO commitment_targets (commitment_id, member_id, target) VALUES ($1, $2, $3)
           ON CONFLICT (commitment_id, member_id) DO UPDATE SET target = EXCLUDED.target`,
          [commitmentId, memberId, target],
        );
      }
      await recordAudit(manager, viewer, requestId, {
        action: target === null ? 'commitment_target.clear' : 'commitment_target.set',
        entityType: 'commitment_target',
        entityId: commitmentId,
        before: old ? { commitmentId, memberId, target: old.target } : null,
        after: target === null ? null : { commitmentId, memberId, target },
      });
      return commitment;
    });
  }

  /** The commitment under a row lock (FOR NO KEY UPDATE, as for the period), or NOT_FOUND. */
  private async locked(manager: EntityManager, id: string): Promise<CommitmentEntity> {
    const commitment = isUuid(id) ? await manager.findOne(CommitmentEntity, { where: { id }, lock: { mode: 'for_no_key_update' } }) : null;
    if (!commitment) throw notFound('The commitment');
    return commitment;
  }
}
