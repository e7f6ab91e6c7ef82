import { Arg, Ctx, Float, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assignmentProgress, distanceKm, type AssignmentAction, type AssignmentStage } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { MemberType } from '../members/member.type';
import type { MemberEntity } from '../members/member.entity';
import { TopicType } from '../topics/topic.type';
import type { TopicEntity } from '../topics/topic.entity';
import type { AssignmentEntity } from './assignment.entity';
import type { ClaimEntity } from '../claims/claim.entity';
import { AssignmentInput, AssignmentsInput, AssignmentUpdateInput, OpenAssignmentFilter } from './assignment.input';
import { AssignmentConnection, AssignmentPlaceType, AssignmentType } from './assignment.type';
import { ClaimType } from '../claims/claim.type';
import { AssignmentActionEnum, AssignmentStageEnum } from '../../graphql/enums';
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

  @Mutation(() => [AssignmentType], {
    description: 'Several assignments on one topic in one go (a trip\'s itinerary): all are made or none; each is checked as createAssignment checks one',
  })
  createAssignments(@Ctx() ctx: RequestContext, @Arg('input', () => AssignmentsInput) input: AssignmentsInput): Promise<AssignmentEntity[]> {
    return ctx.services.assignments.createMany(requireViewer(ctx), input, ctx.requestId);
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

  @FieldResolver(() => AssignmentPlaceType, { nullable: true, description: 'Where the work happens when that is not a member city itself; `location` is then the nearest member city' })
  place(@Root() assignment: AssignmentEntity): AssignmentPlaceType | null {
    const { placeName, placeLatitude, placeLongitude } = assignment;
    return placeName !== null && placeLatitude !== null && placeLongitude !== null ? { name: placeName, latitude: placeLatitude, longitude: placeLongitude } : null;
  }

  @FieldResolver(() => MemberType, { description: 'The member city where the work happens, or the one nearest to `place`' })
  location(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(assignment.locationMemberId), 'member');
  }

  @FieldResolver(() => Int)
  openSlots(@Root() assignment: AssignmentEntity): number {
    return assignment.status === 'OPEN' ? assignment.slots - assignment.claimedCount : 0;
  }

  @FieldResolver(() => AssignmentStageEnum, { description: 'Where the work stands (the column of the topic board): DONE when every slot holds accepted work, IN_PROGRESS while any slot is worked on or reviewed' })
  async stage(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<AssignmentStage> {
    return (await progressOf(assignment, ctx)).stage;
  }

  @FieldResolver(() => Int, { description: 'Slots holding accepted work' })
  async acceptedSlots(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await progressOf(assignment, ctx)).accepted;
  }

  @FieldResolver(() => Int, { description: 'Slots held and not yet accepted: offered to a reporter, claimed, submitted or sent back for changes' })
  async workingSlots(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await progressOf(assignment, ctx)).working;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Kilometres from my member's city to where the work happens (the place, else the member city)" })
  async distanceKm(@Root() assignment: AssignmentEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    const viewer = requireViewer(ctx);
    const [mine, location] = await Promise.all([ctx.loaders.memberById.load(viewer.memberId), ctx.loaders.memberById.load(assignment.locationMemberId)]);
    const where = this.place(assignment) ?? location;
    return mine && where ? Math.round(distanceKm(mine, where) * 10) / 10 : null;
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

async function progressOf(assignment: AssignmentEntity, ctx: RequestContext) {
  const acceptedCount = await ctx.loaders.acceptedCountByAssignment.load(assignment.id);
  return assignmentProgress({ status: assignment.status, slots: assignment.slots, claimedCount: assignment.claimedCount, acceptedCount });
}

/** What the assignment policy needs, through the request's loaders. */
export async function assignmentFacts(assignment: AssignmentEntity, ctx: RequestContext): Promise<AssignmentFacts | null> {
  const [topic, viewerMemberStatus, creator, mine, acceptedCount] = await Promise.all([
    ctx.loaders.topicById.load(assignment.topicId),
    ctx.loaders.viewerStatusByTopic.load(assignment.topicId),
    ctx.loaders.userById.load(assignment.createdById),
    ctx.loaders.viewerClaimByAssignment.load(assignment.id),
    ctx.loaders.acceptedCountByAssignment.load(assignment.id),
  ]);
  if (!topic || !creator) return null;
  return {
    status: assignment.status,
    slots: assignment.slots,
    claimedCount: assignment.claimedCount,
    acceptedCount,
    dueAt: assignment.dueAt,
    assignmentMemberId: creator.memberId,
    topic: topicFacts(topic, viewerMemberStatus),
    viewerHoldsSlot: mine !== null,
  };
}
