import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { EVENT_KINDS, EVENT_LIMITS, EVENT_TIME_PATTERN, type EventKind } from '@yah/shared';
import { IsCalendarDate, IsId, IsIdList, IsInstant, IsText } from '../../common/input/decorators';
import type { TextRules } from '../../common/input/text-rules';
import { EVENT_WHEN, EventKindEnum, EventWhenEnum, type EventWhen } from './event.type';

const TIME: TextRules = { min: 5, max: 5, format: { pattern: EVENT_TIME_PATTERN, message: 'must be a time written HH:MM (alliance time)' } };
const OPTIONAL_TIME: TextRules = { ...TIME, min: 0, blankAsNull: true };
const { latitude: LATITUDE, longitude: LONGITUDE } = EVENT_LIMITS.coordinates;

/** One stop of the itinerary; `id` keeps an existing stop (and its check-ins) when the itinerary is replaced. */
@InputType('EventStopInput')
export class EventStopInput {
  @Field(() => ID, { nullable: true, description: 'an existing stop of this event to keep; none for a new stop' })
  @IsOptional()
  @IsId()
  id?: string | null;

  @Field(() => String, { description: "YYYY-MM-DD, one of the event's days" })
  @IsCalendarDate()
  day: string;

  @Field(() => String, { description: 'HH:MM, alliance time' })
  @IsText(TIME)
  startsAt: string;

  @Field(() => String, { nullable: true, description: 'HH:MM, alliance time, after startsAt' })
  @IsOptional()
  @IsText(OPTIONAL_TIME)
  endsAt?: string | null;

  @Field(() => String)
  @IsText(EVENT_LIMITS.stopPlace)
  place: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LATITUDE.min)
  @Max(LATITUDE.max)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LONGITUDE.min)
  @Max(LONGITUDE.max)
  longitude?: number | null;

  @Field(() => String)
  @IsText({ ...EVENT_LIMITS.stopActivity, multiline: true })
  activity: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ ...EVENT_LIMITS.stopLeader, blankAsNull: true })
  leader?: string | null;
}

/**
 * The fields an event's host edits (all optional in EventChangesInput: a field left out keeps its value; null clears
 * an optional one). Coordinates are anywhere plausibly in China (EVENT_LIMITS.coordinates), not only the belt.
 */
@InputType('EventChangesInput')
export class EventChangesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(EVENT_LIMITS.title)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day (alliance time)' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day included' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(EVENT_LIMITS.place)
  place?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LATITUDE.min)
  @Max(LATITUDE.max)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LONGITUDE.min)
  @Max(LONGITUDE.max)
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ ...EVENT_LIMITS.description, multiline: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'places in total; never below the places taken' })
  @IsOptional()
  @IsInt()
  @Min(EVENT_LIMITS.capacity.min)
  @Max(EVENT_LIMITS.capacity.max)
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'never below what a member already holds' })
  @IsOptional()
  @IsInt()
  @Min(EVENT_LIMITS.placesPerMember.min)
  @Max(EVENT_LIMITS.placesPerMember.max)
  placesPerMember?: number | null;

  @Field(() => Date, { nullable: true, description: 'before the end of the first day (alliance time)' })
  @IsOptional()
  @IsInstant()
  registrationClosesAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  invitesAllMembers?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'when not every member is invited: active members, never the secretariat' })
  @IsOptional()
  @IsIdList(EVENT_LIMITS.invitedMembers.max)
  invitedMemberIds?: string[] | null;

  @Field(() => [EventStopInput], { nullable: true, description: 'replaces the itinerary: stops sent with their id are kept; a stop with check-ins cannot go' })
  @IsOptional()
  @ArrayMaxSize(EVENT_LIMITS.stops.max)
  @ValidateNested({ each: true })
  stops?: EventStopInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'library pieces (CONTENT) the creator may read: press kit, background' })
  @IsOptional()
  @IsIdList(EVENT_LIMITS.materials.max)
  materialIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'joint topics the event produces coverage for' })
  @IsOptional()
  @IsIdList(EVENT_LIMITS.topics.max)
  topicIds?: string[] | null;
}

/** createEvent: a DRAFT the host prepares before publishing it. */
@InputType('NewEventInput')
export class NewEventInput {
  @Field(() => EventKindEnum)
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @Field(() => String)
  @IsText(EVENT_LIMITS.title)
  title: string;

  @Field(() => ID, { nullable: true, description: "the secretariat names any member as host; others host for their own member" })
  @IsOptional()
  @IsId()
  hostMemberId?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD, first day (alliance time)' })
  @IsCalendarDate()
  startsOn: string;

  @Field(() => String, { description: `YYYY-MM-DD, last day included; at most ${EVENT_LIMITS.days.max} days` })
  @IsCalendarDate()
  endsOn: string;

  @Field(() => String)
  @IsText(EVENT_LIMITS.place)
  place: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LATITUDE.min)
  @Max(LATITUDE.max)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(LONGITUDE.min)
  @Max(LONGITUDE.max)
  longitude?: number | null;

  @Field(() => String, { defaultValue: '' })
  @IsText({ ...EVENT_LIMITS.description, multiline: true })
  description: string;

  @Field(() => Int)
  @IsInt()
  @Min(EVENT_LIMITS.capacity.min)
  @Max(EVENT_LIMITS.capacity.max)
  capacity: number;

  @Field(() => Int)
  @IsInt()
  @Min(EVENT_LIMITS.placesPerMember.min)
  @Max(EVENT_LIMITS.placesPerMember.max)
  placesPerMember: number;

  @Field(() => Date, { description: 'before the end of the first day (alliance time)' })
  @IsInstant()
  registrationClosesAt: Date;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  invitesAllMembers: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(EVENT_LIMITS.invitedMembers.max)
  invitedMemberIds?: string[] | null;

  @Field(() => [EventStopInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(EVENT_LIMITS.stops.max)
  @ValidateNested({ each: true })
  stops?: EventStopInput[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(EVENT_LIMITS.materials.max)
  materialIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(EVENT_LIMITS.topics.max)
  topicIds?: string[] | null;
}

@InputType('EventFilter')
export class EventFilter {
  @Field(() => EventWhenEnum, { defaultValue: 'UPCOMING' })
  @IsIn(EVENT_WHEN)
  when: EventWhen;

  @Field(() => [EventKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(EVENT_KINDS.length)
  @IsIn(EVENT_KINDS, { each: true })
  kinds?: EventKind[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  hostMemberId?: string | null;
}
