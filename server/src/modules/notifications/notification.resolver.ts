import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import type { EventPayloads } from '../../common/events';
import { mustLoad } from '../../common/must-load';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import type { ClaimEntity } from '../claims/claim.entity';
import { AssignmentType } from '../assignments/assignment.type';
import { ClaimType } from '../claims/claim.type';
import type { TopicEntity } from '../topics/topic.entity';
import { topicFacts, topicPolicy } from '../topics/topic.policy';
import { TopicType } from '../topics/topic.type';
import { claimPolicy } from '../claims/claim.policy';
import type { NotificationEntity } from './notification.entity';
import { NotificationConnection, NotificationDeliveryEnum, NotificationPreferenceType, NotificationType } from './notification.type';
import type { NotificationPreference } from './notification.service';
import { NotificationKindEnum } from '../../graphql/enums';
import type { NotificationDelivery, NotificationKind } from '@yah/shared';
import { IdListArg } from '../../common/input/args';

type NotificationPayload = EventPayloads['NOTIFICATION_ADDED'];

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'My inbox, newest first, with the unread count' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('held', () => Boolean, { nullable: true, description: 'Instead: what was held back for my daily digest (kinds I receive only there)' }) held?: boolean | null,
  ) {
    return ctx.services.notifications.list(requireViewer(ctx), unreadOnly ?? false, first, after, held ?? false);
  }

  @Query(() => [NotificationPreferenceType], { description: 'How each kind of notification reaches me, grouped as NOTIFICATION_GROUPS orders them' })
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return ctx.services.notifications.preferences(requireViewer(ctx));
  }

  @Mutation(() => NotificationPreferenceType, { description: 'BAD_USER_INPUT DELIVERY_NOT_ALLOWED for OFF on a kind that asks for action, or for the digest itself' })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => NotificationKindEnum) kind: NotificationKind,
    @Arg('delivery', () => NotificationDeliveryEnum) delivery: NotificationDelivery,
  ): Promise<NotificationPreference> {
    return ctx.services.notifications.setPreference(requireViewer(ctx), kind, delivery, ctx.requestId);
  }

  @Mutation(() => Int, { description: 'Marks some of my notifications read; returns how many changed' })
  markNotificationsRead(@Ctx() ctx: RequestContext, @IdListArg('ids') ids: string[]): Promise<number> {
    return ctx.services.notifications.markRead(requireViewer(ctx), ids.slice(0, 100));
  }

  @Mutation(() => Int)
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notifications.markRead(requireViewer(ctx), null);
  }

  // The filter runs with the context of the subscription's start (a session's account never changes); the
  // body and every field below run per event with a fresh context (graphql/websocket.ts): the session re-read,
  // new loaders. An ended session gets no event: its socket is closed.
  @Subscription(() => NotificationType, {
    topics: 'NOTIFICATION_ADDED',
    filter: ({ payload, context }: { payload: NotificationPayload; context: RequestContext }) => payload.userId === context.viewer?.userId,
    description: 'My new notifications, as they happen',
  })
  async notificationAdded(@Root() payload: NotificationPayload, @Ctx() ctx: RequestContext): Promise<NotificationEntity> {
    const notification = await ctx.services.notifications.byIdFor(requireViewer(ctx), payload.notificationId);
    if (!notification) throw new Error('notification vanished before delivery');
    return notification;
  }

  @FieldResolver(() => TopicType, { nullable: true, description: 'The topic it is about; null while the viewer may not read it (e.g. a draft)' })
  topic(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<TopicEntity | null> {
    return readableTopic(note.topicId, ctx);
  }

  @FieldResolver(() => AssignmentType, { nullable: true, description: "Null while the viewer may not read the assignment's topic" })
  async assignment(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<AssignmentEntity | null> {
    const assignment = note.assignmentId ? await ctx.loaders.assignmentById.load(note.assignmentId) : null;
    return assignment && (await readableTopic(assignment.topicId, ctx)) ? assignment : null;
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'Null unless the viewer may read the claim' })
  async claim(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<ClaimEntity | null> {
    const claim = note.claimId ? await ctx.loaders.claimById.load(note.claimId) : null;
    const assignment = claim ? await ctx.loaders.assignmentById.load(claim.assignmentId) : null;
    const topic = assignment ? await readableTopic(assignment.topicId, ctx) : null;
    if (!claim || !topic) return null;
    const viewerMemberStatus = await ctx.loaders.viewerStatusByTopic.load(topic.id);
    const facts = topicFacts(topic, viewerMemberStatus);
    return claimPolicy.canRead(requireViewer(ctx), { reporterId: claim.reporterId, topic: facts }) ? claim : null;
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Who caused it' })
  actor(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return note.actorId ? mustLoad(ctx.loaders.userById.load(note.actorId), 'user') : Promise.resolve(null);
  }
}

/** A notification shows a topic only through the topic read policy: a draft stays inside its newsroom. */
async function readableTopic(topicId: string | null, ctx: RequestContext): Promise<TopicEntity | null> {
  const topic = topicId ? await ctx.loaders.topicById.load(topicId) : null;
  return topic && topicPolicy.canRead(requireViewer(ctx), topic) ? topic : null;
}
