import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireHttp, requireViewer, type RequestContext } from '../../common/context';
import { IsInstant } from '../../common/input/decorators';
import { mustLoad } from '../../common/must-load';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { AssignmentType } from '../assignments/assignment.type';
import type { EventEntity } from '../events/event.entity';
import { eventPolicy } from '../events/event.policy';
import { EventType } from '../events/event.type';
import type { TopicEntity } from '../topics/topic.entity';
import { TopicType } from '../topics/topic.type';
import type { CalendarEntry, CalendarEntryKind } from './calendar.service';

@ObjectType('CalendarEntry')
export class CalendarEntryType {
  @Field(() => String, { description: 'ASSIGNMENT_DUE | TOPIC_WINDOW | EVENT_DAYS (all-day) | EVENT_STOP (timed, alliance time)' })
  kind: CalendarEntryKind;

  @Field(() => Date)
  start: Date;

  @Field(() => Date)
  end: Date;

  @Field(() => String)
  title: string;

  @Field(() => Boolean, { description: 'true: a span of calendar days (startsOn..endsOn), not instants; show it on those dates whatever the time zone' })
  allDay: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day of an all-day entry (alliance calendar)' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day of an all-day entry (included)' })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: "where an event or one of its stops takes place, or where an assignment's work happens" })
  place: string | null;

  @Field(() => ID, { nullable: true })
  eventId: string | null;

  @Field(() => ID, { nullable: true, description: 'the itinerary stop of an EVENT_STOP entry' })
  stopId: string | null;
}

/** An args class with validators: type-graphql's validation refuses a bare Date argument as an unknown value. */
@ArgsType()
class CalendarRangeArgs {
  @Field(() => Date)
  @IsInstant()
  from: Date;

  @Field(() => Date)
  @IsInstant()
  to: Date;
}

@Resolver(() => CalendarEntryType)
export class CalendarResolver {
  @Query(() => [CalendarEntryType], {
    description: "Assignments due that are mine or my newsroom's, topic windows, the days of events my member is invited to or hosts, and the stops of those I take part in or staff; at most 62 days",
  })
  calendar(@Ctx() ctx: RequestContext, @Args(() => CalendarRangeArgs) { from, to }: CalendarRangeArgs): Promise<CalendarEntry[]> {
    return ctx.services.calendar.entries(requireViewer(ctx), from, to);
  }

  @Mutation(() => String, { description: 'A new private ICS feed URL for phone calendars (shown once; the previous one stops working)' })
  async createIcsFeed(@Ctx() ctx: RequestContext): Promise<string> {
    const { req } = requireHttp(ctx);
    const path = await ctx.services.calendar.createFeed(requireViewer(ctx));
    return `${req.protocol}://${req.get('host') ?? 'localhost'}${path}`;
  }

  @Mutation(() => Boolean, { description: 'Stops the private ICS feed' })
  async revokeIcsFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.calendar.revokeFeed(requireViewer(ctx));
    return true;
  }

  @FieldResolver(() => TopicType, { nullable: true, description: 'the topic of an assignment or topic window; null for event entries' })
  topic(@Root() entry: CalendarEntry, @Ctx() ctx: RequestContext): Promise<TopicEntity | null> {
    return entry.topicId ? mustLoad(ctx.loaders.topicById.load(entry.topicId), 'topic') : Promise.resolve(null);
  }

  @FieldResolver(() => EventType, { nullable: true })
  async event(@Root() entry: CalendarEntry, @Ctx() ctx: RequestContext): Promise<EventEntity | null> {
    const event = entry.eventId ? await ctx.loaders.eventById.load(entry.eventId) : null;
    return event && eventPolicy.mayRead(requireViewer(ctx), event) ? event : null;
  }

  @FieldResolver(() => AssignmentType, { nullable: true })
  assignment(@Root() entry: CalendarEntry, @Ctx() ctx: RequestContext): Promise<AssignmentEntity | null> {
    return entry.assignmentId ? ctx.loaders.assignmentById.load(entry.assignmentId) : Promise.resolve(null);
  }
}
