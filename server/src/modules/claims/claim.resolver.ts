import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COVERAGE_LIMITS, type ClaimState } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { ClaimStateEnum } from '../../graphql/enums';
import type { UserEntity } from '../accounts/user.entity';
import { UserType } from '../accounts/user.type';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { AssignmentType } from '../assignments/assignment.type';
import type { ClaimEntity, PublicationEntity } from './claim.entity';
import { SubmissionInput } from './claim.input';
import { ClaimConnection, ClaimType } from './claim.type';
import { PublicationType } from './publication.type';

@ArgsType()
class RequestChangesArgs {
  @Field(() => ID)
  claimId: string;

  @Field(() => String, { description: 'What should change' })
  @Length(2, COVERAGE_LIMITS.comment.max)
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

  @Query(() => ClaimConnection, { description: 'Submissions waiting for review on topics my member runs or co-sponsors' })
  reviewQueue(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ClaimEntity>> {
    return ctx.services.claims.reviewQueue(requireViewer(ctx), first, after);
  }

  @Mutation(() => ClaimType, { description: 'Takes one slot; CONFLICT when none is left' })
  claimAssignment(@Ctx() ctx: RequestContext, @Arg('assignmentId', () => ID) assignmentId: string): Promise<ClaimEntity> {
    return ctx.services.claims.claim(requireViewer(ctx), assignmentId, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: 'The reporter gives the slot back' })
  releaseClaim(@Ctx() ctx: RequestContext, @Arg('claimId', () => ID) claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.release(requireViewer(ctx), claimId, ctx.requestId);
  }

  @Mutation(() => ClaimType)
  submitClaim(
    @Ctx() ctx: RequestContext,
    @Arg('claimId', () => ID) claimId: string,
    @Arg('input', () => SubmissionInput) input: SubmissionInput,
  ): Promise<ClaimEntity> {
    return ctx.services.claims.submit(requireViewer(ctx), claimId, input, ctx.requestId);
  }

  @Mutation(() => ClaimType)
  acceptSubmission(@Ctx() ctx: RequestContext, @Arg('claimId', () => ID) claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.accept(requireViewer(ctx), claimId, ctx.requestId);
  }

  @Mutation(() => ClaimType)
  requestChanges(@Ctx() ctx: RequestContext, @Args(() => RequestChangesArgs) { claimId, comment }: RequestChangesArgs): Promise<ClaimEntity> {
    return ctx.services.claims.requestChanges(requireViewer(ctx), claimId, comment, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: "The topic's editors withdraw a claim" })
  cancelClaim(@Ctx() ctx: RequestContext, @Arg('claimId', () => ID) claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.cancel(requireViewer(ctx), claimId, ctx.requestId);
  }

  @FieldResolver(() => AssignmentType)
  assignment(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<AssignmentEntity> {
    return mustLoad(ctx.loaders.assignmentById.load(claim.assignmentId), 'assignment');
  }

  @FieldResolver(() => UserType)
  reporter(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(claim.reporterId), 'user');
  }

  @FieldResolver(() => [PublicationType])
  publications(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<PublicationEntity[]> {
    return ctx.loaders.publicationsByClaim.load(claim.id);
  }
}
