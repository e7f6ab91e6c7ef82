import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { COVERAGE_LIMITS, eventDates, type EventAction, type EventPhase } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg, TextArg, topicCheckingId } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { NotificationEntity } from '../notifications/notification.entity';
import { NotificationType } from '../notifications/notification.type';
import type { ResourceEntity } from '../resources/resource.entity';
import { resourcePolicy } from '../resources/resource.policy';
import { ResourceType } from '../resources/resource.type';
import type { TopicEntity } from '../topics/topic.entity';
import { topicPolicy } from '../topics/topic.policy';
import { TopicType } from '../topics/topic.type';
import { EventChangeType, type EventChangePayload } from './event-events';
import type { EventEntity, EventStopEntity } from './event.entity';
import { EventChangesInput, EventFilter, NewEventInput } from './event.input';
import { eventPolicy } from './event.policy';
import { allianceToday, hhmm, isViewerInvited, phaseNow } from './event.service';
import { EventActionEnum, EventConnection, EventDayType, EventPhaseEnum, EventStopType, EventType } from './event.type';

/** A cancellation reason, as long as a topic's. */
const CANCEL_REASON = { ...COVERAGE_LIMITS.reason, multiline: true } as const;

/** The event if the viewer may read it, through the request's loader. */
async function readableEvent(eventId: string | null, ctx: RequestContext): Promise<EventEntity | null> {
  const event = eventId ? await ctx.loaders.eventById.load(eventId) : null;
  return event && eventPolicy.mayRead(requireViewer(ctx), event) ? event : null;
}

interface EventDay {
  date: string;
  stops: EventStopEntity[];
}

@Resolver(() => EventType)
export class EventResolver {
  @Query(() => EventConnection, { description: 'UPCOMING (not over yet, alliance time): soonest first; PAST and ALL: latest first. Drafts only for their managers' })
  events(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<EventEntity>> {
    return ctx.services.events.list(requireViewer(ctx), filter ?? {}, first, after);
  }

  @Query(() => EventType, { nullable: true, description: 'NOT_FOUND when unknown, or a draft the viewer does not manage' })
  event(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<EventEntity> {
    return ctx.services.events.get(requireViewer(ctx), id);
  }

  @Mutation(() => EventType, { description: 'A DRAFT: chief editors for their own member, the secretariat for any host' })
  createEvent(@Ctx() ctx: RequestContext, @Arg('input', () => NewEventInput) input: NewEventInput): Promise<EventEntity> {
    return ctx.services.events.create(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => EventType, { description: 'version: the version the edit started from (CONFLICT STALE_VERSION when stale). A schedule change on a published event tells everyone registered' })
  updateEvent(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => EventChangesInput) input: EventChangesInput,
  ): Promise<EventEntity> {
    return ctx.services.events.update(requireViewer(ctx), id, version, input, ctx.requestId);
  }

  @Mutation(() => EventType, { description: "DRAFT → PUBLISHED: invited members' editors and chief editors are told" })
  publishEvent(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<EventEntity> {
    return ctx.services.events.publish(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => EventType, { description: 'Participants and registrants are told, with the reason' })
  cancelEvent(@Ctx() ctx: RequestContext, @IdArg('id') id: string, @TextArg('reason', CANCEL_REASON) reason: string): Promise<EventEntity> {
    return ctx.services.events.cancel(requireViewer(ctx), id, reason, ctx.requestId);
  }

  @FieldResolver(() => MemberType)
  host(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(event.hostMemberId), 'member');
  }

  @FieldResolver(() => EventPhaseEnum, { description: 'Where it stands today in alliance time' })
  phase(@Root() event: EventEntity): EventPhase {
    return phaseNow(event);
  }

  @FieldResolver(() => [MemberType], { description: 'Empty when every member is invited' })
  async invitedMembers(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity[]> {
    if (event.invitesAllMembers) return [];
    const members = await ctx.loaders.memberById.loadMany(await ctx.loaders.invitedMemberIdsByEvent.load(event.id));
    return members.filter((member): member is MemberEntity => member !== null && !(member instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: "The viewer's member may register: invited, or the host itself (the secretariat unit never is)" })
  async viewerInvited(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    return isViewerInvited(viewer, event, event.invitesAllMembers ? [] : await ctx.loaders.invitedMemberIdsByEvent.load(event.id));
  }

  @FieldResolver(() => [EventDayType], { description: 'Every day startsOn..endsOn, with its stops in time order' })
  async days(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<EventDay[]> {
    const stops = await ctx.loaders.stopsByEvent.load(event.id);
    return eventDates(event.startsOn, event.endsOn).map((date) => ({ date, stops: stops.filter((stop) => stop.day === date) }));
  }

  @FieldResolver(() => [ResourceType], { description: 'Library pieces the viewer may read (their body follows the embargo as everywhere)' })
  async materials(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<ResourceEntity[]> {
    const viewer = requireViewer(ctx);
    const pieces = await ctx.loaders.resourceById.loadMany(await ctx.loaders.materialIdsByEvent.load(event.id));
    return pieces.filter((piece): piece is ResourceEntity => piece !== null && !(piece instanceof Error) && resourcePolicy.mayRead(viewer, piece));
  }

  @FieldResolver(() => [TopicType], { description: 'Linked joint topics the viewer may read' })
  async topics(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<TopicEntity[]> {
    const viewer = requireViewer(ctx);
    const topics = await ctx.loaders.topicById.loadMany(await ctx.loaders.topicIdsByEvent.load(event.id));
    return topics.filter((topic): topic is TopicEntity => topic !== null && !(topic instanceof Error) && topicPolicy.canRead(viewer, topic));
  }

  @FieldResolver(() => [EventActionEnum], { description: 'What the viewer may do with it now' })
  async viewerActions(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<EventAction[]> {
    const viewer = requireViewer(ctx);
    return eventPolicy.actions(viewer, event, phaseNow(event), await this.viewerInvited(event, ctx), allianceToday());
  }
}

@Resolver(() => EventStopType)
export class EventStopResolver {
  @FieldResolver(() => String, { description: 'HH:MM, alliance time' })
  startsAt(@Root() stop: EventStopEntity): string {
    return hhmm(stop.startsAt);
  }

  @FieldResolver(() => String, { nullable: true, description: 'HH:MM, alliance time' })
  endsAt(@Root() stop: EventStopEntity): string | null {
    return stop.endsAt ? hhmm(stop.endsAt) : null;
  }

  @FieldResolver(() => Int, { description: 'participants checked in at this stop' })
  checkedInCount(@Root() stop: EventStopEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.checkedInCountByStop.load(stop.id);
  }
}

/**
 * Live changes to one event: edits, state moves, registrations, check-ins. Each event executes with a fresh context,
 * so `event` is read through the read rule as it is when the change is sent.
 */
@Resolver(() => EventChangeType)
export class EventChangesResolver {
  @Subscription(() => EventChangeType, {
    topics: topicCheckingId('EVENT_CHANGED', 'eventId'),
    filter: ({ payload, args }: { payload: EventChangePayload; args: { eventId: string } }) => payload.eventId === args.eventId,
    description: 'changes to one event: details, itinerary, state, registrations, check-ins',
  })
  eventChanged(@Root() payload: EventChangePayload, @IdArg('eventId') _eventId: string, @Ctx() ctx: RequestContext): EventChangePayload {
    requireViewer(ctx);
    return payload;
  }

  @FieldResolver(() => EventType, { nullable: true, description: 'null when the viewer may not read it' })
  event(@Root() change: EventChangePayload, @Ctx() ctx: RequestContext): Promise<EventEntity | null> {
    return ctx.services.events.byId(requireViewer(ctx), change.eventId);
  }
}

@Resolver(() => NotificationType)
export class NotificationEventResolver {
  @FieldResolver(() => EventType, { nullable: true, description: 'null unless the viewer may read it' })
  event(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<EventEntity | null> {
    return readableEvent(note.eventId, ctx);
  }
}
