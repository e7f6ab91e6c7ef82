import type { DataSource } from 'typeorm';
import { allianceDate, isUuid, periodDates, periodElapsed } from '@yah/shared';
import { badInput, conflict } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { ParticipationPeriodEntity } from './charter.entity';
import type { OpenPeriodInput } from './charter.input';
import { charterPolicy } from './charter.policy';

/** Where a period stands on an alliance day (today in Beijing time unless given). */
export function periodNow(period: Pick<ParticipationPeriodEntity, 'startsOn' | 'endsOn'>, today: string = allianceDate(new Date())) {
  return { isCurrent: period.startsOn <= today && today <= period.endsOn, ...periodElapsed(period, today) };
}

const auditView = (period: ParticipationPeriodEntity) => ({ kind: period.kind, year: period.year, quarter: period.quarter || null, startsOn: period.startsOn, endsOn: period.endsOn });

/** Participation periods: calendar years and quarters the secretariat opens for commitments. */
export class PeriodService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** Newest first: by first day, latest first; a year before the quarter that starts with it. */
  list(): Promise<ParticipationPeriodEntity[]> {
    return this.dataSource
      .getRepository(ParticipationPeriodEntity)
      .createQueryBuilder('p')
      .orderBy('p.starts_on', 'DESC')
      .addOrderBy('p.ends_on', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  byId(id: string): Promise<ParticipationPeriodEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(ParticipationPeriodEntity).findOneBy({ id }) : Promise.resolve(null);
  }

  /**
   * Opens a year or a quarter. The unique (kind, year, quarter) index decides a race: the second insert does nothing
   * and is told the period exists.
   */
  async open(viewer: Viewer, input: OpenPeriodInput, requestId: string): Promise<ParticipationPeriodEntity> {
    authorize(charterPolicy.mayManageCommitments(viewer), 'Only the secretariat opens periods.');
    const quarter = input.quarter ?? null;
    if (input.kind === 'QUARTER' && (quarter === null || quarter < 1 || quarter > 4)) {
      throw badInput('A quarter is numbered 1 to 4.', 'VALIDATION', { quarter: 'must be 1–4 for a QUARTER' });
    }
    if (input.kind === 'YEAR' && quarter !== null) throw badInput('A year has no quarter: leave it out.', 'VALIDATION', { quarter: 'must be empty for a YEAR' });
    const { startsOn, endsOn } = periodDates(input.kind, input.year, quarter);
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO participation_periods (kind, year, quarter, starts_on, ends_on, opened_by_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (kind, year, quarter) DO NOTHING RETURNING id`,
        [input.kind, input.year, quarter ?? 0, startsOn, endsOn, viewer.userId],
      );
      const id = inserted[0]?.id;
      if (!id) throw conflict(`That ${input.kind === 'YEAR' ? 'year' : 'quarter'} is already open.`, 'PERIOD_EXISTS');
      const period = await manager.findOneByOrFail(ParticipationPeriodEntity, { id });
      await recordAudit(manager, viewer, requestId, { action: 'participation_period.open', entityType: 'participation_period', entityId: id, after: auditView(period) });
      return period;
    });
  }
}
