import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CHANNEL_KINDS, LIMITS, PUBLICATION_LIMITS, type ChannelKind } from '@yah/shared';
import { ChannelKindEnum } from '../../graphql/enums';
import { IsId, IsInstant, IsText } from '../../common/input/decorators';

/** Where and when a piece ran, and its reach: what a recorder may also correct later. */
@InputType()
export class PublicationFieldsInput {
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
  @IsInt()
  @Min(PUBLICATION_LIMITS.views.min)
  @Max(PUBLICATION_LIMITS.views.max)
  views: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(PUBLICATION_LIMITS.shares.min)
  @Max(PUBLICATION_LIMITS.shares.max)
  shares: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(PUBLICATION_LIMITS.likes.min)
  @Max(PUBLICATION_LIMITS.likes.max)
  likes: number;
}

@InputType()
export class PublicationInput extends PublicationFieldsInput {
  @Field(() => ID)
  @IsId()
  claimId: string;
}
