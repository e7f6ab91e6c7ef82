import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  INNOVATION_AWARDS,
  INNOVATION_CATEGORIES,
  INNOVATION_PROJECT_ACTIONS,
  INNOVATION_PROJECT_STATUSES,
  INNOVATION_ROUND_ACTIONS,
  INNOVATION_ROUND_STATUSES,
  type InnovationCategory,
  type InnovationProjectStatus,
  type InnovationRoundStatus,
} from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';

export const InnovationRoundStatusEnum = enumOf(INNOVATION_ROUND_STATUSES);
export const InnovationCategoryEnum = enumOf(INNOVATION_CATEGORIES);
export const InnovationProjectStatusEnum = enumOf(INNOVATION_PROJECT_STATUSES);
export const InnovationAwardEnum = enumOf(INNOVATION_AWARDS);
export const InnovationRoundActionEnum = enumOf(INNOVATION_ROUND_ACTIONS);
export const InnovationProjectActionEnum = enumOf(INNOVATION_PROJECT_ACTIONS);

registerEnumType(InnovationRoundStatusEnum, { name: 'InnovationRoundStatus', description: 'OPEN → SCORING → CLOSED → PUBLISHED' });
registerEnumType(InnovationCategoryEnum, { name: 'InnovationCategory' });
registerEnumType(InnovationProjectStatusEnum, { name: 'InnovationProjectStatus' });
registerEnumType(InnovationAwardEnum, { name: 'InnovationAward', description: 'TOP = 精品项目, EXCELLENT = 优秀项目' });
registerEnumType(InnovationRoundActionEnum, { name: 'InnovationRoundAction', description: 'What the viewer may do with a round now' });
registerEnumType(InnovationProjectActionEnum, { name: 'InnovationProjectAction', description: 'What the viewer may do with a project now' });

@ObjectType('InnovationCriterion', { description: 'A published scoring criterion; scores name it by its index' })
export class InnovationCriterionType {
  @Field(() => Int)
  index: number;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  maxScore: number;
}

@ObjectType('InnovationMedia')
export class InnovationMediaType {
  @Field(() => String)
  url: string;

  @Field(() => String)
  credit: string;
}

@ObjectType('InnovationRound', { description: 'A yearly round of the media-convergence innovation projects' })
export class InnovationRoundType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  year: number;

  @Field(() => Date)
  submissionsCloseAt: Date;

  @Field(() => InnovationRoundStatusEnum)
  status: InnovationRoundStatus;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('InnovationRoundConnection')
export class InnovationRoundConnection extends Connection(InnovationRoundType) {}

@ObjectType('InnovationRoundCounts', { description: "Submitted projects, the viewer's member's (not withdrawn) and the awards" })
export class InnovationRoundCounts {
  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  viewerMember: number;

  @Field(() => Int, { description: 'Projects a member may still submit' })
  viewerMemberLeft: number;

  @Field(() => Int)
  top: number;

  @Field(() => Int)
  excellent: number;
}

@ObjectType('InnovationScoringProgress', { description: 'How many submitted projects a panellist has scored (never the values)' })
export class InnovationScoringProgress {
  @Field(() => ID)
  userId: string;

  @Field(() => Int)
  scored: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('InnovationProject', { description: "A member's convergence project in a round" })
export class InnovationProjectType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => InnovationCategoryEnum)
  category: InnovationCategory;

  @Field(() => String)
  summary: string;

  @Field(() => String, { nullable: true })
  results: string | null;

  @Field(() => [String])
  links: string[];

  @Field(() => [InnovationMediaType])
  media: InnovationMediaType[];

  @Field(() => InnovationProjectStatusEnum)
  status: InnovationProjectStatus;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('InnovationProjectConnection')
export class InnovationProjectConnection extends Connection(InnovationProjectType) {}

@ObjectType('InnovationScore', { description: "One panellist's score of one project" })
export class InnovationScoreType {
  @Field(() => [Int], { description: 'Points per criterion, in the order of the criteria' })
  scores: number[];

  @Field(() => Int)
  total: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  updatedAt: Date;
}

/** The average as a number for GraphQL. */
export const averageOf = (value: string | null): number | null => (value === null ? null : Number(value));
