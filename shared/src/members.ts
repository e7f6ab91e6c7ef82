/** Kinds of outlet a member unit runs. */
export const OUTLET_KINDS = ['CONVERGED_MEDIA_CENTER', 'DAILY_NEWSPAPER', 'EVENING_NEWSPAPER_GROUP', 'MEDIA_GROUP'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/** A member's role in the alliance's organisation. */
export const ALLIANCE_ROLES = ['CHAIR', 'VICE_CHAIR', 'SECRETARIAT', 'MEMBER'] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

/** Member newsrooms run outlets (and co-sponsor, and publish); the secretariat unit coordinates and runs none. */
export const isNewsroomMember = (member: { allianceRole: AllianceRole }) => member.allianceRole !== 'SECRETARIAT';

export const MEMBER_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Channels a member publishes on. */
export const CHANNEL_KINDS = ['NEWSPAPER', 'APP', 'WEBSITE', 'WECHAT', 'WEIBO', 'DOUYIN', 'VIDEO'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
