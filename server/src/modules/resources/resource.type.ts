import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CAPACITY_PERIODS,
  EMBARGO_STATES,
  RESOURCE_ACTIONS,
  RESOURCE_AREAS,
  RESOURCE_SOURCES,
  RESOURCE_STATUSES,
  type CapacityPeriod,
  type ResourceArea,
  type ResourceSource,
  type ResourceStatus,
} from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';

export const ResourceAreaEnum = enumOf(RESOURCE_AREAS);
export const ResourceStatusEnum = enumOf(RESOURCE_STATUSES);
export const ResourceSourceEnum = enumOf(RESOURCE_SOURCES);
export const CapacityPeriodEnum = enumOf(CAPACITY_PERIODS);
export const EmbargoStateEnum = enumOf(EMBARGO_STATES);
export const ResourceActionEnum = enumOf(RESOURCE_ACTIONS);
export const MediaKindEnum = enumOf(['IMAGE', 'VIDEO', 'AUDIO', 'FILE'] as const);

registerEnumType(ResourceAreaEnum, { name: 'ResourceArea', description: "The charter's five areas of sharing: 平台、资源（内容）、渠道、技术服务、产业" });
registerEnumType(ResourceStatusEnum, { name: 'ResourceStatus' });
registerEnumType(ResourceSourceEnum, { name: 'ResourceSource', description: 'How a library piece arrived' });
registerEnumType(CapacityPeriodEnum, { name: 'CapacityPeriod', description: 'The period a capacity counts over, in alliance time' });
registerEnumType(EmbargoStateEnum, { name: 'EmbargoState' });
registerEnumType(ResourceActionEnum, { name: 'ResourceAction', description: 'What the viewer may do with a resource' });
registerEnumType(MediaKindEnum, { name: 'MediaKind' });

@ObjectType('ReuseRule', { description: "One of the alliance's standard reuse rules for library pieces" })
export class ReuseRuleType {
  @Field(() => String)
  zh: string;

  @Field(() => String)
  en: string;
}

@ObjectType('ResourceMedia', { description: 'A photo, video or file that goes with a library piece' })
export class ResourceMediaType {
  @Field(() => String)
  url: string;

  @Field(() => MediaKindEnum)
  kind: 'IMAGE' | 'VIDEO' | 'AUDIO' | 'FILE';

  @Field(() => String)
  credit: string;

  @Field(() => String, { nullable: true })
  caption: string | null;
}

/**
 * Something a member offers the alliance (共享资源). The fields here are what every signed-in member may read;
 * the body, media, byline, original link and package are field resolvers that hold them back under embargo.
 */
@ObjectType('Resource', { description: 'Something a member offers the alliance in one of the five areas; CONTENT ones are library pieces (稿件库)' })
export class ResourceType {
  @Field(() => ID)
  id: string;

  @Field(() => ResourceAreaEnum)
  area: ResourceArea;

  @Field(() => ResourceStatusEnum)
  status: ResourceStatus;

  @Field(() => ResourceSourceEnum)
  source: ResourceSource;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'What it is; for a library piece, its summary. Visible to every member, embargo or not' })
  description: string;

  @Field(() => String, { description: "The owner's own terms (for library pieces, on top of the standard reuse rules)" })
  terms: string;

  @Field(() => String)
  availability: string;

  @Field(() => String)
  contact: string;

  @Field(() => Int, { nullable: true, description: 'Requests it can take per period; null when unlimited' })
  capacityPerPeriod: number | null;

  @Field(() => CapacityPeriodEnum, { nullable: true })
  capacityPeriod: CapacityPeriod | null;

  @Field(() => [String])
  themes: string[];

  @Field(() => [String], { description: 'GB/T 2260 codes of the provinces it concerns' })
  provinceCodes: string[];

  @Field(() => [String])
  cities: string[];

  @Field(() => Date, { nullable: true, description: 'Until then other members see only title, summary and owner' })
  embargoUntil: Date | null;

  @Field(() => String, { description: 'How republishers must credit it, beyond the byline and outlet' })
  creditLine: string;

  @Field(() => [String], { description: 'GB/T 2260 codes of the provinces where it may not run' })
  excludedProvinceCodes: string[];

  @Field(() => Boolean, { description: 'Republishers may not pass it on to third parties' })
  noResyndication: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('ResourceConnection')
export class ResourceConnection extends Connection(ResourceType) {}

@ObjectType('RepublicationPackage', { description: 'The ready-to-paste package for republishing a library piece (null until the viewer may see the body)' })
export class RepublicationPackageType {
  @Field(() => String)
  headline: string;

  @Field(() => String)
  byline: string;

  @Field(() => String, { description: 'headline, byline, clean body, media with credits, the credit line and the attribution line with the original link — as HTML' })
  html: string;

  @Field(() => String, { description: 'the same as plain text' })
  text: string;

  @Field(() => String, { description: 'e.g. 来源：荆州日报社（荆州融媒） 原文链接：https://…' })
  attribution: string;
}

@ObjectType('ExchangeBalance', { description: "A member's give and take in the exchange (the numbers the charter's commitments are later measured on)" })
export class ExchangeBalanceType {
  @Field(() => Int, { description: 'Active library pieces it offers' })
  piecesOffered: number;

  @Field(() => Int, { description: 'Active resources of the other four areas it offers' })
  resourcesOffered: number;

  @Field(() => Int, { description: "Republication records of other members' library pieces at this member's outlets (a piece run at two places counts twice)" })
  republishedFromOthers: number;

  @Field(() => Int, { description: "Republication records of this member's library pieces at other members' outlets (counted as republishedFromOthers is)" })
  republishedByOthers: number;

  @Field(() => Int)
  requestsFulfilledForOthers: number;

  @Field(() => Int)
  requestsReceivedFulfilled: number;
}

@ObjectType('ResourceEvent')
export class ResourceEventType {
  @Field(() => String, { description: 'UPDATED | REPUBLISHED | REQUEST_CHANGED' })
  kind: string;

  @Field(() => ID)
  resourceId: string;
}
