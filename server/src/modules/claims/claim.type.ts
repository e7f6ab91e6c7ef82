import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ChannelKind, ClaimState } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { ChannelKindEnum, ClaimStateEnum } from '../../graphql/enums';

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

  @Field(() => Int)
  version: number;
}

@ObjectType('ClaimConnection')
export class ClaimConnection extends Connection(ClaimType) {}

@ObjectType('Publication', { description: 'An accepted piece as it ran at a member outlet (刊发记录)' })
export class PublicationType {
  @Field(() => ID)
  id: string;

  @Field(() => ChannelKindEnum)
  channel: ChannelKind;

  @Field(() => String)
  url: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Int)
  views: number;

  @Field(() => Int)
  shares: number;

  @Field(() => Int)
  likes: number;
}
