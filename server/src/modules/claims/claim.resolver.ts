import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COVERAGE_LIMITS, type ClaimAction, type ClaimState } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { ClaimActionEnum, ClaimStateEnum } from '../../graphql/enums';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { assignmentFacts } from '../assignments/assignment.resolver';
import { AssignmentType } from '../assignments/assignment.type';
import { claimPolicy } from './claim.policy';
import type { ClaimEntity, PublicationEntity } from './claim.entity';
import { SubmissionInput } from './claim.input';
import { ClaimConnection, ClaimType } from './claim.type';
import { PublicationType } from './publication.type';
import { IdArg } from '../../common/input/args';
import { IsId, IsText } from '../../common/input/decorators';

@ArgsType()
class RequestChangesArgs {
  @Field(() => ID)
  @IsId()
  claimId: string;

  @Field(() => String, { description: 'What should change' })
  @IsText({ min: 2, max: COVERAGE_LIMITS.comment.max, multiline: true })
  comment: string;
}

@Resolver(() => ClaimType)
export class ClaimResolver {
  @Query(() => ClaimConnection, { description: 'My claims, soonest due first' })
  myClaims(
    @Ctx() ctx: RequestContext,
    @Arg('states', () => [ClaimStateEnum], { nullable: true }) states?: ClaimState[] | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ClaimEntity>> {
    return ctx.services.claims.mine(requireViewer(ctx), states, first, after);
  }

  @Query(() => ClaimConnection, {
    description:
      'Submissions waiting for my review: on assignments my member created or on topics it proposed. Empty for the secretariat, which reviews no work; FORBIDDEN for reporters',
  })
  reviewQueue(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ClaimEntity>> {
    return ctx.services.claims.reviewQueue(requireViewer(ctx), first, after);
  }

  @Mutation(() => ClaimType, { description: 'Takes one slot; CONFLICT with reason SLOT_TAKEN when none is left, ALREADY_HOLDING when I hold one, NOT_ALLOWED_IN_STATE when closed' })
  claimAssignment(@Ctx() ctx: RequestContext, @IdArg('assignmentId') assignmentId: string): Promise<ClaimEntity> {
    return ctx.services.claims.claim(requireViewer(ctx), assignmentId, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: 'The reporter gives the slot back' })
  releaseClaim(@Ctx() ctx: RequestContext, @IdArg('claimId') claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.release(requireViewer(ctx), claimId, ctx.requestId);
  }

  @Mutation(() => ClaimType)
  submitClaim(
    @Ctx() ctx: RequestContext,
    @IdArg('claimId') claimId: string,
    @Arg('input', () => SubmissionInput) input: SubmissionInput,
  ): Promise<ClaimEntity> {
    return ctx.services.claims.submit(requireViewer(ctx), claimId, input, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: "Editors of the member that created the assignment or of the topic's proposer; others FORBIDDEN (NOT_REVIEWER)" })
  acceptSubmission(@Ctx() ctx: RequestContext, @IdArg('claimId') claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.accept(requireViewer(ctx), claimId, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: "Sends a submission back with a comment: same reviewers as acceptSubmission" })
  requestChanges(@Ctx() ctx: RequestContext, @Args(() => RequestChangesArgs) { claimId, comment }: RequestChangesArgs): Promise<ClaimEntity> {
    return ctx.services.claims.requestChanges(requireViewer(ctx), claimId, comment, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: "Editors of the member that created the assignment or of the topic's proposer withdraw a claim; others FORBIDDEN (NOT_REVIEWER)" })
  cancelClaim(@Ctx() ctx: RequestContext, @IdArg('claimId') claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.cancel(requireViewer(ctx), claimId, ctx.requestId);
  }

  @FieldResolver(() => AssignmentType)
  assignment(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<AssignmentEntity> {
    return mustLoad(ctx.loaders.assignmentById.load(claim.assignmentId), 'assignment');
  }

  @FieldResolver(() => PersonType)
  reporter(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(claim.reporterId), 'user');
  }

  @FieldResolver(() => [ClaimActionEnum], { description: 'What the signed-in viewer may do with this claim now' })
  async viewerActions(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<ClaimAction[]> {
    const assignment = await ctx.loaders.assignmentById.load(claim.assignmentId);
    const facts = assignment ? await assignmentFacts(assignment, ctx) : null;
    if (!facts) return [];
    const work = { proposerMemberId: facts.topic.proposerMemberId, assignmentMemberId: facts.assignmentMemberId };
    return claimPolicy.actions(requireViewer(ctx), { state: claim.state, reporterId: claim.reporterId, work, topic: facts.topic });
  }

  @FieldResolver(() => [PublicationType])
  publications(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<PublicationEntity[]> {
    return ctx.loaders.publicationsByClaim.load(claim.id);
  }
}
