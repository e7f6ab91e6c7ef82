import { IsIn, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS, LOCALES, type Locale, type Role } from '@yah/shared';
import { RoleEnum } from '../../graphql/enums';
import { IsId, IsText } from '../../common/input/decorators';

const LOCALE_MESSAGE = { message: `locale must be one of ${LOCALES.join(', ')}` };

@InputType()
export class CreateAccountInput {
  @Field(() => ID)
  @IsId()
  memberId: string;

  @Field(() => String)
  @IsText({ min: 3, max: LIMITS.email.max, format: 'email' })
  email: string;

  @Field(() => String)
  @IsText(LIMITS.displayName)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { description: `Initial password, ${LIMITS.password.min}–${LIMITS.password.max} characters` })
  @IsText({ ...LIMITS.password, verbatim: true })
  password: string;

  @Field(() => String, { defaultValue: 'zh-CN' })
  @IsIn(LOCALES, LOCALE_MESSAGE)
  locale: Locale;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.displayName)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, LOCALE_MESSAGE)
  locale?: Locale | null;
}
