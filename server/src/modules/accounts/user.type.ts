import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { RoleEnum } from '../../graphql/enums';

@ObjectType('User', { description: 'An account; every account belongs to exactly one member' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { description: '"zh-CN" or "en"' })
  locale: string;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserType) {}
