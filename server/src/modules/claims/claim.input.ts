import { IsIn, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CHANNEL_KINDS, COVERAGE_LIMITS, LIMITS, type ChannelKind } from '@yah/shared';
import { ChannelKindEnum } from '../../graphql/enums';
import { IsId, IsInstant, IsText, IsTextList } from '../../common/input/decorators';

@InputType()
export class SubmissionInput {
  @Field(() => String)
  @IsText({ ...COVERAGE_LIMITS.submissionText, multiline: true })
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList({ max: LIMITS.url.max, format: 'url' }, COVERAGE_LIMITS.submissionLinks)
  links: string[];
}

@InputType()
export class PublicationInput {
  @Field(() => ID)
  @IsId()
  claimId: string;

  @Field(() => ID, { description: 'The member whose outlet ran the piece' })
  @IsId()
  memberId: string;

  @Field(() => ChannelKindEnum)
  @IsIn(CHANNEL_KINDS)
  channel: ChannelKind;

  @Field(() => String)
  @IsText({ min: 1, max: LIMITS.url.max, format: 'url' })
  url: string;

  @Field(() => Date)
  @IsInstant()
  publishedAt: Date;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(COVERAGE_LIMITS.reach.max)
  views: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(COVERAGE_LIMITS.reach.max)
  shares: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(COVERAGE_LIMITS.reach.max)
  likes: number;
}
