import { Field, InputType } from 'type-graphql';
import { COVERAGE_LIMITS, LIMITS } from '@yah/shared';
import { IsText, IsTextList } from '../../common/input/decorators';

@InputType()
export class SubmissionInput {
  @Field(() => String)
  @IsText({ ...COVERAGE_LIMITS.submissionText, multiline: true })
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList({ max: LIMITS.url.max, format: 'url' }, COVERAGE_LIMITS.submissionLinks)
  links: string[];
}
