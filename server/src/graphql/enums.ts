import { registerEnumType } from 'type-graphql';
import { ALLIANCE_ROLES, ASSIGNMENT_FORMATS, ASSIGNMENT_STATUSES, CHANNEL_KINDS, CLAIM_STATES, MEMBER_STATUSES, OUTLET_KINDS, ROLES, TOPIC_STATES } from '@yah/shared';
import { NOTIFICATION_KINDS } from '../modules/notifications/notification.entity';
import { TOPIC_ACTIONS } from '../modules/topics/topic.policy';

/** GraphQL enums from the lists in @yah/shared, so client and server name the same values. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const RoleEnum = enumOf(ROLES);
export const OutletKindEnum = enumOf(OUTLET_KINDS);
export const AllianceRoleEnum = enumOf(ALLIANCE_ROLES);
export const MemberStatusEnum = enumOf(MEMBER_STATUSES);
export const ChannelKindEnum = enumOf(CHANNEL_KINDS);

registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do in the alliance' });
registerEnumType(OutletKindEnum, { name: 'OutletKind', description: 'The kind of outlet a member unit runs' });
registerEnumType(AllianceRoleEnum, { name: 'AllianceRole', description: "A member's place in the alliance" });
registerEnumType(MemberStatusEnum, { name: 'MemberStatus' });
registerEnumType(ChannelKindEnum, { name: 'ChannelKind', description: 'Where a member publishes' });

export const TopicStateEnum = enumOf(TOPIC_STATES);
export const AssignmentFormatEnum = enumOf(ASSIGNMENT_FORMATS);
export const AssignmentStatusEnum = enumOf(ASSIGNMENT_STATUSES);
export const ClaimStateEnum = enumOf(CLAIM_STATES);
export const CoSponsorStatusEnum = enumOf(['INVITED', 'JOINED'] as const);
export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
export const TopicActionEnum = enumOf(TOPIC_ACTIONS);

registerEnumType(TopicStateEnum, { name: 'TopicState' });
registerEnumType(AssignmentFormatEnum, { name: 'AssignmentFormat' });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });
registerEnumType(ClaimStateEnum, { name: 'ClaimState' });
registerEnumType(CoSponsorStatusEnum, { name: 'CoSponsorStatus' });
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(TopicActionEnum, { name: 'TopicAction', description: 'What the viewer may do with a topic now' });
