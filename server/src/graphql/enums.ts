import { registerEnumType } from 'type-graphql';
import {
  ALLIANCE_ROLES,
  ASSIGNMENT_ACTIONS,
  ASSIGNMENT_FORMATS,
  ASSIGNMENT_STAGES,
  ASSIGNMENT_STATUSES,
  CHANNEL_KINDS,
  CLAIM_ACTIONS,
  CLAIM_STATES,
  COSPONSOR_STATUSES,
  MEMBER_STATUSES,
  RESET_LINK_STATES,
  NOTIFICATION_KINDS,
  OUTLET_KINDS,
  ROLES,
  TOPIC_ACTIONS,
  TOPIC_STATES,
} from '@yah/shared';

/** GraphQL enums from the lists in @yah/shared, so client and server name the same values. */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const RoleEnum = enumOf(ROLES);
export const OutletKindEnum = enumOf(OUTLET_KINDS);
export const AllianceRoleEnum = enumOf(ALLIANCE_ROLES);
export const MemberStatusEnum = enumOf(MEMBER_STATUSES);
export const ChannelKindEnum = enumOf(CHANNEL_KINDS);
export const ResetLinkStateEnum = enumOf(RESET_LINK_STATES);

registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do in the alliance' });
registerEnumType(OutletKindEnum, { name: 'OutletKind', description: 'The kind of outlet a member unit runs' });
registerEnumType(AllianceRoleEnum, { name: 'AllianceRole', description: "A member's place in the alliance" });
registerEnumType(MemberStatusEnum, { name: 'MemberStatus' });
registerEnumType(ChannelKindEnum, { name: 'ChannelKind', description: 'Where a member publishes' });
registerEnumType(ResetLinkStateEnum, { name: 'ResetLinkState', description: 'Where a one-time password reset link stands' });

export const TopicStateEnum = enumOf(TOPIC_STATES);
export const AssignmentFormatEnum = enumOf(ASSIGNMENT_FORMATS);
export const AssignmentStatusEnum = enumOf(ASSIGNMENT_STATUSES);
export const AssignmentStageEnum = enumOf(ASSIGNMENT_STAGES);
export const ClaimStateEnum = enumOf(CLAIM_STATES);
export const CoSponsorStatusEnum = enumOf(COSPONSOR_STATUSES);
export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
export const TopicActionEnum = enumOf(TOPIC_ACTIONS);
export const AssignmentActionEnum = enumOf(ASSIGNMENT_ACTIONS);
export const ClaimActionEnum = enumOf(CLAIM_ACTIONS);

registerEnumType(TopicStateEnum, { name: 'TopicState' });
registerEnumType(AssignmentFormatEnum, { name: 'AssignmentFormat' });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });
registerEnumType(AssignmentStageEnum, {
  name: 'AssignmentStage',
  description: 'Where the work stands: DONE when every slot holds accepted work, IN_PROGRESS while any slot is being worked on or reviewed, OPEN otherwise',
});
registerEnumType(ClaimStateEnum, { name: 'ClaimState' });
registerEnumType(CoSponsorStatusEnum, { name: 'CoSponsorStatus' });
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(TopicActionEnum, { name: 'TopicAction', description: 'What the viewer may do with a topic now' });
registerEnumType(AssignmentActionEnum, {
  name: 'AssignmentAction',
  description: 'What the viewer may do with an assignment now (SEE_CLAIMS: the claims list is visible; RECORD_PUBLICATION: record where its accepted pieces ran)',
});
registerEnumType(ClaimActionEnum, {
  name: 'ClaimAction',
  description: "What the viewer may do with a claim now: the reporter submits and releases; editors of the assignment's member and of the proposing member accept, request changes and cancel",
});
