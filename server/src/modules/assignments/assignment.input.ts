import { ArrayMaxSize, ArrayMinSize, IsIn, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ASSIGNMENT_FORMATS, BULK_ASSIGNMENT_LIMITS, COVERAGE_LIMITS, PLACE_LIMITS, type AssignmentFormat } from '@yah/shared';
import { AssignmentFormatEnum } from '../../graphql/enums';
import { IsId, IsInstant, IsText } from '../../common/input/decorators';
import { OPTIONAL_PROVINCE_CODE } from '../../common/input/text-rules';

/** A place that is not a member city: a name and a point along the belt (PLACE_LIMITS). */
@InputType({ description: 'A place that is not a member city: its name and point (degrees, WGS 84) along the belt' })
export class AssignmentPlaceInput {
  @Field(() => String)
  @IsText(PLACE_LIMITS.name)
  name: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(PLACE_LIMITS.latitude.min)
  @Max(PLACE_LIMITS.latitude.max)
  latitude: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(PLACE_LIMITS.longitude.min)
  @Max(PLACE_LIMITS.longitude.max)
  longitude: number;
}

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

  @Field(() => ID, { nullable: true, description: 'The member whose city the work happens in; give this or `place`' })
  @IsOptional()
  @IsId()
  locationMemberId?: string | null;

  @Field(() => AssignmentPlaceInput, { nullable: true, description: 'A place that is not a member city; its nearest member city becomes the location' })
  @IsOptional()
  @ValidateNested()
  place?: AssignmentPlaceInput | null;

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

@InputType({ description: 'createAssignments: several assignments on one topic, made together or not at all' })
export class AssignmentsInput {
  @Field(() => ID)
  @IsId()
  topicId: string;

  @Field(() => [AssignmentUpdateInput], { description: `${BULK_ASSIGNMENT_LIMITS.rows.min} to ${BULK_ASSIGNMENT_LIMITS.rows.max} assignments, each checked as createAssignment checks one` })
  @ArrayMinSize(BULK_ASSIGNMENT_LIMITS.rows.min)
  @ArrayMaxSize(BULK_ASSIGNMENT_LIMITS.rows.max)
  @ValidateNested({ each: true })
  assignments: AssignmentUpdateInput[];
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
