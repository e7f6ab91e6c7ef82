import { Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import type { EventPayloads } from '../../common/events';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { AssignmentType } from '../assignments/assignment.type';
import type { TopicCommentEntity, TopicEntity } from './topic.entity';
import { CommentType, TopicEventType, TopicType } from './topic.type';
import { topicPolicy } from './topic.policy';
import { notFound } from '../../common/errors';
import { IdArg, topicCheckingId } from '../../common/input/args';

type TopicPayload = EventPayloads['TOPIC_CHANGED'];
type AssignmentPayload = EventPayloads['OPEN_ASSIGNMENTS_CHANGED'];

/**
 * Live topic and open-assignment events. Each event executes with a fresh context (graphql/websocket.ts):
 * the session resolved again and new DataLoaders, so progress, `myClaim` and `viewerCanClaim` are read as
 * they are when the event is sent, for the viewer as they are then.
 */
@Resolver(() => TopicEventType)
export class TopicEventsResolver {
  @Subscription(() => TopicEventType, {
    topics: topicCheckingId('TOPIC_CHANGED', 'topicId'),
    filter: ({ payload, args }: { payload: TopicPayload; args: { topicId: string } }) => payload.topicId === args.topicId,
    description: 'Changes to one topic: its state, assignments, claims and comments',
  })
  async topicChanged(@Root() payload: TopicPayload, @IdArg('topicId') topicId: string, @Ctx() ctx: RequestContext): Promise<TopicPayload> {
    await readableTopic(ctx, topicId);
    return payload;
  }

  @Subscription(() => AssignmentType, {
    topics: 'OPEN_ASSIGNMENTS_CHANGED',
    description: 'An assignment whose open slots changed (claimed, released, added, edited or cancelled)',
  })
  async openAssignmentsChanged(@Root() payload: AssignmentPayload, @Ctx() ctx: RequestContext): Promise<AssignmentEntity> {
    return ctx.services.assignments.byId(requireViewer(ctx), payload.assignmentId);
  }

  @FieldResolver(() => AssignmentType, {
    nullable: true,
    description: 'The assignment that changed (ASSIGNMENT_CHANGED), or whose claims changed (CLAIM_CHANGED); null for other kinds',
  })
  async assignment(@Root() event: TopicPayload, @Ctx() ctx: RequestContext): Promise<AssignmentEntity | null> {
    const assignment = event.assignmentId ? await ctx.loaders.assignmentById.load(event.assignmentId) : null;
    return assignment?.topicId === event.topicId ? assignment : null;
  }

  @FieldResolver(() => CommentType, { nullable: true, description: 'The new comment (COMMENT_ADDED); null for other kinds' })
  async comment(@Root() event: TopicPayload, @Ctx() ctx: RequestContext): Promise<TopicCommentEntity | null> {
    const comment = event.commentId ? await ctx.loaders.commentById.load(event.commentId) : null;
    return comment?.topicId === event.topicId ? comment : null;
  }

  @FieldResolver(() => TopicType)
  topic(@Root() event: TopicPayload, @Ctx() ctx: RequestContext): Promise<TopicEntity> {
    return readableTopic(ctx, event.topicId);
  }
}

/** The topic as the viewer may read it now, through the event's loaders (one read for all its subscribers); NOT_FOUND otherwise. */
async function readableTopic(ctx: RequestContext, topicId: string): Promise<TopicEntity> {
  const topic = await ctx.loaders.topicById.load(topicId);
  if (!topic || !topicPolicy.canRead(requireViewer(ctx), topic)) throw notFound('The topic');
  return topic;
}
