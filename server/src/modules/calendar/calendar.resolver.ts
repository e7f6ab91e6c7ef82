import { Args, ArgsType, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireHttp, requireViewer, type RequestContext } from '../../common/context';
import { IsInstant } from '../../common/input/decorators';
import { mustLoad } from '../../common/must-load';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { AssignmentType } from '../assignments/assignment.type';
import type { TopicEntity } from '../topics/topic.entity';
import { TopicType } from '../topics/topic.type';
import type { CalendarEntry, CalendarEntryKind } from './calendar.service';

@ObjectType('CalendarEntry')
export class CalendarEntryType {
  @Field(() => String, { description: 'ASSIGNMENT_DUE | TOPIC_WINDOW' })
  kind: CalendarEntryKind;

  @Field(() => Date)
  start: Date;

  @Field(() => Date)
  end: Date;

  @Field(() => String)
  title: string;
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
  @Query(() => [CalendarEntryType], { description: "Assignments due that are mine or my newsroom's, and topic windows; at most 62 days" })
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

  @FieldResolver(() => TopicType)
  topic(@Root() entry: CalendarEntry, @Ctx() ctx: RequestContext): Promise<TopicEntity> {
    return mustLoad(ctx.loaders.topicById.load(entry.topicId), 'topic');
  }

  @FieldResolver(() => AssignmentType, { nullable: true })
  assignment(@Root() entry: CalendarEntry, @Ctx() ctx: RequestContext): Promise<AssignmentEntity | null> {
    return entry.assignmentId ? ctx.loaders.assignmentById.load(entry.assignmentId) : Promise.resolve(null);
  }
}
