import { IsBoolean } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RESOURCE_LIMITS } from '@yah/shared';
import { IsText, IsTextList } from '../../common/input/decorators';

@InputType()
export class MemberFeedInput {
  @Field(() => String, { description: 'http(s) address of an RSS 2.0 or Atom feed' })
  @IsText({ min: 1, max: 500, format: 'url' })
  url: string;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList(RESOURCE_LIMITS.theme, RESOURCE_LIMITS.themes)
  themes: string[];

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  active: boolean;
}
