import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { RoleEnum } from '../../graphql/enums';

@ObjectType('User', {
  description:
    "An account with its private details; every account belongs to exactly one member. Returned only to the account's " +
    "owner (`me`), the chief editor of its member and the secretariat; everyone else sees a `Person`.",
})
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

  @Field(() => Boolean, { description: "An editor their chief editor delegated to decide the member's resource requests" })
  decidesResourceRequests: boolean;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserType) {}

@ObjectType('Person', {
  description:
    'Someone in the alliance as every signed-in user sees them: name, role and member. The private account details ' +
    '(email, last sign-in, active) are on `account`, which is null unless the viewer is the person, the chief editor ' +
    "of the person's member, or the secretariat.",
})
export class PersonType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType('PersonConnection')
export class PersonConnection extends Connection(PersonType) {}
