import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { EVENT_LIMITS } from '@yah/shared';
import { IsId, IsIdList, IsText } from '../../common/input/decorators';

/** The most characters a pass token can have: base64url of `v1.<uuid>.<uuid>` (100 bytes), a dot and a 43-character signature. */
export const PASS_TOKEN_MAX = 200;

@InputType('GuestInput', { description: 'Someone a member sends who has no account here' })
export class GuestInput {
  @Field(() => String)
  @IsText(EVENT_LIMITS.guestName)
  name: string;

  @Field(() => String, { nullable: true, description: 'job title, e.g. 摄影记者' })
  @IsOptional()
  @IsText({ ...EVENT_LIMITS.guestTitle, blankAsNull: true })
  title?: string | null;
}

@ArgsType()
export class RegisterForEventArgs {
  @Field(() => ID)
  @IsId()
  eventId: string;

  @Field(() => [ID], { description: "accounts of the viewer's own member, each at most once" })
  @IsIdList(EVENT_LIMITS.participantsPerRequest.max)
  participantIds: string[];

  @Field(() => [GuestInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(EVENT_LIMITS.participantsPerRequest.max)
  @ValidateNested({ each: true })
  guests?: GuestInput[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'when the event is full, those who do not fit wait in order instead of the call failing' })
  @IsBoolean()
  joinWaitlist: boolean;
}

@ArgsType()
export class CheckInArgs {
  @Field(() => ID)
  @IsId()
  eventId: string;

  @Field(() => ID, { nullable: true, description: 'the participant’s account' })
  @IsOptional()
  @IsId()
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  participantId?: string | null;

  @Field(() => String, { nullable: true, description: "the token of the participant's pass (their QR code)" })
  @IsOptional()
  @IsText({ min: 1, max: PASS_TOKEN_MAX })
  pass?: string | null;

  @Field(() => ID, { nullable: true, description: "defaults to today's current stop in alliance time" })
  @IsOptional()
  @IsId()
  stopId?: string | null;
}
