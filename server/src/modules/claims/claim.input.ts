import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { COVERAGE_LIMITS, FILE_LIMITS, LIMITS } from '@yah/shared';
import { IsIdList, IsText, IsTextList } from '../../common/input/decorators';

@InputType()
export class SubmissionInput {
  @Field(() => String)
  @IsText({ ...COVERAGE_LIMITS.submissionText, multiline: true })
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList({ max: LIMITS.url.max, format: 'url' }, COVERAGE_LIMITS.submissionLinks)
  links: string[];

  @Field(() => [ID], {
    nullable: true,
    description: `Files I uploaded (complete, attached nowhere else) to add to the submission; the ones attached before stay until I remove them. At most ${FILE_LIMITS.filesPerClaim} in all`,
  })
  @IsOptional()
  @IsIdList(FILE_LIMITS.filesPerClaim)
  fileIds?: string[] | null;
}
