import { IsIn, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ASSIGNMENT_FORMATS, COVERAGE_LIMITS, type AssignmentFormat } from '@yah/shared';
import { AssignmentFormatEnum } from '../../graphql/enums';
import { IsId, IsInstant, IsText } from '../../common/input/decorators';
import { OPTIONAL_PROVINCE_CODE } from '../../common/input/text-rules';

@InputType()
export class AssignmentUpdateInput {
  @Field(() => String)
  @IsText(COVERAGE_LIMITS.assignmentTitle)
  title: string;

  @Field(() => String, { defaultValue: '' })
  @IsText({ ...COVERAGE_LIMITS.assignmentBrief, multiline: true })
  brief: string;

  @Field(() => AssignmentFormatEnum)
  @IsIn(ASSIGNMENT_FORMATS)
  format: AssignmentFormat;

  @Field(() => ID, { description: 'The member whose city the work happens in' })
  @IsId()
  locationMemberId: string;

  @Field(() => Date)
  @IsInstant()
  dueAt: Date;

  @Field(() => Int)
  @Min(COVERAGE_LIMITS.slots.min)
  @Max(COVERAGE_LIMITS.slots.max)
  slots: number;
}

@InputType()
export class AssignmentInput extends AssignmentUpdateInput {
  @Field(() => ID)
  @IsId()
  topicId: string;
}

@InputType()
export class OpenAssignmentFilter {
  @Field(() => AssignmentFormatEnum, { nullable: true })
  @IsOptional()
  format?: AssignmentFormat | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(OPTIONAL_PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  locationMemberId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsInstant()
  dueAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsInstant()
  dueBefore?: Date | null;
}
