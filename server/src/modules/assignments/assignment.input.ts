import { IsIn, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ASSIGNMENT_FORMATS, COVERAGE_LIMITS, type AssignmentFormat } from '@yah/shared';
import { AssignmentFormatEnum } from '../../graphql/enums';

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
