import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RESOURCE_REQUEST_ACTIONS, RESOURCE_REQUEST_STATES, type ResourceRequestState } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';

export const ResourceRequestStateEnum = enumOf(RESOURCE_REQUEST_STATES);
export const ResourceRequestActionEnum = enumOf(RESOURCE_REQUEST_ACTIONS);
export const REQUEST_DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;
export type RequestDirection = (typeof REQUEST_DIRECTIONS)[number];
export const RequestDirectionEnum = enumOf(REQUEST_DIRECTIONS);

registerEnumType(ResourceRequestStateEnum, { name: 'ResourceRequestState', description: 'PENDING → APPROVED | DECLINED; APPROVED → FULFILLED; CANCELLED by the requester while open' });
registerEnumType(ResourceRequestActionEnum, { name: 'ResourceRequestAction', description: 'What the viewer may do with a request' });
registerEnumType(RequestDirectionEnum, { name: 'RequestDirection', description: "INCOMING: for my member's resources; OUTGOING: my member asked" });

@ObjectType('ResourceRequest', { description: "A member asking another for one of its resources (or a headline-only piece's full text)" })
export class ResourceRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => ResourceRequestStateEnum)
  state: ResourceRequestState;

  @Field(() => String)
  note: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD alliance date it is needed on' })
  neededOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD first day of the capacity period it holds a unit of' })
  periodStart: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => Date, { nullable: true })
  fulfilledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How the owner delivered it (e.g. where to get the full text)' })
  fulfillmentNote: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('ResourceRequestConnection')
export class ResourceRequestConnection extends Connection(ResourceRequestType) {}

@ObjectType('ResourceRequestCounts', {
  description: "Badge counts: incoming = my member's resources waiting for me to decide/fulfil (PENDING+APPROVED), outgoing = my member's open requests",
})
export class ResourceRequestCounts {
  @Field(() => Int)
  incomingPending: number;

  @Field(() => Int)
  incomingApproved: number;

  @Field(() => Int)
  outgoingOpen: number;
}
