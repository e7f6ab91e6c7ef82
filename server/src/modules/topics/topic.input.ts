import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CHANNEL_KINDS, COVERAGE_LIMITS, LIMITS, TOPIC_STATES, type ChannelKind, type TopicState } from '@yah/shared';
import { ChannelKindEnum, TopicStateEnum } from '../../graphql/enums';
import { IsCalendarDate, IsText, IsTextList } from '../../common/input/decorators';
import { OPTIONAL_PROVINCE_CODE, PROVINCE_CODE } from '../../common/input/text-rules';

@InputType()
export class TopicInput {
  @Field(() => String)
  @IsText(COVERAGE_LIMITS.topicTitle)
  title: string;

  @Field(() => String)
  @IsText({ ...COVERAGE_LIMITS.topicBrief, multiline: true })
  brief: string;

  @Field(() => [String])
  @IsTextList({ max: COVERAGE_LIMITS.themes.each }, COVERAGE_LIMITS.themes)
  themes: string[];

  @Field(() => [String], { description: 'GB/T 2260 codes of the provinces covered' })
  @IsTextList(PROVINCE_CODE, { min: 1, max: 11 })
  provinceCodes: string[];

  @Field(() => [String])
  @IsTextList(LIMITS.cityName, COVERAGE_LIMITS.cities)
  cities: string[];

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  windowStart: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  windowEnd: string;

  @Field(() => [ChannelKindEnum])
  @ArrayMaxSize(CHANNEL_KINDS.length)
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
  @IsText(OPTIONAL_PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: COVERAGE_LIMITS.themes.each, blankAsNull: true })
  theme?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only topics my member proposes or co-sponsors" })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.search.max, blankAsNull: true })
  search?: string | null;
}
