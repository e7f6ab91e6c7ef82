import { Arg, Ctx, Float, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { distanceKm, type AssignmentAction } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { MemberType } from '../members/member.type';
import type { MemberEntity } from '../members/member.entity';
import { TopicType } from '../topics/topic.type';
import type { TopicEntity } from '../topics/topic.entity';
import type { AssignmentEntity } from './assignment.entity';
import type { ClaimEntity } from '../claims/claim.entity';
import { AssignmentInput, AssignmentUpdateInput, OpenAssignmentFilter } from './assignment.input';
import { AssignmentConnection, AssignmentType } from './assignment.type';
import { ClaimType } from '../claims/claim.type';
import { AssignmentActionEnum } from '../../graphql/enums';
import { assignmentPolicy, type AssignmentFacts } from './assignment.policy';
import { topicFacts } from '../topics/topic.policy';
import { IdArg } from '../../common/input/args';

@Resolver(() => AssignmentType)
export class AssignmentResolver {
  @Query(() => AssignmentConnection, { description: "Every claimable slot in the alliance: nearest to my member's city first, then soonest due" })
  async openAssignments(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OpenAssignmentFilter, { nullable: true }) filter?: OpenAssignmentFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<AssignmentEntity>> {
    const page = await ctx.services.assignments.open(requireViewer(ctx), filter ?? {}, first, after);
    for (const { assignment } of page.nodes) if (assignment.topic) ctx.loaders.topicById.prime(assignment.topicId, assignment.topic);
    return { ...page, nodes: page.nodes.map((row) => row.assignment) };
  }

  @Query(() => AssignmentType)
  assignment(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<AssignmentEntity> {
    return ctx.services.assignments.byId(requireViewer(ctx), id);
  }

  @Mutation(() => AssignmentType)
  createAssignment(@Ctx() ctx: RequestContext, @Arg('input', () => AssignmentInput) input: AssignmentInput): Promise<AssignmentEntity> {
    return ctx.services.assignments.create(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => AssignmentType, { description: "Editors of the member that created it or of the topic's proposer; a stale version gets CONFLICT (STALE_VERSION)" })
  updateAssignment(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AssignmentUpdateInput) input: AssignmentUpdateInput,
  ): Promise<AssignmentEntity> {
    return ctx.services.assignments.update(requireViewer(ctx), id, version, input, ctx.requestId);
  }

  @Mutation(() => AssignmentType, { description: "Cancels the assignment and its live claims: editors of the member that created it or of the topic's proposer" })
  cancelAssignment(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<AssignmentEntity> {
    return ctx.services.assignments.cancel(requireViewer(ctx), id, ctx.requestId);
  }

  @FieldResolver(() => TopicType)
  topic(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<TopicEntity> {
    return mustLoad(ctx.loaders.topicById.load(assignment.topicId), 'topic');
  }

  @FieldResolver(() => MemberType, { description: 'The member city where the work happens' })
  location(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(assignment.locationMemberId), 'member');
  }

  @FieldResolver(() => Int)
  openSlots(@Root() assignment: AssignmentEntity): number {
    return assignment.status === 'OPEN' ? assignment.slots - assignment.claimedCount : 0;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Kilometres from my member's city" })
  async distanceKm(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    const viewer = requireViewer(ctx);
    const [mine, location] = await Promise.all([ctx.loaders.memberById.load(viewer.memberId), ctx.loaders.memberById.load(assignment.locationMemberId)]);
    return mine && location ? Math.round(distanceKm(mine, location) * 10) / 10 : null;
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'My slot on this assignment, if I hold one' })
  myClaim(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<ClaimEntity | null> {
    return ctx.loaders.viewerClaimByAssignment.load(assignment.id);
  }

  @FieldResolver(() => [ClaimType], { description: "All claims: for the topic's editors and the secretariat (SEE_CLAIMS); others see none" })
  async claims(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<ClaimEntity[]> {
    const facts = await assignmentFacts(assignment, ctx);
    return facts && assignmentPolicy.actions(requireViewer(ctx), facts).includes('SEE_CLAIMS') ? ctx.loaders.claimsByAssignment.load(assignment.id) : [];
  }

  @FieldResolver(() => [AssignmentActionEnum], { description: 'What the signed-in viewer may do with this assignment now' })
  async viewerActions(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<AssignmentAction[]> {
    const facts = await assignmentFacts(assignment, ctx);
    return facts ? assignmentPolicy.actions(requireViewer(ctx), facts) : [];
  }

  @FieldResolver(() => Boolean, { description: 'Whether viewerActions holds CLAIM' })
  async viewerCanClaim(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.viewerActions(assignment, ctx)).includes('CLAIM');
  }

  @FieldResolver(() => Boolean, { description: 'Whether viewerActions holds EDIT' })
  async viewerCanEdit(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.viewerActions(assignment, ctx)).includes('EDIT');
  }
}

/** What the assignment policy needs, through the request's loaders. */
export async function assignmentFacts(assignment: AssignmentEntity, ctx: RequestContext): Promise<AssignmentFacts | null> {
  const [topic, viewerMemberStatus, creator, mine] = await Promise.all([
    ctx.loaders.topicById.load(assignment.topicId),
    ctx.loaders.viewerStatusByTopic.load(assignment.topicId),
    ctx.loaders.userById.load(assignment.createdById),
    ctx.loaders.viewerClaimByAssignment.load(assignment.id),
  ]);
  if (!topic || !creator) return null;
  return {
    status: assignment.status,
    slots: assignment.slots,
    claimedCount: assignment.claimedCount,
    dueAt: assignment.dueAt,
    assignmentMemberId: creator.memberId,
    topic: topicFacts(topic, viewerMemberStatus),
    viewerHoldsSlot: mine !== null,
  };
}
