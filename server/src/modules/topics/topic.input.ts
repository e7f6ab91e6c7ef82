import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { COVERAGE_LIMITS, TOPIC_STATES, type ChannelKind, type TopicState } from '@yah/shared';
import { ChannelKindEnum, TopicStateEnum } from '../../graphql/enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class TopicInput {
  @Field(() => String)
  @Length(COVERAGE_LIMITS.topicTitle.min, COVERAGE_LIMITS.topicTitle.max)
  title: string;

  @Field(() => String)
  @Length(COVERAGE_LIMITS.topicBrief.min, COVERAGE_LIMITS.topicBrief.max)
  brief: string;

  @Field(() => [String])
  @ArrayMaxSize(COVERAGE_LIMITS.themes.max)
  @Length(1, COVERAGE_LIMITS.themes.each, { each: true })
  themes: string[];

  @Field(() => [String], { description: 'GB/T 2260 codes of the provinces covered' })
  @ArrayMinSize(1, { message: 'name at least one province' })
  @ArrayMaxSize(11)
  @Matches(/^\d{6}$/, { each: true, message: 'provinceCodes must be 6-digit codes' })
  provinceCodes: string[];

  @Field(() => [String])
  @ArrayMaxSize(COVERAGE_LIMITS.cities.max)
  @Length(1, 40, { each: true })
  cities: string[];

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'windowStart must be a date (YYYY-MM-DD)' })
  windowStart: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'windowEnd must be a date (YYYY-MM-DD)' })
  windowEnd: string;

  @Field(() => [ChannelKindEnum])
  @ArrayMaxSize(7)
  targetChannels: ChannelKind[];
}

@InputType()
export class TopicFilter {
  @Field(() => [TopicStateEnum], { nullable: true })
  @IsOptional()
  @IsIn(TOPIC_STATES, { each: true })
  states?: TopicState[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COVERAGE_LIMITS.themes.each)
  theme?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only topics my member proposes or co-sponsors" })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  search?: string | null;
}
