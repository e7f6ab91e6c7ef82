import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { RESOURCE_LIMITS, RESOURCE_REQUEST_STATES, type ResourceRequestState } from '@yah/shared';
import { IsCalendarDate, IsId, IsText } from '../../common/input/decorators';
import { REQUEST_DIRECTIONS, RequestDirectionEnum, ResourceRequestStateEnum, type RequestDirection } from './resource-request.type';

@InputType()
export class ResourceRequestFilter {
  @Field(() => RequestDirectionEnum)
  @IsIn(REQUEST_DIRECTIONS)
  direction: RequestDirection;

  @Field(() => [ResourceRequestStateEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(RESOURCE_REQUEST_STATES.length)
  @IsIn(RESOURCE_REQUEST_STATES, { each: true })
  states?: ResourceRequestState[] | null;
}

@ArgsType()
export class RequestResourceArgs {
  @Field(() => ID)
  @IsId()
  resourceId: string;

  @Field(() => String, { description: 'What for, when, how' })
  @IsText({ ...RESOURCE_LIMITS.requestNote, multiline: true })
  note: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD alliance date it is needed on (not in the past); its capacity period is the one it uses' })
  @IsOptional()
  @IsCalendarDate()
  neededOn?: string | null;
}

@ArgsType()
export class DeclineResourceRequestArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String)
  @IsText({ ...RESOURCE_LIMITS.declineReason, multiline: true })
  reason: string;
}

@ArgsType()
export class FulfillResourceRequestArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String, { nullable: true, description: 'How it was delivered, e.g. where to get the full text of a headline-only piece' })
  @IsOptional()
  @IsText({ ...RESOURCE_LIMITS.fulfillmentNote, multiline: true, blankAsNull: true })
  note?: string | null;
}
