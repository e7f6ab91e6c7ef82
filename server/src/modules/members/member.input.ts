import { ArrayMaxSize, IsIn, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { LIMITS, type AllianceRole, type ChannelKind, type OutletKind } from '@yah/shared';
import { AllianceRoleEnum, ChannelKindEnum, OutletKindEnum } from '../../graphql/enums';
import { IsCalendarDate, IsText } from '../../common/input/decorators';
import { PROVINCE_CODE } from '../../common/input/text-rules';

const { latitude, longitude } = LIMITS.beltBounds;
const LATITUDE_MESSAGE = `latitude must lie within the Yangtze River Economic Belt (${latitude.min}–${latitude.max}°N)`;
const LONGITUDE_MESSAGE = `longitude must lie within the Yangtze River Economic Belt (${longitude.min}–${longitude.max}°E)`;

@InputType()
export class ChannelInput {
  @Field(() => ChannelKindEnum)
  kind: ChannelKind;

  @Field(() => String)
  @IsText(LIMITS.channelName)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.url.max, format: 'url', blankAsNull: true })
  url?: string | null;
}

@InputType()
export class AdmitMemberInput {
  @Field(() => String, { description: 'Pinyin of the city, lower case, e.g. "jingzhou"' })
  @IsText({ ...LIMITS.slug, format: { pattern: LIMITS.slug.pattern, message: 'must be lower-case pinyin letters, digits or hyphens' } })
  slug: string;

  @Field(() => String)
  @IsText(LIMITS.memberName)
  nameZh: string;

  @Field(() => String)
  @IsText(LIMITS.memberName)
  nameEn: string;

  @Field(() => String)
  @IsText(LIMITS.cityName)
  cityZh: string;

  @Field(() => String)
  @IsText(LIMITS.cityName)
  cityEn: string;

  @Field(() => String)
  @IsText(PROVINCE_CODE)
  provinceCode: string;

  @Field(() => OutletKindEnum)
  outletKind: OutletKind;

  @Field(() => AllianceRoleEnum, { defaultValue: 'MEMBER' })
  @IsIn(['CHAIR', 'VICE_CHAIR', 'MEMBER'], { message: 'a new member may be chair, vice-chair or member' })
  allianceRole: AllianceRole;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
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
