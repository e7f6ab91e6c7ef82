import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { MemberFeedEntity } from './member-feed.entity';
import { MemberFeedInput } from './member-feed.input';
import { MemberFeedType } from './member-feed.type';

@Resolver(() => MemberFeedType)
export class MemberFeedResolver {
  @Query(() => [MemberFeedType], { description: 'Chief editor of the member, or the secretariat' })
  memberFeeds(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string): Promise<MemberFeedEntity[]> {
    return ctx.services.memberFeeds.list(requireViewer(ctx), memberId);
  }

  @Mutation(() => MemberFeedType, { description: 'CONFLICT TOO_MANY_FEEDS past the limit; BAD_USER_INPUT FEED_ADDRESS_REFUSED for a private address' })
  addMemberFeed(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string, @Arg('input', () => MemberFeedInput) input: MemberFeedInput): Promise<MemberFeedEntity> {
    return ctx.services.memberFeeds.add(requireViewer(ctx), memberId, input, ctx.requestId);
  }

  @Mutation(() => MemberFeedType)
  updateMemberFeed(@Ctx() ctx: RequestContext, @IdArg('id') id: string, @Arg('input', () => MemberFeedInput) input: MemberFeedInput): Promise<MemberFeedEntity> {
    return ctx.services.memberFeeds.update(requireViewer(ctx), id, input, ctx.requestId);
  }

  @Mutation(() => Boolean, { description: 'The pieces it brought stay in the library' })
  removeMemberFeed(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<boolean> {
    return ctx.services.memberFeeds.remove(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => MemberFeedType, { description: 'Poll now instead of waiting for the schedule; returns the feed with its new status' })
  pollMemberFeed(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<MemberFeedEntity> {
    return ctx.services.memberFeeds.pollNow(requireViewer(ctx), id);
  }

  @FieldResolver(() => MemberType)
  member(@Root() feed: MemberFeedEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(feed.memberId), 'member');
  }
}
