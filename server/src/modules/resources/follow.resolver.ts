import { Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RESOURCE_LIMITS } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg, TextArg } from '../../common/input/args';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { FollowEntity } from './follow.entity';
import { FollowType } from './follow.type';

@Resolver(() => FollowType)
export class FollowResolver {
  @Query(() => [FollowType], { description: 'The members and keywords I follow' })
  myFollows(@Ctx() ctx: RequestContext): Promise<FollowEntity[]> {
    return ctx.services.follows.mine(requireViewer(ctx));
  }

  @Mutation(() => FollowType, { description: "Hear of a member's new library pieces; following it again returns the same follow" })
  followMember(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string): Promise<FollowEntity> {
    return ctx.services.follows.followMember(requireViewer(ctx), memberId, ctx.requestId);
  }

  @Mutation(() => FollowType, { description: 'Hear of new library pieces with a keyword (lower-cased); idempotent; CONFLICT TOO_MANY_FOLLOWS past the limit' })
  followKeyword(@Ctx() ctx: RequestContext, @TextArg('keyword', RESOURCE_LIMITS.keyword) keyword: string): Promise<FollowEntity> {
    return ctx.services.follows.followKeyword(requireViewer(ctx), keyword, ctx.requestId);
  }

  @Mutation(() => Boolean, { description: 'Stops one of my follows; false when there was none' })
  unfollow(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<boolean> {
    return ctx.services.follows.unfollow(requireViewer(ctx), id, ctx.requestId);
  }

  @FieldResolver(() => MemberType, { nullable: true })
  member(@Root() follow: FollowEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity | null> {
    return follow.followedMemberId ? ctx.loaders.memberById.load(follow.followedMemberId) : Promise.resolve(null);
  }
}
