import { IsOptional } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COVERAGE_LIMITS, FILES_EDITABLE_CLAIM_STATES, type ClaimAction, type ClaimState } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { ClaimActionEnum, ClaimStateEnum } from '../../graphql/enums';
import type { UserEntity } from '../accounts/user.entity';
import { PersonConnection, PersonType } from '../accounts/user.type';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { assignmentFacts } from '../assignments/assignment.resolver';
import { AssignmentType } from '../assignments/assignment.type';
import { claimPolicy } from './claim.policy';
import type { ClaimEntity, PublicationEntity } from './claim.entity';
import { SubmissionInput } from './claim.input';
import { ClaimConnection, ClaimType } from './claim.type';
import { PublicationType } from './publication.type';
import { AttachedFileType, attachedFile } from '../files/file.type';
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

@ArgsType()
class DeclineOfferArgs {
  @Field(() => ID)
  @IsId()
  claimId: string;

  @Field(() => String, { nullable: true, description: 'Why not (optional)' })
  @IsOptional()
  @IsText({ max: COVERAGE_LIMITS.declineReason.max, multiline: true, blankAsNull: true })
  reason?: string | null;
}

@ArgsType()
class OfferAssignmentArgs {
  @Field(() => ID)
  @IsId()
  assignmentId: string;

  @Field(() => ID, { description: 'An active reporter of any member' })
  @IsId()
  reporterId: string;
}

@ArgsType()
class OfferCandidatesArgs {
  @Field(() => ID)
  @IsId()
  assignmentId: string;

  @Field(() => String, { nullable: true, description: "Part of the reporter's name, or of their member's name (Chinese, English, pinyin)" })
  @IsOptional()
  @IsText({ max: COVERAGE_LIMITS.reporterSearch.max, blankAsNull: true })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this member's reporters" })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => ClaimType)
export class ClaimResolver {
  @Query(() => PersonConnection, {
    description: "Active reporters of any member the viewer may offer this assignment's slot to, by member then name; FORBIDDEN (NOT_REVIEWER) for anyone but the assignment's editors",
  })
  offerCandidates(@Ctx() ctx: RequestContext, @Args(() => OfferCandidatesArgs) { assignmentId, search, memberId, first, after }: OfferCandidatesArgs): Promise<Page<UserEntity>> {
    return ctx.services.claims.offerCandidates(requireViewer(ctx), assignmentId, search, memberId, first, after);
  }

  @Mutation(() => ClaimType, {
    description:
      'Offers one slot to a named reporter (a claim in state OFFERED that holds the slot until answered); CONFLICT with reason SLOT_TAKEN when none is left, REPORTER_HOLDS_SLOT when they hold or were offered one, NOT_ALLOWED_IN_STATE when closed',
  })
  offerAssignment(@Ctx() ctx: RequestContext, @Args(() => OfferAssignmentArgs) { assignmentId, reporterId }: OfferAssignmentArgs): Promise<ClaimEntity> {
    return ctx.services.claims.offer(requireViewer(ctx), assignmentId, reporterId, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: 'The offered reporter takes the slot: the claim becomes CLAIMED' })
  acceptOffer(@Ctx() ctx: RequestContext, @IdArg('claimId') claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.acceptOffer(requireViewer(ctx), claimId, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: 'The offered reporter turns it down (DECLINED), optionally saying why; the slot is free again' })
  declineOffer(@Ctx() ctx: RequestContext, @Args(() => DeclineOfferArgs) { claimId, reason }: DeclineOfferArgs): Promise<ClaimEntity> {
    return ctx.services.claims.declineOffer(requireViewer(ctx), claimId, reason, ctx.requestId);
  }

  @Mutation(() => ClaimType, { description: "The assignment's editors take an open offer back (WITHDRAWN); the slot is free again" })
  withdrawOffer(@Ctx() ctx: RequestContext, @IdArg('claimId') claimId: string): Promise<ClaimEntity> {
    return ctx.services.claims.withdrawOffer(requireViewer(ctx), claimId, ctx.requestId);
  }

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

  @Mutation(() => ClaimType, {
    description: "The reporter removes a file from their claim's submission before it is accepted (its bytes no longer count against their storage); CONFLICT once the claim is decided",
  })
  removeClaimFile(@Ctx() ctx: RequestContext, @IdArg('fileId') fileId: string): Promise<ClaimEntity> {
    return ctx.services.claims.removeFile(requireViewer(ctx), fileId, ctx.requestId);
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

  @FieldResolver(() => PersonType, { nullable: true, description: 'The editor who offered this slot (null for a claim the reporter made)' })
  offeredBy(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return claim.offeredById ? mustLoad(ctx.loaders.userById.load(claim.offeredById), 'user') : Promise.resolve(null);
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

  @FieldResolver(() => [AttachedFileType], { description: 'Files attached to the submission (photos, video, audio, documents): for whoever may read the claim, empty for anyone else' })
  async files(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<AttachedFileType[]> {
    const assignment = await ctx.loaders.assignmentById.load(claim.assignmentId);
    const facts = assignment ? await assignmentFacts(assignment, ctx) : null;
    if (!facts || !claimPolicy.canRead(requireViewer(ctx), { reporterId: claim.reporterId, topic: facts.topic })) return [];
    return (await ctx.loaders.filesByClaim.load(claim.id)).map(attachedFile);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may remove files from this submission now (my claim, not yet decided)' })
  viewerMayRemoveFiles(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): boolean {
    return claimPolicy.isOwnClaim(requireViewer(ctx), claim.reporterId) && FILES_EDITABLE_CLAIM_STATES.includes(claim.state);
  }

  @FieldResolver(() => [PublicationType])
  publications(@Root() claim: ClaimEntity, @Ctx() ctx: RequestContext): Promise<PublicationEntity[]> {
    return ctx.loaders.publicationsByClaim.load(claim.id);
  }
}
