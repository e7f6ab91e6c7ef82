import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ChannelKind, TopicState } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { ChannelKindEnum, CoSponsorStatusEnum, TopicStateEnum } from '../../graphql/enums';
import type { CoSponsorStatus } from './topic.entity';

@ObjectType('Topic', { description: 'A joint topic (联合选题)' })
export class TopicType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  brief: string;

  @Field(() => [String])
  themes: string[];

  @Field(() => [String], { description: 'City names the coverage takes in' })
  cities: string[];

  @Field(() => String, { description: 'YYYY-MM-DD' })
  windowStart: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  windowEnd: string;

  @Field(() => [ChannelKindEnum])
  targetChannels: ChannelKind[];

  @Field(() => TopicStateEnum)
  state: TopicState;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => Int, { description: 'Pass back to updateTopic; a stale version gets CONFLICT' })
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('TopicConnection')
export class TopicConnection extends Connection(TopicType) {}

@ObjectType('CoSponsor')
export class CoSponsorType {
  @Field(() => CoSponsorStatusEnum)
  status: CoSponsorStatus;

  @Field(() => Date)
  invitedAt: Date;

  @Field(() => Date, { nullable: true })
  joinedAt: Date | null;
}

@ObjectType('AssignmentProgress')
export class AssignmentProgress {
  @Field(() => Int)
  assignments: number;

  @Field(() => Int)
  slots: number;

  @Field(() => Int, { description: 'Slots held by live claims' })
  claimed: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  accepted: number;
}

@ObjectType('Reach', { description: 'Publications of the topic and their reach, summed across members' })
export class Reach {
  @Field(() => Int)
  publications: number;

  @Field(() => Int)
  members: number;

  // Sums over any number of publications outgrow a 32-bit Int (three pieces of a billion views did):
  // Float holds every whole number up to 2^53 exactly and never overflows.
  @Field(() => Float, { description: 'Summed over the publications; a whole number' })
  views: number;

  @Field(() => Float, { description: 'Summed over the publications; a whole number' })
  shares: number;

  @Field(() => Float, { description: 'Summed over the publications; a whole number' })
  likes: number;
}

@ObjectType('Comment')
export class CommentType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('CommentConnection')
export class CommentConnection extends Connection(CommentType) {}

@ObjectType('TopicEvent', { description: 'Something changed on a topic' })
export class TopicEventType {
  @Field(() => ID)
  topicId: string;

  @Field(() => String, { description: 'UPDATED | ASSIGNMENT_CHANGED | CLAIM_CHANGED | COMMENT_ADDED' })
  kind: string;

  // `topic`, `assignment` and `comment` are resolved per subscriber (topic-events.resolver.ts).
}
