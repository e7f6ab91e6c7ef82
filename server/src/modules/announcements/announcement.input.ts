import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ANNOUNCEMENT_AUDIENCES, ANNOUNCEMENT_LIMITS, type AnnouncementAudience } from '@yah/shared';
import { IsText, IsTextList } from '../../common/input/decorators';
import { AnnouncementAudienceEnum } from './announcement.type';

/** What the secretariat writes of an announcement, on posting it and on every edit. */
@InputType()
export class AnnouncementFieldsInput {
  @Field(() => String, { description: `1–${ANNOUNCEMENT_LIMITS.title} characters` })
  @IsText({ min: 1, max: ANNOUNCEMENT_LIMITS.title })
  title: string;

  @Field(() => String, { description: `Plain text, 1–${ANNOUNCEMENT_LIMITS.body} characters; blank lines separate paragraphs` })
  @IsText({ min: 1, max: ANNOUNCEMENT_LIMITS.body, multiline: true })
  body: string;

  @Field(() => Boolean, { nullable: true, description: 'Pinned above the others and marked important' })
  @IsOptional()
  @IsBoolean()
  important?: boolean | null;
}

@InputType('PostAnnouncementInput')
export class PostAnnouncementInput extends AnnouncementFieldsInput {
  @Field(() => AnnouncementAudienceEnum)
  @IsIn(ANNOUNCEMENT_AUDIENCES)
  audience: AnnouncementAudience;

  @Field(() => [String], { nullable: true, description: `Province codes (GB/T 2260) when the audience is PROVINCES: 1–${ANNOUNCEMENT_LIMITS.provinces}` })
  @IsOptional()
  @IsTextList({ max: 6 }, { max: ANNOUNCEMENT_LIMITS.provinces })
  provinceCodes?: string[] | null;
}

@InputType('UpdateAnnouncementInput')
export class UpdateAnnouncementInput extends AnnouncementFieldsInput {
  @Field(() => Int, { description: 'The version the edit started from (CONFLICT STALE_VERSION when stale)' })
  @IsInt()
  @Min(1)
  version: number;
}
