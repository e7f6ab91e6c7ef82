import { IsIn, IsInt, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CHANNEL_KINDS, LIMITS, PUBLICATION_LIMITS, type ChannelKind } from '@yah/shared';
import { ChannelKindEnum } from '../../graphql/enums';

/** Where and when a piece ran, and its reach: what a recorder may also correct later. */
@InputType()
export class PublicationFieldsInput {
  @Field(() => ID, { description: 'The member whose outlet ran the piece' })
  @IsUUID()
  memberId: string;

  @Field(() => ChannelKindEnum)
  @IsIn(CHANNEL_KINDS)
  channel: ChannelKind;

  @Field(() => String)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(LIMITS.url.max)
  url: string;

  @Field(() => Date)
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
  @IsUUID()
  claimId: string;
}
