import { ArrayMaxSize, IsUrl, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { COVERAGE_LIMITS } from '@yah/shared';

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
