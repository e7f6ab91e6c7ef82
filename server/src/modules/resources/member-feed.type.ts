import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('MemberFeed', { description: "A member's RSS/Atom feed, polled into the content library" })
export class MemberFeedType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => String, { description: "The feed's own title, once read" })
  title: string;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => [String], { description: 'Themes every ingested piece gets' })
  themes: string[];

  @Field(() => Date, { nullable: true })
  lastPolledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'null: never polled; empty: fine; otherwise the reason' })
  lastError: string | null;

  @Field(() => Int)
  itemsIngested: number;

  @Field(() => Date)
  nextPollAt: Date;

  @Field(() => Date)
  createdAt: Date;
}
