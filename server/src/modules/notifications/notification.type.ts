import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf, NotificationKindEnum } from '../../graphql/enums';
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

export const NotificationDeliveryEnum = enumOf(NOTIFICATION_DELIVERIES);
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'LIVE: in the inbox and as a pop-up at once; DIGEST: only in the daily digest (08:00 alliance time); OFF: not at all',
});

@ObjectType('NotificationPreference', { simpleResolvers: true })
export class NotificationPreferenceType {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationDeliveryEnum)
  delivery: NotificationDelivery;

  @Field(() => [NotificationDeliveryEnum], { description: 'What this kind may be set to (kinds that ask for action cannot be OFF)' })
  allowed: NotificationDelivery[];
}
