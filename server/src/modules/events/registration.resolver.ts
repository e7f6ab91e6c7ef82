import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RegistrationAction } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { EventEntity, EventStopEntity } from './event.entity';
import { eventPolicy, registrationPolicy } from './event.policy';
import {
  EventCheckInType,
  EventParticipantType,
  EventPassType,
  EventRegistrationConnection,
  EventRegistrationType,
  EventStopType,
  EventType,
  MemberAttendanceType,
  RegistrationActionEnum,
} from './event.type';
import type { EventCheckInEntity, EventParticipantEntity, EventRegistrationEntity } from './registration.entity';
import { CheckInArgs, RegisterForEventArgs } from './registration.input';
import type { MemberAttendanceRow } from './registration.loaders';
import { isViewerInvited, phaseNow } from './event.service';

const loadEvent = (ctx: RequestContext, id: string): Promise<EventEntity> => mustLoad(ctx.loaders.eventById.load(id), 'event');

@Resolver(() => EventRegistrationType)
export class EventRegistrationResolver {
  @Mutation(() => EventRegistrationType, {
    description:
      "Adds people to the viewer's member's registration (creating it): accounts of the viewer's own member and guests. All-or-nothing: " +
      'CONFLICT MEMBER_PLACES_FULL, EVENT_FULL (unless joinWaitlist: then as many as fit are placed and the rest wait in order), ' +
      'REGISTRATION_CLOSED, ALREADY_REGISTERED; FORBIDDEN NOT_INVITED_TO_EVENT. A confirmed registration returns to PENDING.',
  })
  registerForEvent(@Ctx() ctx: RequestContext, @Args(() => RegisterForEventArgs) args: RegisterForEventArgs): Promise<EventRegistrationEntity> {
    return ctx.services.registrations.register(requireViewer(ctx), args, ctx.requestId);
  }

  @Mutation(() => EventRegistrationType, { description: 'One person leaves (until registration closes): their places go back and the waiting list moves up in order' })
  withdrawParticipant(@Ctx() ctx: RequestContext, @IdArg('participantId') participantId: string): Promise<EventRegistrationEntity> {
    return ctx.services.registrations.withdrawParticipant(requireViewer(ctx), participantId, ctx.requestId);
  }

  @Mutation(() => EventRegistrationType, { description: 'Everyone of the registration leaves (until registration closes); the waiting list moves up in order' })
  withdrawRegistration(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<EventRegistrationEntity> {
    return ctx.services.registrations.withdrawRegistration(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => EventRegistrationType, { description: "The host's staff or the secretariat confirm a PENDING registration" })
  confirmRegistration(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<EventRegistrationEntity> {
    return ctx.services.registrations.confirm(requireViewer(ctx), id, ctx.requestId);
  }

  @FieldResolver(() => EventType)
  event(@Root() registration: EventRegistrationEntity, @Ctx() ctx: RequestContext): Promise<EventEntity> {
    return loadEvent(ctx, registration.eventId);
  }

  @FieldResolver(() => MemberType)
  member(@Root() registration: EventRegistrationEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(registration.memberId), 'member');
  }

  @FieldResolver(() => PersonType, { nullable: true })
  registeredBy(@Root() registration: EventRegistrationEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return ctx.loaders.userById.load(registration.registeredById);
  }

  @FieldResolver(() => PersonType, { nullable: true })
  confirmedBy(@Root() registration: EventRegistrationEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return registration.confirmedById ? ctx.loaders.userById.load(registration.confirmedById) : Promise.resolve(null);
  }

  @FieldResolver(() => [EventParticipantType], { description: 'not withdrawn: PLACED first, then the waiting list in order' })
  participants(@Root() registration: EventRegistrationEntity, @Ctx() ctx: RequestContext): Promise<EventParticipantEntity[]> {
    return ctx.loaders.participantsByRegistration.load(registration.id);
  }

  @FieldResolver(() => [RegistrationActionEnum], { description: 'What the signed-in viewer may do with this registration now' })
  async viewerActions(@Root() registration: EventRegistrationEntity, @Ctx() ctx: RequestContext): Promise<RegistrationAction[]> {
    const event = await loadEvent(ctx, registration.eventId);
    return registrationPolicy.actions(requireViewer(ctx), registration, event, phaseNow(event));
  }
}

@Resolver(() => EventParticipantType)
export class EventParticipantResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'null for a guest' })
  user(@Root() participant: EventParticipantEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return participant.userId ? ctx.loaders.userById.load(participant.userId) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { description: "the account's display name, or the guest's name" })
  async name(@Root() participant: EventParticipantEntity, @Ctx() ctx: RequestContext): Promise<string> {
    if (!participant.userId) return participant.guestName ?? '';
    return (await mustLoad(ctx.loaders.userById.load(participant.userId), 'user')).displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: "a guest's job title; null for an account (its role says what it is)" })
  title(@Root() participant: EventParticipantEntity): string | null {
    return participant.userId ? null : participant.guestTitle;
  }

  @FieldResolver(() => MemberType)
  member(@Root() participant: EventParticipantEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(participant.memberId), 'member');
  }

  @FieldResolver(() => Int, { nullable: true, description: '1-based place in the waiting list; null unless WAITLISTED' })
  waitlistPosition(@Root() participant: EventParticipantEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    return participant.status === 'WAITLISTED' ? ctx.loaders.waitlistPositionByParticipant.load(participant.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [EventCheckInType])
  checkIns(@Root() participant: EventParticipantEntity, @Ctx() ctx: RequestContext): Promise<EventCheckInEntity[]> {
    return ctx.loaders.checkInsByParticipant.load(participant.id);
  }
}

@Resolver(() => EventCheckInType)
export class EventCheckInResolver {
  @Mutation(() => EventCheckInType, {
    description:
      "Checks a PLACED participant in at a stop: exactly one of userId, participantId or pass (the QR code's token; method QR). " +
      "stopId defaults to today's current stop in alliance time. The host's staff and the secretariat only. " +
      'BAD_USER_INPUT INVALID_PASS for a forged pass or one of another event; CONFLICT ALREADY_CHECKED_IN the second time at a stop.',
  })
  checkIn(@Ctx() ctx: RequestContext, @Args(() => CheckInArgs) args: CheckInArgs): Promise<EventCheckInEntity> {
    return ctx.services.checkIns.checkIn(requireViewer(ctx), args, ctx.requestId);
  }

  @Mutation(() => Boolean, { description: "Takes back a check-in made by mistake (the host's staff and the secretariat)" })
  undoCheckIn(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<boolean> {
    return ctx.services.checkIns.undo(requireViewer(ctx), id, ctx.requestId);
  }

  @FieldResolver(() => EventStopType)
  stop(@Root() checkIn: EventCheckInEntity, @Ctx() ctx: RequestContext): Promise<EventStopEntity> {
    return mustLoad(ctx.loaders.eventStopById.load(checkIn.stopId), 'event stop');
  }

  @FieldResolver(() => EventParticipantType)
  participant(@Root() checkIn: EventCheckInEntity, @Ctx() ctx: RequestContext): Promise<EventParticipantEntity> {
    return mustLoad(ctx.loaders.eventParticipantById.load(checkIn.participantId), 'event participant');
  }

  @FieldResolver(() => PersonType, { nullable: true })
  checkedInBy(@Root() checkIn: EventCheckInEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return ctx.loaders.userById.load(checkIn.checkedInById);
  }
}

/** The registration fields of an Event. */
@Resolver(() => EventType)
export class EventRegistrationFieldsResolver {
  @FieldResolver(() => EventRegistrationConnection, { description: "the host's staff and the secretariat: all not withdrawn; others: their own member's. Oldest first" })
  registrations(
    @Root() event: EventEntity,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<EventRegistrationEntity>> {
    return ctx.services.registrations.list(requireViewer(ctx), event, first, after);
  }

  @FieldResolver(() => EventRegistrationType, { nullable: true, description: "the viewer's member's registration, if any (not withdrawn)" })
  viewerRegistration(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<EventRegistrationEntity | null> {
    requireViewer(ctx);
    return ctx.loaders.viewerRegistrationByEvent.load(event.id);
  }

  @FieldResolver(() => [PersonType], { description: "the viewer's own member's active accounts not yet sent, whom the viewer may register (empty unless they may register); at most 100" })
  async registrableAccounts(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<UserEntity[]> {
    const viewer = requireViewer(ctx);
    const invited = isViewerInvited(viewer, event, event.invitesAllMembers ? [] : await ctx.loaders.invitedMemberIdsByEvent.load(event.id));
    if (!eventPolicy.mayRegister(viewer, invited)) return [];
    const ids = await ctx.loaders.registrableAccountIdsByEvent.load(event.id);
    return Promise.all(ids.map((id) => mustLoad(ctx.loaders.userById.load(id), 'account')));
  }

  @FieldResolver(() => EventPassType, { nullable: true, description: "the viewer's own pass when they are a PLACED participant" })
  async viewerPass(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<EventPassType | null> {
    requireViewer(ctx);
    const participant = await ctx.loaders.viewerPlacedParticipantByEvent.load(event.id);
    return participant ? { participantId: participant.id, token: await ctx.services.checkIns.passFor(participant) } : null;
  }

  @FieldResolver(() => [MemberAttendanceType], { description: 'per registered member, by name' })
  attendance(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<MemberAttendanceRow[]> {
    return ctx.loaders.attendanceByEvent.load(event.id);
  }

  @FieldResolver(() => Int)
  waitlistCount(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.waitlistCountByEvent.load(event.id);
  }

  @FieldResolver(() => Int, { description: "places the viewer's member holds (PLACED + WAITLISTED)" })
  viewerMemberPlaces(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<number> {
    requireViewer(ctx);
    return ctx.loaders.viewerMemberPlacesByEvent.load(event.id);
  }
}

@Resolver(() => MemberAttendanceType)
export class MemberAttendanceResolver {
  @FieldResolver(() => MemberType)
  member(@Root() row: MemberAttendanceRow, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(row.memberId), 'member');
  }
}
