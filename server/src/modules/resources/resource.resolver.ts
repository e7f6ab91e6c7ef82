import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { STANDARD_REUSE_RULES, type EmbargoState, type ResourceAction } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import type { EventPayloads } from '../../common/events';
import { IdArg, topicCheckingId } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { PublicationEntity } from '../claims/claim.entity';
import { PublicationType } from '../claims/publication.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { NotificationEntity } from '../notifications/notification.entity';
import { NotificationType } from '../notifications/notification.type';
import type { TopicEntity } from '../topics/topic.entity';
import { topicPolicy } from '../topics/topic.policy';
import { Reach, TopicType } from '../topics/topic.type';
import type { ResourceEntity } from './resource.entity';
import { RepublicationInput, ResourceFilter, ResourceInput } from './resource.input';
import { resourcePolicy } from './resource.policy';
import {
  EmbargoStateEnum,
  ExchangeBalanceType,
  RepublicationPackageType,
  ResourceActionEnum,
  ResourceConnection,
  ResourceEventType,
  ResourceMediaType,
  ResourceType,
  ReuseRuleType,
} from './resource.type';
import { republicationPackage, type RepublicationPackage } from './republication-package';

type ResourcePayload = EventPayloads['RESOURCE_CHANGED'];

/** The resource if the viewer may read it (withdrawn ones only by their own member), else null. */
async function readableResource(resourceId: string | null, ctx: RequestContext): Promise<ResourceEntity | null> {
  const resource = resourceId ? await ctx.loaders.resourceById.load(resourceId) : null;
  return resource && resourcePolicy.mayRead(requireViewer(ctx), resource) ? resource : null;
}

@Resolver(() => ResourceType)
export class ResourceResolver {
  @Query(() => [ReuseRuleType], { description: "The alliance's standard reuse rules every library piece carries" })
  standardReuseRules(): readonly ReuseRuleType[] {
    return STANDARD_REUSE_RULES;
  }

  @Query(() => ResourceConnection, { description: 'What members offer, newest first; withdrawn ones only of my own member, on request' })
  resources(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ResourceFilter, { nullable: true }) filter?: ResourceFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ResourceEntity>> {
    return ctx.services.resources.list(requireViewer(ctx), filter ?? {}, first, after);
  }

  @Query(() => ResourceType, { nullable: true, description: "Null when unknown, or withdrawn and not my member's" })
  resource(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<ResourceEntity | null> {
    return ctx.services.resources.byId(requireViewer(ctx), id);
  }

  @Mutation(() => ResourceType, { description: "Offers something in my member's name; CONTENT ones are library pieces" })
  shareResource(@Ctx() ctx: RequestContext, @Arg('input', () => ResourceInput) input: ResourceInput): Promise<ResourceEntity> {
    return ctx.services.resources.share(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => ResourceType, { description: 'version: the version the edit started from (CONFLICT when stale)' })
  updateResource(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ResourceInput) input: ResourceInput,
  ): Promise<ResourceEntity> {
    return ctx.services.resources.update(requireViewer(ctx), id, version, input, ctx.requestId);
  }

  @Mutation(() => ResourceType)
  withdrawResource(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<ResourceEntity> {
    return ctx.services.resources.withdraw(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => ResourceType, { description: "one click from an accepted claim: title, text, links carried over; owner = viewer's member" })
  offerClaimToLibrary(@Ctx() ctx: RequestContext, @IdArg('claimId') claimId: string): Promise<ResourceEntity> {
    return ctx.services.resources.offerClaim(requireViewer(ctx), claimId, ctx.requestId);
  }

  @Mutation(() => PublicationType, { description: "Where another member's library piece ran, with its reach: in the same ledger as claims' publications" })
  recordRepublication(@Ctx() ctx: RequestContext, @Arg('input', () => RepublicationInput) input: RepublicationInput): Promise<PublicationEntity> {
    return ctx.services.publications.republish(requireViewer(ctx), input, ctx.requestId);
  }

  @FieldResolver(() => MemberType)
  owner(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(resource.ownerMemberId), 'member');
  }

  @FieldResolver(() => PersonType, { description: 'The editor who offered it' })
  createdBy(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(resource.createdById), 'user');
  }

  @FieldResolver(() => EmbargoStateEnum)
  embargoState(@Root() resource: ResourceEntity): EmbargoState {
    if (!resource.embargoUntil) return 'NONE';
    return resource.embargoUntil.getTime() > Date.now() ? 'EMBARGOED' : 'LIFTED';
  }

  @FieldResolver(() => Boolean, {
    description: 'true when the viewer may see body, media, byline, original URL and package now (owner member always; others once the embargo lifted)',
  })
  contentVisible(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): boolean {
    return resourcePolicy.maySeeContent(requireViewer(ctx), resource);
  }

  @FieldResolver(() => Boolean, { description: 'a CONTENT piece without a body (e.g. a headline-only feed item): other members request its full text' })
  headlineOnly(@Root() resource: ResourceEntity): boolean {
    return resource.area === 'CONTENT' && resource.body === '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'sanitised HTML; null while hidden' })
  body(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): string | null {
    return this.whenVisible(resource, ctx, resource.body);
  }

  @FieldResolver(() => String, { nullable: true })
  byline(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): string | null {
    return this.whenVisible(resource, ctx, resource.byline);
  }

  @FieldResolver(() => String, { nullable: true })
  originalUrl(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): string | null {
    return this.whenVisible(resource, ctx, resource.originalUrl);
  }

  @FieldResolver(() => [ResourceMediaType], { nullable: true })
  media(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): ResourceMediaType[] | null {
    return this.whenVisible(resource, ctx, resource.media);
  }

  @FieldResolver(() => RepublicationPackageType, { nullable: true, description: 'The ready-to-paste package; null until the viewer may see the body' })
  async package(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<RepublicationPackage | null> {
    if (resource.area !== 'CONTENT' || resource.body === '' || !resourcePolicy.maySeeContent(requireViewer(ctx), resource)) return null;
    const owner = await mustLoad(ctx.loaders.memberById.load(resource.ownerMemberId), 'member');
    return republicationPackage(resource, owner.nameZh);
  }

  @FieldResolver(() => TopicType, { nullable: true, description: 'the topic an offered claim came from, when the viewer may read it' })
  async sourceTopic(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<TopicEntity | null> {
    const claim = resource.sourceClaimId ? await ctx.loaders.claimById.load(resource.sourceClaimId) : null;
    const assignment = claim ? await ctx.loaders.assignmentById.load(claim.assignmentId) : null;
    const topic = assignment ? await ctx.loaders.topicById.load(assignment.topicId) : null;
    return topic && topicPolicy.canRead(requireViewer(ctx), topic) ? topic : null;
  }

  @FieldResolver(() => [PublicationType], { description: 'where it ran, newest first (republications by other members), at most 100' })
  publications(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<PublicationEntity[]> {
    return ctx.loaders.publicationsByResource.load(resource.id);
  }

  @FieldResolver(() => Reach, { description: 'Summed over every republication' })
  reach(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<Reach> {
    return ctx.loaders.reachByResource.load(resource.id);
  }

  @FieldResolver(() => [ResourceActionEnum], { description: 'What the signed-in viewer may do with it now' })
  async viewerActions(@Root() resource: ResourceEntity, @Ctx() ctx: RequestContext): Promise<ResourceAction[]> {
    const owner = await ctx.loaders.memberById.load(resource.ownerMemberId);
    return resourcePolicy.actions(requireViewer(ctx), resource, { ownerSuspended: owner?.status === 'SUSPENDED' });
  }

  /** Body, byline, original link and media: the owner's member always, everyone else once the embargo has lifted. */
  private whenVisible<T>(resource: ResourceEntity, ctx: RequestContext, value: T): T | null {
    return resourcePolicy.maySeeContent(requireViewer(ctx), resource) ? value : null;
  }
}

/**
 * Live changes to one resource: edits, withdrawal, republications, request moves. Each event executes with a
 * fresh context (graphql/websocket.ts), so `resource` and its body are read through the read and embargo rules
 * as they are when the event is sent.
 */
@Resolver(() => ResourceEventType)
export class ResourceEventsResolver {
  @Subscription(() => ResourceEventType, {
    topics: topicCheckingId('RESOURCE_CHANGED', 'resourceId'),
    filter: ({ payload, args }: { payload: ResourcePayload; args: { resourceId: string } }) => payload.resourceId === args.resourceId,
    description: 'changes to one resource: edits, new republications (the owner sees them appear live), request moves',
  })
  resourceChanged(@Root() payload: ResourcePayload, @IdArg('resourceId') _resourceId: string, @Ctx() ctx: RequestContext): ResourcePayload {
    requireViewer(ctx);
    return payload;
  }

  @FieldResolver(() => ResourceType, { nullable: true, description: 'null when the viewer may not read it' })
  resource(@Root() event: ResourcePayload, @Ctx() ctx: RequestContext): Promise<ResourceEntity | null> {
    return ctx.services.resources.byId(requireViewer(ctx), event.resourceId);
  }
}

@Resolver(() => PublicationType)
export class PublicationResourceResolver {
  @FieldResolver(() => ResourceType, { nullable: true, description: "the republished library piece (null for a claim's own publication)" })
  resource(@Root() publication: PublicationEntity, @Ctx() ctx: RequestContext): Promise<ResourceEntity | null> {
    return readableResource(publication.resourceId, ctx);
  }
}

@Resolver(() => NotificationType)
export class NotificationResourceResolver {
  @FieldResolver(() => ResourceType, { nullable: true, description: 'null unless the viewer may read it' })
  resource(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<ResourceEntity | null> {
    return readableResource(note.resourceId, ctx);
  }
}

@Resolver(() => MemberType)
export class MemberExchangeResolver {
  @FieldResolver(() => ExchangeBalanceType, { description: 'visible to every signed-in user' })
  exchangeBalance(@Root() member: MemberEntity, @Ctx() ctx: RequestContext): Promise<ExchangeBalanceType> {
    requireViewer(ctx);
    return ctx.loaders.exchangeBalanceByMember.load(member.id);
  }
}
