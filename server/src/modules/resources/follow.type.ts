import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FOLLOW_KINDS, type FollowKind } from '@yah/shared';
import { enumOf } from '../../graphql/enums';

export const FollowKindEnum = enumOf(FOLLOW_KINDS);
registerEnumType(FollowKindEnum, { name: 'FollowKind', description: 'A member, or a keyword in new library pieces' });

@ObjectType('Follow', { description: 'Someone following a member or a keyword: matching new library pieces notify them, live and in a daily digest' })
export class FollowType {
  @Field(() => ID)
  id: string;

  @Field(() => FollowKindEnum)
  kind: FollowKind;

  @Field(() => String, { nullable: true, description: 'Lower-cased' })
  keyword: string | null;

  @Field(() => Date)
  createdAt: Date;
}
