import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CommitmentMetric } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg, TextArg } from '../../common/input/args';
import { OPTIONAL_PROVINCE_CODE } from '../../common/input/text-rules';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { CommitmentMetricEnum } from '../charter/charter.type';
import type { EventEntity } from '../events/event.entity';
import { EventType } from '../events/event.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import {
  MonthlyReportType,
  ParticipationEntryConnection,
  type ParticipationEntryType,
  ParticipationRowType,
  ParticipationType,
  QuietMemberType,
  ReportEventType,
  ReportPublicationType,
} from './participation.type';

@Resolver(() => ParticipationType)
export class ParticipationResolver {
  @Query(() => ParticipationType, { description: 'The participation dashboard of a period: the secretariat, or a chief editor (their own row, the totals and the trend); FORBIDDEN for others' })
  participation(
    @Ctx() ctx: RequestContext,
    @IdArg('periodId') periodId: string,
    @TextArg('provinceCode', OPTIONAL_PROVINCE_CODE, { nullable: true, description: 'Only the members of this province (the totals and trend become the province’s)' }) provinceCode?: string | null,
  ): Promise<ParticipationType> {
    return ctx.services.participation.participation(requireViewer(ctx), periodId, provinceCode);
  }

  @Query(() => ParticipationRowType, {
    nullable: true,
    description: "A member's scorecard: the secretariat for any member, a chief editor for their own, else FORBIDDEN. periodId default: the current YEAR period (else the newest); null without a period or while it has no commitments",
  })
  memberScorecard(
    @Ctx() ctx: RequestContext,
    @IdArg('memberId') memberId: string,
    @IdArg('periodId', { nullable: true }) periodId?: string | null,
  ): Promise<ParticipationRowType | null> {
    return ctx.services.participation.scorecard(requireViewer(ctx), memberId, periodId);
  }

  @Query(() => ParticipationEntryConnection, {
    description: "The ledger rows behind one of a member's figures, newest first (totalCount is the figure); same rule as memberScorecard; commitmentId required for MANUAL",
  })
  participationEntries(
    @Ctx() ctx: RequestContext,
    @IdArg('periodId') periodId: string,
    @IdArg('memberId') memberId: string,
    @Arg('metric', () => CommitmentMetricEnum) metric: CommitmentMetric,
    @IdArg('commitmentId', { nullable: true }) commitmentId?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ParticipationEntryType>> {
    return ctx.services.participation.entries(requireViewer(ctx), { periodId, memberId, metric, commitmentId, first, after });
  }

  @Query(() => MonthlyReportType, { description: 'The monthly report (联盟工作月报) for an alliance month YYYY-MM: the secretariat only' })
  monthlyReport(@Ctx() ctx: RequestContext, @TextArg('month', { min: 1, max: 7 }) month: string): Promise<MonthlyReportType> {
    return ctx.services.participation.monthlyReport(requireViewer(ctx), month);
  }

  @FieldResolver(() => [QuietMemberType], { description: 'Members with no activity in the last `days` days (30, 60 or 90), never-active first: the secretariat only ([] for others)' })
  quiet(@Root() participation: ParticipationType, @Ctx() ctx: RequestContext, @Arg('days', () => Int, { defaultValue: 30 }) days: number): QuietMemberType[] {
    return ctx.services.participation.quiet(participation, days);
  }
}

@Resolver(() => ReportPublicationType)
export class ReportPublicationResolver {
  @FieldResolver(() => MemberType, { description: 'The member at whose outlet it ran' })
  member(@Root() publication: ReportPublicationType, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(publication.memberId), 'member');
  }
}

@Resolver(() => ReportEventType)
export class ReportEventResolver {
  @FieldResolver(() => EventType)
  event(@Root() row: ReportEventType, @Ctx() ctx: RequestContext): Promise<EventEntity> {
    return mustLoad(ctx.loaders.eventById.load(row.eventId), 'event');
  }
}
