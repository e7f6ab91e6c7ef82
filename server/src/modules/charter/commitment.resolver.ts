import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { CommitmentEntity, CommitmentTargetEntity, ParticipationPeriodEntity } from './charter.entity';
import { CommitmentInput, CommitmentUpdateInput } from './charter.input';
import { charterPolicy } from './charter.policy';
import { CommitmentTargetType, CommitmentType, PeriodType } from './charter.type';

@Resolver(() => CommitmentType)
export class CommitmentResolver {
  @Query(() => [CommitmentType], { description: "A period's commitments in the order they were set; NOT_FOUND for an unknown period" })
  commitments(@Ctx() ctx: RequestContext, @IdArg('periodId') periodId: string): Promise<CommitmentEntity[]> {
    requireViewer(ctx);
    return ctx.services.commitments.listForPeriod(periodId);
  }

  @Mutation(() => CommitmentType, {
    description: `Secretariat: a new commitment. CONFLICT METRIC_TAKEN for a measured metric the period already has; CONFLICT TOO_MANY_COMMITMENTS past the period's limit`,
  })
  setCommitment(@Ctx() ctx: RequestContext, @Arg('input', () => CommitmentInput) input: CommitmentInput): Promise<CommitmentEntity> {
    return ctx.services.commitments.create(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => CommitmentType, { description: 'Secretariat; input.version: the version the edit started from (CONFLICT STALE_VERSION when stale)' })
  updateCommitment(@Ctx() ctx: RequestContext, @IdArg('id') id: string, @Arg('input', () => CommitmentUpdateInput) input: CommitmentUpdateInput): Promise<CommitmentEntity> {
    return ctx.services.commitments.update(requireViewer(ctx), id, input, ctx.requestId);
  }

  @Mutation(() => Boolean, { description: 'Secretariat: removes the commitment with its targets and evidence' })
  removeCommitment(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<boolean> {
    return ctx.services.commitments.remove(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => CommitmentType, { description: "Secretariat: a member's own target; null goes back to the default" })
  setCommitmentTarget(
    @Ctx() ctx: RequestContext,
    @IdArg('commitmentId') commitmentId: string,
    @IdArg('memberId') memberId: string,
    @Arg('target', () => Int, { nullable: true }) target?: number | null,
  ): Promise<CommitmentEntity> {
    return ctx.services.commitments.setTarget(requireViewer(ctx), commitmentId, memberId, target ?? null, ctx.requestId);
  }

  @FieldResolver(() => PeriodType)
  period(@Root() commitment: CommitmentEntity, @Ctx() ctx: RequestContext): Promise<ParticipationPeriodEntity> {
    return mustLoad(ctx.loaders.periodById.load(commitment.periodId), 'period');
  }

  @FieldResolver(() => [CommitmentTargetType], { description: "Per-member overrides: the secretariat sees every member's, anyone else only their own member's" })
  async targets(@Root() commitment: CommitmentEntity, @Ctx() ctx: RequestContext): Promise<CommitmentTargetEntity[]> {
    const viewer = requireViewer(ctx);
    const targets = await ctx.loaders.targetsByCommitment.load(commitment.id);
    return charterPolicy.targetsShown(viewer) === 'ALL' ? targets : targets.filter((target) => target.memberId === viewer.memberId);
  }
}

@Resolver(() => CommitmentTargetType)
export class CommitmentTargetResolver {
  @FieldResolver(() => MemberType)
  member(@Root() target: CommitmentTargetEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(target.memberId), 'member');
  }
}
