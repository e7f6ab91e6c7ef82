import { registerEnumType } from 'type-graphql';
import { ALLIANCE_ROLES, CHANNEL_KINDS, MEMBER_STATUSES, OUTLET_KINDS, ROLES } from '@yah/shared';

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
