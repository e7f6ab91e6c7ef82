import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { COVERAGE_LIMITS } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import { PersonType } from '../accounts/user.type';
import type { UserEntity } from '../accounts/user.entity';
import { AssignmentType } from '../assignments/assignment.type';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { TopicActionEnum } from '../../graphql/enums';
import { MemberType } from '../members/member.type';
import type { MemberEntity } from '../members/member.entity';
import { ProvinceType } from '../provinces/province.type';
import type { ProvinceEntity } from '../provinces/province.entity';
import type { TopicCommentEntity, TopicCoSponsorEntity, TopicEntity } from './topic.entity';
import { commentPageKey } from './topic.loaders';
import { TopicFilter, TopicInput } from './topic.input';
import { topicFacts, topicPolicy, type TopicAction } from './topic.policy';
import type { TopicMove } from './topic.service';
import { AssignmentProgress, CommentConnection, CommentType, CoSponsorType, Reach, TopicConnection, TopicType } from './topic.type';
import { IdArg, IdListArg } from '../../common/input/args';
import { IsId, IsText } from '../../common/input/decorators';

@ArgsType()
class CommentArgs {
  @Field(() => ID)
  @IsId()
  topicId: string;

  @Field(() => String)
  @IsText({ ...COVERAGE_LIMITS.comment, multiline: true })
  body: string;
}

@ArgsType()
class ReasonArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String)
  @IsText({ ...COVERAGE_LIMITS.reason, multiline: true })
  reason: string;
}

@Resolver(() => TopicType)
export class TopicResolver {
  @Query(() => TopicConnection, { description: 'The topic board: newest first; drafts only of my own member' })
  topics(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TopicFilter, { nullable: true }) filter?: TopicFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<TopicEntity>> {
    return ctx.services.topics.list(requireViewer(ctx), filter ?? {}, first, after);
  }

  @Query(() => TopicType)
  async topic(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<TopicEntity> {
    const topic = await ctx.services.topics.byId(requireViewer(ctx), id);
    // Its assignments name their topic: this one, already read.
    ctx.loaders.topicById.prime(topic.id, topic);
    return topic;
  }

  @Mutation(() => TopicType, { description: 'Creates a DRAFT topic for my member' })
  createTopic(@Ctx() ctx: RequestContext, @Arg('input', () => TopicInput) input: TopicInput): Promise<TopicEntity> {
    return ctx.services.topics.create(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => TopicType, { description: 'A stale version gets CONFLICT' })
  updateTopic(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => TopicInput) input: TopicInput,
  ): Promise<TopicEntity> {
    return ctx.services.topics.update(requireViewer(ctx), id, version, input, ctx.requestId);
  }

  @Mutation(() => TopicType)
  proposeTopic(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<TopicEntity> {
    return this.move(ctx, id, 'PROPOSE');
  }

  @Mutation(() => TopicType, { description: 'Secretariat: into the alliance plan' })
  approveTopic(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<TopicEntity> {
    return this.move(ctx, id, 'APPROVE');
  }

  @Mutation(() => TopicType, { description: 'Secretariat: the proposer sees the reason' })
  rejectTopic(@Ctx() ctx: RequestContext, @Args(() => ReasonArgs) { id, reason }: ReasonArgs): Promise<TopicEntity> {
    return this.move(ctx, id, 'REJECT', reason);
  }

  @Mutation(() => TopicType)
  startTopic(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<TopicEntity> {
    return this.move(ctx, id, 'START');
  }

  @Mutation(() => TopicType)
  completeTopic(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<TopicEntity> {
    return this.move(ctx, id, 'COMPLETE');
  }

  @Mutation(() => TopicType)
  cancelTopic(@Ctx() ctx: RequestContext, @Args(() => ReasonArgs) { id, reason }: ReasonArgs): Promise<TopicEntity> {
    return this.move(ctx, id, 'CANCEL', reason);
  }

  @Mutation(() => TopicType, {
    description: "The proposing newsroom invites other members to co-sponsor; invitations to a draft are announced when it is proposed",
  })
  inviteCoSponsors(
    @Ctx() ctx: RequestContext,
    @IdArg('topicId') topicId: string,
    @IdListArg('memberIds') memberIds: string[],
  ): Promise<TopicEntity> {
    return ctx.services.topics.invite(requireViewer(ctx), topicId, memberIds, ctx.requestId);
  }

  @Mutation(() => TopicType, {
    description:
      "My member accepts the proposer's invitation and co-sponsors the topic. Co-sponsoring is by invitation only: " +
      'without a pending invitation FORBIDDEN (reason NOT_INVITED); already joined: CONFLICT (ALREADY_JOINED)',
  })
  joinTopic(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<TopicEntity> {
    return ctx.services.topics.join(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => CommentType)
  addComment(@Ctx() ctx: RequestContext, @Args(() => CommentArgs) { topicId, body }: CommentArgs): Promise<TopicCommentEntity> {
    return ctx.services.topics.addComment(requireViewer(ctx), topicId, body, ctx.requestId);
  }

  @FieldResolver(() => [ProvinceType])
  async provinces(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<ProvinceEntity[]> {
    const provinces = await ctx.loaders.provinceByCode.loadMany(topic.provinceCodes);
    return provinces.filter((province): province is ProvinceEntity => province !== null && !(province instanceof Error));
  }

  @FieldResolver(() => MemberType)
  proposer(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(topic.proposerMemberId), 'member');
  }

  @FieldResolver(() => PersonType, { description: 'The editor who wrote it (account details only for their chief editor, the secretariat and themself)' })
  createdBy(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(topic.createdById), 'user');
  }

  @FieldResolver(() => [CoSponsorType])
  coSponsors(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<TopicCoSponsorEntity[]> {
    return ctx.loaders.coSponsorsByTopic.load(topic.id);
  }

  @FieldResolver(() => AssignmentProgress)
  progress(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<AssignmentProgress> {
    return ctx.loaders.progressByTopic.load(topic.id);
  }

  @FieldResolver(() => Reach)
  reach(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<Reach> {
    return ctx.loaders.reachByTopic.load(topic.id);
  }

  @FieldResolver(() => [TopicActionEnum], { description: 'What the signed-in viewer may do with this topic now' })
  async viewerActions(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<TopicAction[]> {
    const viewer = requireViewer(ctx);
    const viewerMemberStatus = await ctx.loaders.viewerStatusByTopic.load(topic.id);
    return topicPolicy.actions(viewer, topicFacts(topic, viewerMemberStatus));
  }

  @FieldResolver(() => [AssignmentType], { description: 'Soonest due first, at most 200' })
  assignments(@Root() topic: TopicEntity, @Ctx() ctx: RequestContext): Promise<AssignmentEntity[]> {
    return ctx.loaders.assignmentsByTopic.load(topic.id);
  }

  @FieldResolver(() => CommentConnection, { description: 'Oldest first' })
  async comments(
    @Root() topic: TopicEntity,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<TopicCommentEntity>> {
    // Batched across every topic of the response: one statement, however many topics ask (see commentsByTopic).
    const key = commentPageKey(topic.id, first, after);
    if (!topicPolicy.canRead(requireViewer(ctx), topic)) throw notFound('The topic');
    return ctx.loaders.commentsByTopic.load(key);
  }

  private move(ctx: RequestContext, id: string, move: TopicMove, reason: string | null = null): Promise<TopicEntity> {
    return ctx.services.topics.move(requireViewer(ctx), id, move, reason, ctx.requestId);
  }
}

@Resolver(() => CoSponsorType)
export class CoSponsorResolver {
  @FieldResolver(() => MemberType)
  member(@Root() row: TopicCoSponsorEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(row.memberId), 'member');
  }
}

@Resolver(() => CommentType)
export class CommentResolver {
  @FieldResolver(() => PersonType)
  author(@Root() comment: TopicCommentEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(comment.authorId), 'user');
  }
}

