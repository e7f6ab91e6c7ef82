import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  INNOVATION_AWARDS,
  INNOVATION_CATEGORIES,
  INNOVATION_LIMITS,
  INNOVATION_PROJECT_STATUSES,
  INNOVATION_ROUND_STATUSES,
  LIMITS,
  RESOURCE_LIMITS,
  type InnovationAward,
  type InnovationCategory,
  type InnovationProjectStatus,
  type InnovationRoundStatus,
} from '@yah/shared';
import { IsId, IsIdList, IsInstant, IsText, IsTextList } from '../../common/input/decorators';
import { InnovationAwardEnum, InnovationCategoryEnum, InnovationProjectStatusEnum, InnovationRoundStatusEnum } from './innovation.type';

const YEARS = { min: 2000, max: 2100 };
const URL_RULES = { min: 1, max: LIMITS.url.max, format: 'url' } as const;

@InputType('InnovationCriterionInput')
export class InnovationCriterionInput {
  @Field(() => String)
  @IsText(INNOVATION_LIMITS.criterionName)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ ...INNOVATION_LIMITS.criterionDescription, multiline: true, blankAsNull: true })
  description?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(INNOVATION_LIMITS.criterionMaxScore.min)
  @Max(INNOVATION_LIMITS.criterionMaxScore.max)
  maxScore: number;
}

@InputType('InnovationMediaInput')
export class InnovationMediaInput {
  @Field(() => String)
  @IsText(URL_RULES)
  url: string;

  @Field(() => String)
  @IsText({ min: 1, max: RESOURCE_LIMITS.mediaCredit.max })
  credit: string;
}

@InputType('NewInnovationRoundInput')
export class NewInnovationRoundInput {
  @Field(() => String)
  @IsText(INNOVATION_LIMITS.roundTitle)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(YEARS.min)
  @Max(YEARS.max)
  year: number;

  @Field(() => [InnovationCriterionInput])
  @ArrayMinSize(INNOVATION_LIMITS.criteria.min)
  @ArrayMaxSize(INNOVATION_LIMITS.criteria.max)
  @ValidateNested({ each: true })
  criteria: InnovationCriterionInput[];

  @Field(() => Date, { description: 'When submissions close' })
  @IsInstant()
  submissionsCloseAt: Date;
}

@InputType('InnovationRoundChangesInput', { description: 'Only while the round is OPEN' })
export class InnovationRoundChangesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(INNOVATION_LIMITS.roundTitle)
  title?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(YEARS.min)
  @Max(YEARS.max)
  year?: number | null;

  @Field(() => [InnovationCriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(INNOVATION_LIMITS.criteria.min)
  @ArrayMaxSize(INNOVATION_LIMITS.criteria.max)
  @ValidateNested({ each: true })
  criteria?: InnovationCriterionInput[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsInstant()
  submissionsCloseAt?: Date | null;
}

@ArgsType()
export class UpdateInnovationRoundArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => InnovationRoundChangesInput)
  @ValidateNested()
  input: InnovationRoundChangesInput;
}

@ArgsType()
export class SetInnovationPanelArgs {
  @Field(() => ID)
  @IsId()
  roundId: string;

  @Field(() => [ID])
  @IsIdList(INNOVATION_LIMITS.panel.max)
  userIds: string[];
}

@ArgsType()
export class MoveInnovationRoundArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => InnovationRoundStatusEnum)
  @IsIn(INNOVATION_ROUND_STATUSES)
  to: InnovationRoundStatus;
}

@ArgsType()
export class PresentInnovationRoundArgs {
  @Field(() => ID)
  @IsId()
  roundId: string;

  @Field(() => ID, { nullable: true, description: 'The published event; null: presented nowhere' })
  @IsOptional()
  @IsId()
  eventId?: string | null;
}

@InputType('InnovationProjectFieldsInput')
export class InnovationProjectFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(INNOVATION_LIMITS.title)
  title?: string | null;

  @Field(() => InnovationCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(INNOVATION_CATEGORIES)
  category?: InnovationCategory | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ ...INNOVATION_LIMITS.summary, multiline: true })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Blank clears it' })
  @IsOptional()
  @IsText({ ...INNOVATION_LIMITS.results, multiline: true, blankAsNull: true })
  results?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsTextList(URL_RULES, INNOVATION_LIMITS.links)
  links?: string[] | null;

  @Field(() => [InnovationMediaInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(INNOVATION_LIMITS.media.max)
  @ValidateNested({ each: true })
  media?: InnovationMediaInput[] | null;
}

@InputType('NewInnovationProjectInput')
export class NewInnovationProjectInput {
  @Field(() => ID)
  @IsId()
  roundId: string;

  @Field(() => String)
  @IsText(INNOVATION_LIMITS.title)
  title: string;

  @Field(() => InnovationCategoryEnum)
  @IsIn(INNOVATION_CATEGORIES)
  category: InnovationCategory;

  @Field(() => String)
  @IsText({ ...INNOVATION_LIMITS.summary, multiline: true })
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ ...INNOVATION_LIMITS.results, multiline: true, blankAsNull: true })
  results?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList(URL_RULES, INNOVATION_LIMITS.links)
  links: string[];

  @Field(() => [InnovationMediaInput], { defaultValue: [] })
  @ArrayMaxSize(INNOVATION_LIMITS.media.max)
  @ValidateNested({ each: true })
  media: InnovationMediaInput[];
}

@ArgsType()
export class UpdateInnovationProjectArgs {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => InnovationProjectFieldsInput)
  @ValidateNested()
  input: InnovationProjectFieldsInput;
}

@InputType('InnovationCriterionScoreInput')
export class InnovationCriterionScoreInput {
  @Field(() => Int, { description: 'Index of the criterion in the round' })
  @IsInt()
  @Min(0)
  @Max(INNOVATION_LIMITS.criteria.max - 1)
  criterionIndex: number;

  @Field(() => Int, { description: '0 .. the criterion maxScore (checked by the server: SCORE_OUT_OF_RANGE)' })
  @IsInt()
  score: number;
}

@ArgsType()
export class ScoreInnovationProjectArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => [InnovationCriterionScoreInput], { description: 'One score for every criterion of the round' })
  @ArrayMinSize(INNOVATION_LIMITS.criteria.min)
  @ArrayMaxSize(INNOVATION_LIMITS.criteria.max)
  @ValidateNested({ each: true })
  scores: InnovationCriterionScoreInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ ...INNOVATION_LIMITS.scoreComment, multiline: true, blankAsNull: true })
  comment?: string | null;
}

@ArgsType()
export class SetInnovationAwardArgs {
  @Field(() => ID)
  @IsId()
  projectId: string;

  @Field(() => InnovationAwardEnum, { nullable: true, description: 'null: no award' })
  @IsOptional()
  @IsIn(INNOVATION_AWARDS)
  award?: InnovationAward | null;
}

@InputType('InnovationProjectFilter')
export class InnovationProjectFilter {
  @Field(() => Boolean, { nullable: true, description: "Only the viewer's member's projects" })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => [InnovationAwardEnum], { nullable: true, description: 'Only projects with one of these awards (published rounds, or the secretariat and panel)' })
  @IsOptional()
  @ArrayMaxSize(INNOVATION_AWARDS.length)
  @IsIn(INNOVATION_AWARDS, { each: true })
  awards?: InnovationAward[] | null;

  @Field(() => [InnovationProjectStatusEnum], { nullable: true, description: "Default: SUBMITTED (withdrawn ones: the viewer's own member's; the secretariat, which runs the round, sees every member's)" })
  @IsOptional()
  @ArrayMaxSize(INNOVATION_PROJECT_STATUSES.length)
  @IsIn(INNOVATION_PROJECT_STATUSES, { each: true })
  statuses?: InnovationProjectStatus[] | null;
}
