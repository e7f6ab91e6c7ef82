import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  CHARTER_LIMITS,
  FILE_LIMITS,
  COMMITMENT_METRICS,
  EVIDENCE_STATES,
  LIMITS,
  PERIOD_KINDS,
  RESOURCE_AREAS,
  type CommitmentMetric,
  type EvidenceState,
  type PeriodKind,
  type ResourceArea,
} from '@yah/shared';
import { IsId, IsIdList, IsText, IsTextList } from '../../common/input/decorators';
import { ResourceAreaEnum } from '../resources/resource.type';
import { CommitmentMetricEnum, EvidenceStateEnum, PeriodKindEnum } from './charter.type';

/** Article numbers the charter uses: 1 and up (a charter has at most CHARTER_LIMITS.articles, numbered with room for gaps). */
export const ARTICLE_NUMBER = { min: 1, max: 999 } as const;
const DESCRIPTION = { max: CHARTER_LIMITS.commitmentDescription, multiline: true, blankAsNull: true } as const;

@InputType('CharterArticleInput')
export class CharterArticleInput {
  @Field(() => Int, { description: `1–${ARTICLE_NUMBER.max}, unique in the version` })
  @IsInt()
  @Min(ARTICLE_NUMBER.min)
  @Max(ARTICLE_NUMBER.max)
  number: number;

  @Field(() => String)
  @IsText({ min: 1, max: CHARTER_LIMITS.articleTitle })
  title: string;

  @Field(() => String)
  @IsText({ min: 1, max: CHARTER_LIMITS.articleBody, multiline: true })
  body: string;

  @Field(() => ResourceAreaEnum, { nullable: true, description: 'For the articles on the five areas of sharing' })
  @IsOptional()
  @IsIn(RESOURCE_AREAS)
  area?: ResourceArea | null;
}

@InputType('PublishCharterInput')
export class PublishCharterInput {
  @Field(() => Int, { nullable: true, description: 'The version the edit started from; null for the first publication (CONFLICT STALE_VERSION otherwise)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number | null;

  @Field(() => String, { description: 'What changed and why' })
  @IsText({ min: 1, max: CHARTER_LIMITS.changeNote, multiline: true })
  changeNote: string;

  @Field(() => [CharterArticleInput], { description: `The whole charter: 1–${CHARTER_LIMITS.articles} articles` })
  @ArrayMinSize(1)
  @ArrayMaxSize(CHARTER_LIMITS.articles)
  @ValidateNested({ each: true })
  articles: CharterArticleInput[];
}

@InputType('OpenPeriodInput')
export class OpenPeriodInput {
  @Field(() => PeriodKindEnum)
  @IsIn(PERIOD_KINDS)
  kind: PeriodKind;

  @Field(() => Int, { description: `${CHARTER_LIMITS.yearMin}–${CHARTER_LIMITS.yearMax}` })
  @IsInt()
  @Min(CHARTER_LIMITS.yearMin)
  @Max(CHARTER_LIMITS.yearMax)
  year: number;

  @Field(() => Int, { nullable: true, description: '1–4 for a QUARTER; none for a YEAR' })
  @IsOptional()
  @IsInt()
  quarter?: number | null;
}

/** What the secretariat writes of a commitment, on creating it and on every edit. */
@InputType()
export class CommitmentFieldsInput {
  @Field(() => String)
  @IsText({ min: 1, max: CHARTER_LIMITS.commitmentTitle })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(DESCRIPTION)
  description?: string | null;

  @Field(() => Int, { description: `0–${CHARTER_LIMITS.target}; for ON_TIME_RATE a percentage (at most 100)` })
  @IsInt()
  @Min(0)
  @Max(CHARTER_LIMITS.target)
  defaultTarget: number;

  @Field(() => Int, { description: `${CHARTER_LIMITS.weightMin}–${CHARTER_LIMITS.weightMax}` })
  @IsInt()
  @Min(CHARTER_LIMITS.weightMin)
  @Max(CHARTER_LIMITS.weightMax)
  weight: number;
}

/** The fields of a commitment the secretariat may change after creating it (the metric and period stay). */
@InputType('CommitmentUpdateInput')
export class CommitmentUpdateInput extends CommitmentFieldsInput {
  @Field(() => Int, { description: 'The version the edit started from (CONFLICT STALE_VERSION when stale)' })
  @IsInt()
  version: number;
}

@InputType('CommitmentInput')
export class CommitmentInput extends CommitmentFieldsInput {
  @Field(() => ID)
  @IsId()
  periodId: string;

  @Field(() => CommitmentMetricEnum)
  @IsIn(COMMITMENT_METRICS)
  metric: CommitmentMetric;
}

@InputType('EvidenceInput')
export class EvidenceInput {
  @Field(() => ID, { description: 'A MANUAL commitment' })
  @IsId()
  commitmentId: string;

  @Field(() => ID, { nullable: true, description: "The secretariat names the member; everyone else gives evidence for their own member (the default)" })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => String)
  @IsText({ min: 1, max: CHARTER_LIMITS.evidenceText, multiline: true })
  text: string;

  @Field(() => [String], { nullable: true, description: `http(s) addresses, at most ${CHARTER_LIMITS.evidenceLinks}` })
  @IsOptional()
  @IsTextList({ max: LIMITS.url.max, format: 'url' }, { max: CHARTER_LIMITS.evidenceLinks })
  links?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Files the caller uploaded (complete, attached nowhere else), at most ${FILE_LIMITS.filesPerEvidence}` })
  @IsOptional()
  @IsIdList(FILE_LIMITS.filesPerEvidence)
  fileIds?: string[] | null;
}

@InputType('EvidenceFilter')
export class EvidenceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  periodId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => EvidenceStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(EVIDENCE_STATES)
  state?: EvidenceState | null;
}

/** decideCommitmentEvidence's note (a plain argument, checked by TextArg). */
export const DECISION_NOTE = { max: CHARTER_LIMITS.decisionNote, multiline: true, blankAsNull: true } as const;
