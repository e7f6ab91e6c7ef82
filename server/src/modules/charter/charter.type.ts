import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CHARTER_CHANGE_KINDS,
  COMMITMENT_METRICS,
  COMMITMENT_STATUSES,
  EVIDENCE_STATES,
  PERIOD_KINDS,
  type CharterChangeKind,
  type CommitmentMetric,
  type EvidenceState,
  type PeriodKind,
  type ResourceArea,
} from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';
import { ResourceAreaEnum } from '../resources/resource.type';

export const PeriodKindEnum = enumOf(PERIOD_KINDS);
export const CommitmentMetricEnum = enumOf(COMMITMENT_METRICS);
export const CommitmentStatusEnum = enumOf(COMMITMENT_STATUSES);
export const EvidenceStateEnum = enumOf(EVIDENCE_STATES);
export const CharterChangeKindEnum = enumOf(CHARTER_CHANGE_KINDS);

registerEnumType(PeriodKindEnum, { name: 'PeriodKind', description: 'A calendar year or quarter (alliance dates)' });
registerEnumType(CommitmentMetricEnum, {
  name: 'CommitmentMetric',
  description: 'What a commitment counts: measured from the ledgers, or MANUAL (evidence the secretariat verifies)',
});
registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description: 'Against the target pro-rated to today: MET at the target, ON_TRACK at or above the pro-rated target, AT_RISK within 75 % of it, BEHIND under that',
});
registerEnumType(EvidenceStateEnum, { name: 'EvidenceState', description: 'SUBMITTED until the secretariat verifies or rejects it' });
registerEnumType(CharterChangeKindEnum, { name: 'CharterChangeKind', description: 'How an article changed from the version before' });

@ObjectType('CharterArticle', { description: 'One article of the charter; `area` marks the articles on the five areas of sharing' })
export class CharterArticleType {
  @Field(() => Int)
  number: number;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => ResourceAreaEnum, { nullable: true })
  area: ResourceArea | null;
}

@ObjectType('CharterChange', { description: 'One article that differs from the version before (matched by number)' })
export class CharterChangeType {
  @Field(() => Int)
  number: number;

  @Field(() => CharterChangeKindEnum)
  kind: CharterChangeKind;

  @Field(() => String, { description: 'The title now, or as it was for a removed article' })
  title: string;

  @Field(() => CharterArticleType, { nullable: true })
  before: CharterArticleType | null;

  @Field(() => CharterArticleType, { nullable: true })
  after: CharterArticleType | null;
}

@ObjectType('CharterVersion', { description: 'A published version of the charter (章程); never edited: a change is a new version' })
export class CharterVersionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => [CharterArticleType], { description: 'In number order' })
  articles: CharterArticleType[];

  @Field(() => String)
  changeNote: string;

  @Field(() => Date)
  publishedAt: Date;
}

@ObjectType('Period', { description: 'A year or quarter commitments are set for; dates are alliance calendar days, both included' })
export class PeriodType {
  @Field(() => ID)
  id: string;

  @Field(() => PeriodKindEnum)
  kind: PeriodKind;

  @Field(() => Int)
  year: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { description: 'YYYY-MM-DD, included' })
  endsOn: string;
}

@ObjectType('Commitment', { simpleResolvers: true, description: 'A commitment of a period: a metric, a default target per member and its weight in the participation index' })
export class CommitmentType {
  @Field(() => ID)
  id: string;

  @Field(() => CommitmentMetricEnum)
  metric: CommitmentMetric;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => Int, { description: "Every member's target unless overridden; for ON_TIME_RATE a percentage" })
  defaultTarget: number;

  @Field(() => Int, { description: '1–10' })
  weight: number;

  @Field(() => Int)
  version: number;
}

@ObjectType('CommitmentTarget', { description: "A member's own target for a commitment, overriding the default" })
export class CommitmentTargetType {
  @Field(() => Int)
  target: number;
}

@ObjectType('CommitmentEvidence', { description: 'Evidence a member gives for a MANUAL commitment; each piece verified counts one' })
export class CommitmentEvidenceType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  text: string;

  @Field(() => [String])
  links: string[];

  @Field(() => EvidenceStateEnum)
  state: EvidenceState;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('CommitmentEvidenceConnection')
export class CommitmentEvidenceConnection extends Connection(CommitmentEvidenceType) {}
