import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { NotificationKindEnum } from '../../graphql/enums';
import type { NotificationKind } from './notification.entity';

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => String, { nullable: true, description: 'E.g. the rejection reason or the review comment' })
  detail: string | null;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(NotificationType) {
  @Field(() => Int)
  unreadCount: number;
}
