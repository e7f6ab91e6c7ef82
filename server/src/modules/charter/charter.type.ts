import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { COMMITMENT_METRICS, COMMITMENT_STATUSES, PERIOD_KINDS, type CommitmentMetric, type PeriodKind } from '@yah/shared';
import { enumOf } from '../../graphql/enums';

export const PeriodKindEnum = enumOf(PERIOD_KINDS);
export const CommitmentMetricEnum = enumOf(COMMITMENT_METRICS);
export const CommitmentStatusEnum = enumOf(COMMITMENT_STATUSES);

registerEnumType(PeriodKindEnum, { name: 'PeriodKind', description: 'A calendar year or quarter (alliance dates)' });
registerEnumType(CommitmentMetricEnum, {
  name: 'CommitmentMetric',
  description: 'What a commitment counts: measured from the ledgers, or MANUAL (evidence the secretariat verifies)',
});
registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description: 'Against the target pro-rated to today: MET at the target, ON_TRACK at or above the pro-rated target, AT_RISK within 75 % of it, BEHIND under that',
});

/**
 * A period (ParticipationPeriodEntity). `quarter`, `isCurrent`, `elapsedDays` and `periodDays` are computed by
 * PeriodFieldsResolver; `commitments` belongs to the charter module's resolvers.
 */
@ObjectType('Period', { description: 'A year or quarter commitments are set for; dates are alliance calendar days, both included' })
export class PeriodType {
  @Field(() => ID)
  id: string;

  @Field(() => PeriodKindEnum)
  kind: PeriodKind;

  @Field(() => Int)
  year: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { description: 'YYYY-MM-DD, included' })
  endsOn: string;
}

/** A commitment (CommitmentEntity). `period` and `targets` belong to the charter module's resolvers. */
@ObjectType('Commitment', { description: 'A commitment of a period: a metric, a default target per member and its weight in the participation index' })
export class CommitmentType {
  @Field(() => ID)
  id: string;

  @Field(() => CommitmentMetricEnum)
  metric: CommitmentMetric;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => Int, { description: "Every member's target unless overridden; for ON_TIME_RATE a percentage" })
  defaultTarget: number;

  @Field(() => Int, { description: '1–10' })
  weight: number;

  @Field(() => Int)
  version: number;
}
