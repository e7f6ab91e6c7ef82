import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AssignmentFormat, AssignmentStatus, ChannelKind, ClaimState } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { AssignmentFormatEnum, AssignmentStatusEnum, ChannelKindEnum, ClaimStateEnum } from '../../graphql/enums';

@ObjectType('Assignment', { description: 'A piece of work within a topic (采访任务)' })
export class AssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  brief: string;

  @Field(() => AssignmentFormatEnum)
  format: AssignmentFormat;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int)
  slots: number;

  @Field(() => AssignmentStatusEnum)
  status: AssignmentStatus;

  @Field(() => Int)
  version: number;
}

@ObjectType('AssignmentConnection')
export class AssignmentConnection extends Connection(AssignmentType) {}

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
