import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { allianceDate, periodElapsed } from '@yah/shared';
import type { ParticipationPeriodEntity } from './charter.entity';
import { PeriodType } from './charter.type';

/** A period's fields computed from its row: the quarter (null for a year) and where it stands today in alliance time. */
@Resolver(() => PeriodType)
export class PeriodFieldsResolver {
  @FieldResolver(() => Int, { nullable: true, description: '1–4; null for a year' })
  quarter(@Root() period: ParticipationPeriodEntity): number | null {
    return period.kind === 'QUARTER' ? period.quarter : null;
  }

  @FieldResolver(() => Boolean, { description: 'Today (alliance time) falls within it' })
  isCurrent(@Root() period: ParticipationPeriodEntity): boolean {
    const today = allianceDate(new Date());
    return period.startsOn <= today && today <= period.endsOn;
  }

  @FieldResolver(() => Int, { description: 'Days passed, today included (0 before it starts, periodDays once over)' })
  elapsedDays(@Root() period: ParticipationPeriodEntity): number {
    return periodElapsed(period, allianceDate(new Date())).elapsedDays;
  }

  @FieldResolver(() => Int)
  periodDays(@Root() period: ParticipationPeriodEntity): number {
    return periodElapsed(period, allianceDate(new Date())).periodDays;
  }
}
