import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ClaimState } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { ClaimStateEnum } from '../../graphql/enums';

@ObjectType('Claim', { description: "A reporter's slot on an assignment, and the work submitted for it" })
export class ClaimType {
  @Field(() => ID)
  id: string;

  @Field(() => ClaimStateEnum)
  state: ClaimState;

  @Field(() => String, { nullable: true })
  submissionText: string | null;

  @Field(() => [String])
  submissionLinks: string[];

  @Field(() => String, { nullable: true, description: "The editor's comment when changes were requested" })
  reviewComment: string | null;

  @Field(() => Date)
  claimedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an editor offered this slot to the reporter (null for a claim the reporter made)' })
  offeredAt: Date | null;

  @Field(() => String, { nullable: true, description: "The reporter's reason for declining an offer, when they gave one" })
  declineReason: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('ClaimConnection')
export class ClaimConnection extends Connection(ClaimType) {}
