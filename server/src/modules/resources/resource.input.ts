import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  CAPACITY_PERIODS,
  EMBARGO_STATES,
  LIMITS,
  RESOURCE_AREAS,
  RESOURCE_LIMITS,
  type CapacityPeriod,
  type EmbargoState,
  type ResourceArea,
} from '@yah/shared';
import { IsCalendarDate, IsId, IsInstant, IsText, IsTextList } from '../../common/input/decorators';
import { OPTIONAL_PROVINCE_CODE, PROVINCE_CODE } from '../../common/input/text-rules';
import { PublicationFieldsInput } from '../claims/publication.input';
import type { ResourceMedia } from './resource.entity';
import { CapacityPeriodEnum, EmbargoStateEnum, MediaKindEnum, ResourceAreaEnum } from './resource.type';

const MEDIA_KINDS = ['IMAGE', 'VIDEO', 'AUDIO', 'FILE'] as const;

@InputType('ResourceMediaInput')
export class ResourceMediaInput {
  @Field(() => String)
  @IsText({ min: 1, max: LIMITS.url.max, format: 'url' })
  url: string;

  @Field(() => MediaKindEnum)
  @IsIn(MEDIA_KINDS)
  kind: ResourceMedia['kind'];

  @Field(() => String)
  @IsText({ min: 1, max: RESOURCE_LIMITS.mediaCredit.max })
  credit: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: RESOURCE_LIMITS.mediaCaption.max, blankAsNull: true })
  caption?: string | null;
}

/** shareResource / updateResource: what a member offers. The fields from `body` on are for library pieces (CONTENT) only. */
@InputType('ResourceInput')
export class ResourceInput {
  @Field(() => ResourceAreaEnum)
  @IsIn(RESOURCE_AREAS)
  area: ResourceArea;

  @Field(() => String)
  @IsText(RESOURCE_LIMITS.title)
  title: string;

  @Field(() => String)
  @IsText({ ...RESOURCE_LIMITS.description, multiline: true })
  description: string;

  @Field(() => String, { defaultValue: '' })
  @IsText({ ...RESOURCE_LIMITS.terms, multiline: true })
  terms: string;

  @Field(() => String, { defaultValue: '' })
  @IsText(RESOURCE_LIMITS.availability)
  availability: string;

  @Field(() => String, { defaultValue: '' })
  @IsText(RESOURCE_LIMITS.contact)
  contact: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(RESOURCE_LIMITS.capacity.min)
  @Max(RESOURCE_LIMITS.capacity.max)
  capacityPerPeriod?: number | null;

  @Field(() => CapacityPeriodEnum, { nullable: true })
  @IsOptional()
  @IsIn(CAPACITY_PERIODS)
  capacityPeriod?: CapacityPeriod | null;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList(RESOURCE_LIMITS.theme, RESOURCE_LIMITS.themes)
  themes: string[];

  @Field(() => [String], { defaultValue: [], description: 'GB/T 2260 codes of the provinces it concerns' })
  @IsTextList(PROVINCE_CODE, RESOURCE_LIMITS.provinces)
  provinceCodes: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsTextList(RESOURCE_LIMITS.city, RESOURCE_LIMITS.cities)
  cities: string[];

  @Field(() => String, { defaultValue: '', description: 'CONTENT only from here on. HTML; the server keeps a sanitised copy' })
  @IsText({ max: RESOURCE_LIMITS.body.max, multiline: true })
  body: string;

  @Field(() => String, { defaultValue: '' })
  @IsText(RESOURCE_LIMITS.byline)
  byline: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.url.max, format: 'url', blankAsNull: true })
  originalUrl?: string | null;

  @Field(() => [ResourceMediaInput], { defaultValue: [] })
  @ArrayMaxSize(RESOURCE_LIMITS.media.max)
  @ValidateNested({ each: true })
  media: ResourceMediaInput[];

  @Field(() => String, { defaultValue: '' })
  @IsText(RESOURCE_LIMITS.creditLine)
  creditLine: string;

  @Field(() => [String], { defaultValue: [], description: 'GB/T 2260 codes of the provinces where it may not run' })
  @IsTextList(PROVINCE_CODE, RESOURCE_LIMITS.provinces)
  excludedProvinceCodes: string[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  noResyndication: boolean;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsInstant()
  embargoUntil?: Date | null;
}

@InputType('ResourceFilter')
export class ResourceFilter {
  @Field(() => ResourceAreaEnum, { nullable: true })
  @IsOptional()
  @IsIn(RESOURCE_AREAS)
  area?: ResourceArea | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(OPTIONAL_PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: RESOURCE_LIMITS.theme.max, blankAsNull: true })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese, pinyin or English; title, summary, themes and cities always; bodies only where the viewer may read them' })
  @IsOptional()
  @IsText({ max: LIMITS.search.max, blankAsNull: true })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive calendar date (alliance time) on createdAt' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => EmbargoStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(EMBARGO_STATES)
  embargo?: EmbargoState | null;

  @Field(() => Boolean, { nullable: true, description: "Only my member's" })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Include WITHDRAWN (owner member only sees its withdrawn ones)' })
  @IsOptional()
  @IsBoolean()
  includeWithdrawn?: boolean | null;
}

/** recordRepublication: where another member ran a library piece, with its reach. */
@InputType('RepublicationInput')
export class RepublicationInput extends PublicationFieldsInput {
  @Field(() => ID)
  @IsId()
  resourceId: string;
}
