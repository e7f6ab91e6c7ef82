import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS, LOCALES, type Locale, type Role } from '@yah/shared';
import { RoleEnum } from '../../graphql/enums';

const LOCALE_MESSAGE = { message: `locale must be one of ${LOCALES.join(', ')}` };

@InputType()
export class CreateAccountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;

  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(LIMITS.email.max)
  email: string;

  @Field(() => String)
  @Length(LIMITS.displayName.min, LIMITS.displayName.max)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { description: `Initial password, ${LIMITS.password.min}–${LIMITS.password.max} characters` })
  @Length(LIMITS.password.min, LIMITS.password.max, { message: `password must be ${LIMITS.password.min}–${LIMITS.password.max} characters` })
  password: string;

  @Field(() => String, { defaultValue: 'zh-CN' })
  @IsIn(LOCALES, LOCALE_MESSAGE)
  locale: Locale;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(LIMITS.displayName.min, LIMITS.displayName.max)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, LOCALE_MESSAGE)
  locale?: Locale | null;
}
