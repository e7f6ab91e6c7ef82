import { IsBoolean } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RESOURCE_LIMITS } from '@yah/shared';
import { IsText, IsTextList } from '../../common/input/decorators';

@InputType()
export class MemberFeedInput {
  @Field(() => String, { description: 'http(s) address of an RSS 2.0 or Atom feed' })
  // Not the general 'url' format: it refuses names without a dot (localhost, an intranet host) as malformed, where the
  // service says what they are — addresses not allowed for a feed. No user:password@ either way.
  @IsText({ min: 1, max: 500, format: { pattern: /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i, message: 'must be an http(s) address' } })
  url: string;

  @Field(() => [String], { defaultValue: [] })
  @IsTextList(RESOURCE_LIMITS.theme, RESOURCE_LIMITS.themes)
  themes: string[];

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  active: boolean;
}
