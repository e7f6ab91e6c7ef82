import { ArrayMaxSize, IsIn, IsOptional, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ASSIGNMENT_FORMATS, CHANNEL_KINDS, COVERAGE_LIMITS, type AssignmentFormat, type ChannelKind } from '@yah/shared';
import { AssignmentFormatEnum, ChannelKindEnum } from '../../graphql/enums';

@InputType()
export class AssignmentUpdateInput {
  @Field(() => String)
  @Length(COVERAGE_LIMITS.assignmentTitle.min, COVERAGE_LIMITS.assignmentTitle.max)
  title: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(COVERAGE_LIMITS.assignmentBrief.max)
  brief: string;

  @Field(() => AssignmentFormatEnum)
  @IsIn(ASSIGNMENT_FORMATS)
  format: AssignmentFormat;

  @Field(() => ID, { description: 'The member whose city the work happens in' })
  @IsUUID('all', { message: 'locationMemberId must be a member id' })
  locationMemberId: string;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int)
  @Min(COVERAGE_LIMITS.slots.min)
  @Max(COVERAGE_LIMITS.slots.max)
  slots: number;
}

@InputType()
export class AssignmentInput extends AssignmentUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'topicId must be a topic id' })
  topicId: string;
}

@InputType()
export class OpenAssignmentFilter {
  @Field(() => AssignmentFormatEnum, { nullable: true })
  @IsOptional()
  format?: AssignmentFormat | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/)
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  locationMemberId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueBefore?: Date | null;
}

@InputType()
export class SubmissionInput {
  @Field(() => String)
  @Length(COVERAGE_LIMITS.submissionText.min, COVERAGE_LIMITS.submissionText.max)
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(COVERAGE_LIMITS.submissionLinks.max)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'links must be http(s) addresses' })
  links: string[];
}

@InputType()
export class PublicationInput {
  @Field(() => ID)
  @IsUUID()
  claimId: string;

  @Field(() => ID, { description: 'The member whose outlet ran the piece' })
  @IsUUID()
  memberId: string;

  @Field(() => ChannelKindEnum)
  @IsIn(CHANNEL_KINDS)
  channel: ChannelKind;

  @Field(() => String)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(500)
  url: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(COVERAGE_LIMITS.reach.max)
  views: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(COVERAGE_LIMITS.reach.max)
  shares: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(COVERAGE_LIMITS.reach.max)
  likes: number;
}
