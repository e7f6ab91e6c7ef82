import { ArrayMaxSize, IsDateString, IsIn, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { LIMITS, type AllianceRole, type ChannelKind, type OutletKind } from '@yah/shared';
import { AllianceRoleEnum, ChannelKindEnum, OutletKindEnum } from '../../graphql/enums';

const { latitude, longitude } = LIMITS.beltBounds;
const LATITUDE_MESSAGE = `latitude must lie within the Yangtze River Economic Belt (${latitude.min}–${latitude.max}°N)`;
const LONGITUDE_MESSAGE = `longitude must lie within the Yangtze River Economic Belt (${longitude.min}–${longitude.max}°E)`;

@InputType()
export class ChannelInput {
  @Field(() => ChannelKindEnum)
  kind: ChannelKind;

  @Field(() => String)
  @Length(LIMITS.channelName.min, LIMITS.channelName.max)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(LIMITS.url.max)
  url?: string | null;
}

@InputType()
export class AdmitMemberInput {
  @Field(() => String, { description: 'Pinyin of the city, lower case, e.g. "jingzhou"' })
  @Length(LIMITS.slug.min, LIMITS.slug.max)
  @Matches(LIMITS.slug.pattern, { message: 'slug must be lower-case pinyin letters, digits or hyphens' })
  slug: string;

  @Field(() => String)
  @Length(LIMITS.memberName.min, LIMITS.memberName.max)
  nameZh: string;

  @Field(() => String)
  @Length(LIMITS.memberName.min, LIMITS.memberName.max)
  nameEn: string;

  @Field(() => String)
  @Length(LIMITS.cityName.min, LIMITS.cityName.max)
  cityZh: string;

  @Field(() => String)
  @Length(LIMITS.cityName.min, LIMITS.cityName.max)
  cityEn: string;

  @Field(() => String)
  @Matches(/^\d{6}$/, { message: 'provinceCode must be a 6-digit GB/T 2260 code' })
  provinceCode: string;

  @Field(() => OutletKindEnum)
  outletKind: OutletKind;

  @Field(() => AllianceRoleEnum, { defaultValue: 'MEMBER' })
  @IsIn(['CHAIR', 'VICE_CHAIR', 'MEMBER'], { message: 'a new member may be chair, vice-chair or member' })
  allianceRole: AllianceRole;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'joinedOn must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'joinedOn must be a date (YYYY-MM-DD)' })
  joinedOn: string;

  @Field(() => Float)
  @Min(LIMITS.beltBounds.latitude.min, { message: LATITUDE_MESSAGE })
  @Max(LIMITS.beltBounds.latitude.max, { message: LATITUDE_MESSAGE })
  latitude: number;

  @Field(() => Float)
  @Min(LIMITS.beltBounds.longitude.min, { message: LONGITUDE_MESSAGE })
  @Max(LIMITS.beltBounds.longitude.max, { message: LONGITUDE_MESSAGE })
  longitude: number;

  @Field(() => [ChannelInput], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.channelsPerMember.max)
  @ValidateNested({ each: true })
  channels: ChannelInput[];
}
