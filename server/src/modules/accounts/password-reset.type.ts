import { Field, ObjectType } from 'type-graphql';
import type { ResetLinkState } from '@yah/shared';
import { ResetLinkStateEnum } from '../../graphql/enums';
import { UserType } from './user.type';

@ObjectType('PasswordResetLink', {
  description: 'A one-time password reset link, shown once to whoever issued it: only a hash of its secret is kept',
})
export class PasswordResetLinkType {
  @Field(() => String, { description: 'The secret; the link is `/reset-password/<token>` on this site' })
  token: string;

  @Field(() => String, { description: 'The path of the public page that takes the link, e.g. "/reset-password/<token>"' })
  path: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => UserType, { description: 'The account the link resets' })
  account: UserType;
}

@ObjectType('ResetLinkInfo', { description: 'What the public reset page learns about a link before the new password is typed' })
export class ResetLinkInfoType {
  @Field(() => ResetLinkStateEnum)
  state: ResetLinkState;

  @Field(() => String, { nullable: true, description: 'Whose account the link resets: only while the link is valid' })
  displayName: string | null;
}
