import { ArrayMaxSize, IsIn, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CHANNEL_KINDS, COVERAGE_LIMITS, type ChannelKind } from '@yah/shared';
import { ChannelKindEnum } from '../../graphql/enums';

@InputType()
export class SubmissionInput {
  @Field(() => String)
  @Length(COVERAGE_LIMITS.submissionText.min, COVERAGE_LIMITS.submissionText.max)
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(COVERAGE_LIMITS.submissionLinks.max)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'links must be http(s) addresses' })
  links: string[];
}

@InputType()
export class PublicationInput {
  @Field(() => ID)
  @IsUUID()
  claimId: string;

  @Field(() => ID, { description: 'The member whose outlet ran the piece' })
  @IsUUID()
  memberId: string;

  @Field(() => ChannelKindEnum)
  @IsIn(CHANNEL_KINDS)
  channel: ChannelKind;

  @Field(() => String)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(500)
  url: string;

  @Field(() => Date)
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
