import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { CommitmentMetric, CommitmentStatus } from '@yah/shared';
import { Connection } from '../../common/pagination';
import type { CommitmentEntity, ParticipationPeriodEntity } from '../charter/charter.entity';
import { CommitmentMetricEnum, CommitmentStatusEnum, CommitmentType, PeriodType } from '../charter/charter.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { ProvinceEntity } from '../provinces/province.entity';
import { ProvinceType } from '../provinces/province.type';

// simpleResolvers: plain fields are read straight off the object, without type-graphql's per-field wrapper (no middleware or
// auth runs on them anyway); a national dashboard resolves tens of thousands of them.
@ObjectType('CommitmentProgress', { simpleResolvers: true, description: "One commitment for one member: its target, what the ledgers count, and where it stands against the target pro-rated to today" })
export class CommitmentProgressType {
  @Field(() => CommitmentType)
  commitment: CommitmentEntity;

  @Field(() => Int, { description: "This member's target (its override, or the default)" })
  target: number;

  @Field(() => Float, { nullable: true, description: 'A count; for ON_TIME_RATE the percentage on time (one decimal), null when nothing fell due' })
  actual: number | null;

  @Field(() => Int, { nullable: true, description: 'ON_TIME_RATE only: claims that fell due so far (the denominator); null otherwise' })
  due: number | null;

  @Field(() => Float, { description: 'target × elapsedDays ÷ periodDays (one decimal); a rate is not pro-rated' })
  expected: number;

  @Field(() => Int)
  elapsedDays: number;

  @Field(() => Int)
  periodDays: number;

  @Field(() => Float, { nullable: true, description: 'actual ÷ target, at most 1; null when there is nothing to judge' })
  ratio: number | null;

  @Field(() => CommitmentStatusEnum)
  status: CommitmentStatus;
}

@ObjectType('ParticipationRow', { simpleResolvers: true, description: "A member's participation in a period: its commitments, index and rank" })
export class ParticipationRowType {
  @Field(() => MemberType)
  member: MemberEntity;

  @Field(() => Float, { description: 'The participation index, 0–100 with one decimal: Σ weight × ratio ÷ Σ weight × 100 over the commitments with something to judge' })
  index: number;

  @Field(() => Int, { description: '1 = highest index among the ranked members (active, not the secretariat); ties share a rank (1, 2, 2, 4)' })
  rank: number;

  @Field(() => CommitmentStatusEnum, { description: 'The index judged against the share of the period passed' })
  status: CommitmentStatus;

  @Field(() => [CommitmentProgressType], { description: "In the period's commitment order" })
  commitments: CommitmentProgressType[];

  @Field(() => Date, { nullable: true, description: 'Latest activity of any kind, all time (null: never active)' })
  lastActivityAt: Date | null;
}

@ObjectType('MetricTotal', { simpleResolvers: true, description: 'A sum of counts; for ON_TIME_RATE the pooled rate (Σ on time ÷ Σ due, percent), null when nothing fell due' })
export class MetricTotalType {
  @Field(() => CommitmentMetricEnum)
  metric: CommitmentMetric;

  @Field(() => Float, { nullable: true })
  value: number | null;
}

@ObjectType('StatusCount', { simpleResolvers: true })
export class StatusCountType {
  @Field(() => CommitmentStatusEnum)
  status: CommitmentStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('ParticipationTotals', { simpleResolvers: true, description: 'Over the rows in scope (the alliance, or the province filtered on)' })
export class ParticipationTotalsType {
  @Field(() => Int, { description: 'Ranked members in scope (active, not the secretariat)' })
  members: number;

  @Field(() => Float, { description: 'Mean index of the rows, one decimal (0 without rows)' })
  averageIndex: number;

  @Field(() => [StatusCountType], { description: 'Every status, MET first' })
  statusCounts: StatusCountType[];

  @Field(() => [MetricTotalType], { description: "One per metric the period's commitments use, in metric order" })
  metrics: MetricTotalType[];
}

@ObjectType('ProvinceParticipation', { simpleResolvers: true })
export class ProvinceParticipationType {
  @Field(() => ProvinceType)
  province: ProvinceEntity;

  @Field(() => Int)
  members: number;

  @Field(() => Float)
  averageIndex: number;

  @Field(() => [MetricTotalType])
  metrics: MetricTotalType[];
}

@ObjectType('MonthTrend', { simpleResolvers: true })
export class MonthTrendType {
  @Field(() => String, { description: 'YYYY-MM, alliance time' })
  month: string;

  @Field(() => [MetricTotalType], { description: "The period's measured metrics counted in that month (MANUAL evidence is not dated activity)" })
  metrics: MetricTotalType[];
}

@ObjectType('QuietMember', { simpleResolvers: true })
export class QuietMemberType {
  @Field(() => MemberType)
  member: MemberEntity;

  @Field(() => Date, { nullable: true })
  lastActivityAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Alliance days since the last activity; null: never active' })
  daysQuiet: number | null;
}

@ObjectType('Participation', { simpleResolvers: true, description: "A period's participation dashboard" })
export class ParticipationType {
  @Field(() => PeriodType)
  period: ParticipationPeriodEntity;

  @Field(() => [ParticipationRowType], {
    description: "The ranking, best first. Secretariat: every ranked member (filtered by province); chief editor: only their own member's row. Empty while the period has no commitments",
  })
  rows: ParticipationRowType[];

  @Field(() => ParticipationTotalsType)
  totals: ParticipationTotalsType;

  @Field(() => [ProvinceParticipationType], { description: 'Every province along the river, upstream first; the secretariat only ([] for others)' })
  provinces: ProvinceParticipationType[];

  @Field(() => [MonthTrendType], {
    description: 'Every month of the period up to this one (alliance time) — and a later one of the period when something already counts in it, e.g. places filled on an event ahead — over the same scope as the totals',
  })
  trend: MonthTrendType[];

  /** Members in scope with their last activity and the alliance days since, for `quiet` (empty unless the viewer may see who is quiet). */
  quietCandidates: QuietMemberType[];
}

@ObjectType('ParticipationEntry', { description: 'One ledger row behind a figure' })
export class ParticipationEntryType {
  @Field(() => String, { description: 'topic, claim, publication, resource, resource_request, event_participant, commitment_evidence' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => String)
  title: string;

  @Field(() => Date, { description: 'When it counted (for event places: the first day of the event, 00:00 Beijing time; for ON_TIME_RATE: the due time)' })
  at: Date;

  @Field(() => Boolean, { nullable: true, description: 'ON_TIME_RATE rows: submitted by the due time' })
  onTime: boolean | null;

  @Field(() => String, { nullable: true, description: 'An app route that opens it' })
  path: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. the member a republished piece came from, the reporter, the person placed' })
  detail: string | null;
}

@ObjectType('ParticipationEntryConnection')
export class ParticipationEntryConnection extends Connection(ParticipationEntryType) {}

@ObjectType('ReportPublication')
export class ReportPublicationType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The assignment or library piece' })
  title: string;

  memberId: string;

  @Field(() => String)
  channel: string;

  @Field(() => String)
  url: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Int, { description: 'views + shares + likes (capped at 2^31 - 1)' })
  reach: number;
}

@ObjectType('ReportEvent')
export class ReportEventType {
  eventId: string;

  @Field(() => Int, { description: 'PLACED participants' })
  placed: number;

  @Field(() => Int, { description: 'PLACED participants checked in at least once' })
  attended: number;
}

@ObjectType('MonthlyReport', { description: "The secretariat's monthly report (联盟工作月报)" })
export class MonthlyReportType {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => PeriodType, { nullable: true, description: 'The YEAR period containing the month, if opened' })
  period: ParticipationPeriodEntity | null;

  @Field(() => [MetricTotalType], { description: 'Every measured metric over the month, for the ranked members (the same definitions as the dashboard)' })
  metrics: MetricTotalType[];

  @Field(() => [ReportPublicationType], { description: "The month's 5 widest-reaching publications" })
  topPublications: ReportPublicationType[];

  @Field(() => [ReportEventType], { description: 'Published events with a day in the month, first day first' })
  events: ReportEventType[];

  @Field(() => [MemberType], { description: 'Members that joined in the month' })
  newMembers: MemberEntity[];
}
