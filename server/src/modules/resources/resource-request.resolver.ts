import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { allianceDate, capacityPeriodStart, type ResourceRequestAction } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType, UserType } from '../accounts/user.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { NotificationEntity } from '../notifications/notification.entity';
import { NotificationType } from '../notifications/notification.type';
import type { ResourceEntity } from './resource.entity';
import { ResourceType } from './resource.type';
import type { ResourceRequestEntity } from './resource-request.entity';
import { DeclineResourceRequestArgs, FulfillResourceRequestArgs, RequestResourceArgs, ResourceRequestFilter } from './resource-request.input';
import { resourceRequestPolicy } from './resource-request.policy';
import { ResourceRequestActionEnum, ResourceRequestConnection, ResourceRequestCounts, ResourceRequestType } from './resource-request.type';

/** Whether the viewer decides their member's requests by delegation (read once per request through the user loader). */
async function viewerDecides(ctx: RequestContext): Promise<boolean> {
  const me = await ctx.loaders.userById.load(requireViewer(ctx).userId);
  return me?.decidesResourceRequests ?? false;
}

@Resolver(() => ResourceRequestType)
export class ResourceRequestResolver {
  @Query(() => ResourceRequestConnection, { description: "My member's incoming (its resources) or outgoing (it asked) requests, newest first" })
  resourceRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ResourceRequestFilter) filter: ResourceRequestFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ResourceRequestEntity>> {
    return ctx.services.resourceRequests.list(requireViewer(ctx), filter, first, after);
  }

  @Query(() => ResourceRequestCounts, { description: 'Badge counts of open requests' })
  resourceRequestCounts(@Ctx() ctx: RequestContext): Promise<ResourceRequestCounts> {
    return ctx.services.resourceRequests.counts(requireViewer(ctx));
  }

  @Mutation(() => ResourceRequestType, { description: 'A PENDING request; CONFLICT CAPACITY_FULL when the period is booked up, ALREADY_REQUESTED when my member has an open one' })
  requestResource(@Ctx() ctx: RequestContext, @Args(() => RequestResourceArgs) args: RequestResourceArgs): Promise<ResourceRequestEntity> {
    return ctx.services.resourceRequests.request(requireViewer(ctx), args, ctx.requestId);
  }

  @Mutation(() => ResourceRequestType, { description: "The owning member's chief editor (or a delegated editor) approves" })
  approveResourceRequest(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<ResourceRequestEntity> {
    return ctx.services.resourceRequests.approve(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => ResourceRequestType, { description: 'Declines with a reason; frees the capacity unit' })
  declineResourceRequest(@Ctx() ctx: RequestContext, @Args(() => DeclineResourceRequestArgs) { id, reason }: DeclineResourceRequestArgs): Promise<ResourceRequestEntity> {
    return ctx.services.resourceRequests.decline(requireViewer(ctx), id, reason, ctx.requestId);
  }

  @Mutation(() => ResourceRequestType, { description: 'Marks an approved request delivered; the note says how (e.g. where to get the full text of a headline-only piece)' })
  fulfillResourceRequest(@Ctx() ctx: RequestContext, @Args(() => FulfillResourceRequestArgs) { id, note }: FulfillResourceRequestArgs): Promise<ResourceRequestEntity> {
    return ctx.services.resourceRequests.fulfill(requireViewer(ctx), id, note, ctx.requestId);
  }

  @Mutation(() => ResourceRequestType, { description: 'The requesting member withdraws an open request; frees the capacity unit' })
  cancelResourceRequest(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<ResourceRequestEntity> {
    return ctx.services.resourceRequests.cancel(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => UserType, { description: 'Chief editor delegates (or stops delegating) deciding requests to an editor of their member' })
  setResourceRequestDelegate(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string, @Arg('delegated', () => Boolean) delegated: boolean): Promise<UserEntity> {
    return ctx.services.resourceRequests.setDelegate(requireViewer(ctx), userId, delegated, ctx.requestId);
  }

  @FieldResolver(() => ResourceType)
  resource(@Root() request: ResourceRequestEntity, @Ctx() ctx: RequestContext): Promise<ResourceEntity> {
    return mustLoad(ctx.loaders.resourceById.load(request.resourceId), 'resource');
  }

  @FieldResolver(() => MemberType)
  owner(@Root() request: ResourceRequestEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(request.ownerMemberId), 'member');
  }

  @FieldResolver(() => MemberType)
  requester(@Root() request: ResourceRequestEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(request.requesterMemberId), 'member');
  }

  @FieldResolver(() => PersonType)
  requestedBy(@Root() request: ResourceRequestEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(request.requestedById), 'user');
  }

  @FieldResolver(() => PersonType, { nullable: true })
  decidedBy(@Root() request: ResourceRequestEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return request.decidedById ? mustLoad(ctx.loaders.userById.load(request.decidedById), 'user') : Promise.resolve(null);
  }

  @FieldResolver(() => [ResourceRequestActionEnum], { description: 'What the signed-in viewer may do with this request now' })
  async viewerActions(@Root() request: ResourceRequestEntity, @Ctx() ctx: RequestContext): Promise<ResourceRequestAction[]> {
    return resourceRequestPolicy.actions(requireViewer(ctx), await viewerDecides(ctx), request);
  }
}

/** The request fields of a Resource: its capacity left now and the viewer's member's latest request. */
@Resolver(() => ResourceType)
export class ResourceRequestFieldsResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Units left in the current period (alliance time); null when unlimited' })
  async capacityLeft(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (resource.capacityPerPeriod === null || resource.capacityPeriod === null) return null;
    const periodStart = capacityPeriodStart(resource.capacityPeriod, allianceDate(new Date()));
    const used = await ctx.loaders.capacityUsed.load({ resourceId: resource.id, periodStart });
    return Math.max(0, resource.capacityPerPeriod - used);
  }

  @FieldResolver(() => ResourceRequestType, { nullable: true, description: "The viewer's member's latest request for it, if any" })
  viewerRequest(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<ResourceRequestEntity | null> {
    requireViewer(ctx);
    return ctx.loaders.viewerRequestByResource.load(resource.id);
  }
}

@Resolver(() => NotificationType)
export class NotificationRequestResolver {
  @FieldResolver(() => ResourceRequestType, { nullable: true, description: "Null unless the viewer's member is a side of it" })
  async resourceRequest(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<ResourceRequestEntity | null> {
    const request = note.resourceRequestId ? await ctx.loaders.resourceRequestById.load(note.resourceRequestId) : null;
    return request && resourceRequestPolicy.isSide(requireViewer(ctx), request) ? request : null;
  }
}
